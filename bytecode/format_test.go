package bytecode

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math"
	"runtime"
	"sort"
	"strings"
	"testing"
)

func sortedNames(m map[string]*Proto) []string {
	var names []string
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func mustVerify(t *testing.T, p *Proto) {
	t.Helper()
	if err := Verify(p); err != nil {
		t.Fatalf("sample does not verify: %v", err)
	}
}

func TestRoundTrip(t *testing.T) {
	samples := sampleProtos()
	for _, name := range sortedNames(samples) {
		p := samples[name]
		t.Run(name, func(t *testing.T) {
			mustVerify(t, p)
			for _, strip := range []bool{false, true} {
				data := Dump(p, strip)
				got, err := Undump(data)
				if err != nil {
					t.Fatalf("strip=%v: Undump: %v", strip, err)
				}
				want := p
				if strip {
					want = stripDebug(p)
				}
				if d := protoDiff(want, got, "main"); d != "" {
					t.Fatalf("strip=%v: round trip differs: %s", strip, d)
				}
				if again := Dump(got, strip); !bytes.Equal(again, data) {
					t.Fatalf("strip=%v: re-dump differs", strip)
				}
			}
		})
	}
}

func TestStripDropsDebugInfo(t *testing.T) {
	p := sampleTree()
	full, stripped := Dump(p, false), Dump(p, true)
	if len(stripped) >= len(full) {
		t.Fatalf("stripped dump (%d bytes) not smaller than full (%d)", len(stripped), len(full))
	}
	for _, name := range []string{"@t.lua", "=other", "_ENV"} {
		if !bytes.Contains(full, []byte(name[1:])) {
			t.Errorf("full dump lacks %q", name)
		}
		if bytes.Contains(stripped, []byte(name)) {
			t.Errorf("stripped dump still contains %q", name)
		}
	}
	got, err := Undump(stripped)
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != "=?" || got.Protos[0].Source != "=?" || len(got.LineInfo) != 0 ||
		len(got.LocVars) != 0 || got.Upvalues[0].Name != "" {
		t.Fatalf("stripped chunk kept debug info: %+v", got)
	}
}

// Nested functions usually share their parent's source; it must be stored
// once, not once per function.
func TestSourceStoredOnce(t *testing.T) {
	src := strings.Repeat("x", 1000)
	p := minimalProto()
	p.Source = src
	for i := 0; i < 10; i++ {
		c := minimalProto()
		c.Source = src
		p.Protos = append(p.Protos, c)
	}
	data := Dump(p, false)
	if n := bytes.Count(data, []byte(src)); n != 1 {
		t.Fatalf("source stored %d times", n)
	}
	got, err := Undump(data)
	if err != nil {
		t.Fatal(err)
	}
	if d := protoDiff(p, got, "main"); d != "" {
		t.Fatal(d)
	}
}

func TestHeaderLayout(t *testing.T) {
	data := Dump(minimalProto(), false)
	if data[0] != 0x1B {
		t.Fatalf("first byte %#x, want ESC", data[0])
	}
	if !bytes.HasPrefix(data, []byte(Signature)) || data[len(Signature)] != FormatVersion {
		t.Fatalf("bad signature/version: %q", data[:8])
	}
	if len(data) < headerSize || data[flagsOffset] != 0 {
		t.Fatal("flags byte not where expected")
	}
	if Dump(minimalProto(), true)[flagsOffset] != flagStripped {
		t.Fatal("stripped flag not set")
	}
}

func wantErr(t *testing.T, data []byte, want string) {
	t.Helper()
	p, err := Undump(data)
	if err == nil {
		t.Fatalf("Undump accepted bad input (%d bytes): %+v", len(data), p)
	}
	var fe *FormatError
	if !errors.As(err, &fe) {
		t.Fatalf("error %T is not a *FormatError: %v", err, err)
	}
	if !strings.Contains(err.Error(), want) {
		t.Fatalf("error %q does not contain %q", err, want)
	}
}

func TestEveryTruncationFails(t *testing.T) {
	samples := sampleProtos()
	for _, name := range []string{"small", "minimal"} {
		for _, strip := range []bool{false, true} {
			data := Dump(samples[name], strip)
			for n := 0; n < len(data); n++ {
				_, err := Undump(data[:n])
				if err == nil || err.Error() != "truncated precompiled chunk" {
					t.Fatalf("%s strip=%v: Undump of first %d of %d bytes: %v", name, strip, n, len(data), err)
				}
			}
		}
	}
}

func TestTrailingData(t *testing.T) {
	for _, extra := range [][]byte{{0}, {0x1B}, []byte("garbage")} {
		data := append(Dump(sampleTree(), false), extra...)
		wantErr(t, data, "trailing data after precompiled chunk")
	}
	// Two chunks back to back are not one chunk.
	one := Dump(minimalProto(), true)
	wantErr(t, append(one, one...), "trailing data")
}

// patch returns a copy of a valid minimal dump with bytes replaced at off.
func patch(off int, b ...byte) []byte {
	data := Dump(minimalProto(), false)
	copy(data[off:], b)
	return data
}

func TestHeaderErrors(t *testing.T) {
	le := binary.LittleEndian
	intOff := len(Signature) + 1 + len(formatData) + 3
	bigEndianInt := make([]byte, 8)
	binary.BigEndian.PutUint64(bigEndianInt, checkInt)
	float32Check := make([]byte, 8)
	le.PutUint64(float32Check, uint64(math.Float32bits(checkFloat)))
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "truncated precompiled chunk"},
		{"text", []byte("print('hi')"), "not a precompiled chunk"},
		{"lua 5.3 chunk", []byte("\x1bLua\x53\x00\x19\x93\r\n\x1a\n"), "not a precompiled chunk"},
		{"short prefix", []byte("\x1bLu"), "truncated precompiled chunk"},
		{"version", patch(len(Signature), FormatVersion+1), "version mismatch in precompiled chunk"},
		{"text-mode newline", patch(len(Signature)+1+2, '\n'), "corrupted precompiled chunk"},
		{"instruction size", patch(intOff-3, 4), "Instruction size mismatch in precompiled chunk"},
		{"integer size", patch(intOff-2, 4), "integer size mismatch in precompiled chunk"},
		{"float size", patch(intOff-1, 4), "float size mismatch in precompiled chunk"},
		{"byte order", patch(intOff, bigEndianInt...), "endianness mismatch in precompiled chunk"},
		{"float format", patch(intOff+8, float32Check...), "float format mismatch in precompiled chunk"},
		{"unknown flag", patch(flagsOffset, 2), "malformed precompiled chunk (unknown flags 0x02)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantErr(t, c.data, c.want) })
	}
}

// body returns a header (not stripped) followed by the given bytes.
func body(b ...byte) []byte {
	return append(Dump(minimalProto(), false)[:headerSize], b...)
}

func TestMalformedBody(t *testing.T) {
	// A valid unstripped encoding of minimalProto after the header:
	// source "", lines 0 0, params 0, vararg 0, maxstack 2 (zigzag 4),
	// 1 instruction, no constants/upvalues/protos/lines/locals.
	ret := le64(uint64(ABC(RETURN, 0, 1, 0)))
	valid := append(append([]byte{0, 0, 0, 0, 0, 4, 1}, ret...), 0, 0, 0, 0, 0)
	if _, err := Undump(body(valid...)); err != nil {
		t.Fatalf("hand-encoded body rejected: %v", err)
	}
	with := func(prefix, suffix []byte) []byte {
		return body(append(append(append([]byte{}, prefix...), ret...), suffix...)...)
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"overlong varint", body(0x80, 0x00), "overlong varint"},
		{"varint overflow", body(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02), "varint overflows 64 bits"},
		{"vararg flag 2", with([]byte{0, 0, 0, 0, 2, 4, 1}, []byte{0, 0, 0, 0, 0}), "bad vararg flag 2"},
		{"constant tag", with([]byte{0, 0, 0, 0, 0, 4, 1}, []byte{1, 9}), "bad constant tag 9"},
		{"upvalue flag", with([]byte{0, 0, 0, 0, 0, 4, 1}, []byte{0, 1, 7, 0}), "bad upvalue in-stack flag 7"},
		{"line count", with([]byte{0, 0, 0, 0, 0, 4, 1}, []byte{0, 0, 0, 2, 0, 0}), "2 line entries for 1 instructions"},
		{"line overflow", with([]byte{0, 0, 0, 0, 0, 4, 1}, []byte{0, 0, 0, 1, 0x80, 0x80, 0x80, 0x80, 0x10, 0}), "line 2147483648 out of range"},
		{"huge code count", body(0, 0, 0, 0, 0, 4, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f), "truncated"},
		{"huge string", body(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), "truncated"},
		{"huge constant count", with([]byte{0, 0, 0, 0, 0, 4, 1}, []byte{0xff, 0xff, 0xff, 0x7f, 0}), "truncated"},
		{"verify", with([]byte{0, 0, 0, 0, 0, 2, 1}, []byte{0, 0, 0, 0, 0}), "invalid code in precompiled chunk (main <?:0,0> (F0): stack size 1 outside [2, 255])"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { wantErr(t, c.data, c.want) })
	}
}

func le64(v uint64) []byte { return binary.LittleEndian.AppendUint64(nil, v) }

func TestRedundantSourceRejected(t *testing.T) {
	p := minimalProto()
	p.Source = "@a"
	p.Protos = []*Proto{minimalProto()}
	p.Protos[0].Source = "@b"
	data := Dump(p, false)
	// Rewrite the child's explicit "@b" as "@a", the parent's source: a
	// second encoding of the same tree, which canonical form forbids.
	i := bytes.LastIndex(data, []byte("@b"))
	data[i+1] = 'a'
	wantErr(t, data, "redundant source name")
}

func TestUndumpRunsVerify(t *testing.T) {
	p := sampleTree()
	p.Protos[0].Code[0] = ABC(ADD, 1, 0, rk(99)) // constant out of range
	_, err := Undump(Dump(p, false))
	var ve *VerifyError
	if !errors.As(err, &ve) {
		t.Fatalf("want a wrapped *VerifyError, got %v", err)
	}
	if ve.PC != 0 || !strings.Contains(ve.Func, "F1") {
		t.Fatalf("error points at %s pc %d", ve.Func, ve.PC)
	}
}

func TestDeepNesting(t *testing.T) {
	chain := func(depth int) *Proto {
		root := minimalProto()
		p := root
		for i := 0; i < depth; i++ {
			c := minimalProto()
			p.Protos = []*Proto{c}
			p = c
		}
		return root
	}
	if _, err := Undump(Dump(chain(MaxNesting), true)); err != nil {
		t.Fatalf("nesting %d rejected: %v", MaxNesting, err)
	}
	wantErr(t, Dump(chain(MaxNesting+1), true), "nested more than")
}

// A chunk that declares huge counts must fail before allocating for them.
func TestNoAbsurdAllocation(t *testing.T) {
	evil := [][]byte{
		body(0, 0, 0, 0, 0, 4, 0xff, 0xff, 0xff, 0xff, 0x0f),                   // 4G instructions
		body(0xff, 0xff, 0xff, 0xff, 0x0f),                                     // 4GB source
		body(0, 0, 0, 0, 0, 4, 0, 0xff, 0xff, 0xff, 0xff, 0x0f),                // 4G constants
		body(0, 0, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f),          // 4G protos
		body(0, 0, 0, 0, 0, 4, 0, 1, 5, 0xff, 0xff, 0xff, 0xff, 0x0f, 0, 0, 0), // 4GB string constant
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for _, data := range evil {
		if _, err := Undump(data); err == nil {
			t.Fatal("accepted")
		}
	}
	runtime.ReadMemStats(&after)
	if d := after.TotalAlloc - before.TotalAlloc; d > 1<<20 {
		t.Fatalf("Undump of tiny evil chunks allocated %d bytes", d)
	}
}

// Flipping any byte must give an error or a chunk that re-dumps to exactly
// the flipped bytes; never a panic.
func TestEveryByteFlip(t *testing.T) {
	for _, strip := range []bool{false, true} {
		data := Dump(smallTree(), strip)
		for i := range data {
			for _, mask := range []byte{0x01, 0x80, 0xff} {
				mut := append([]byte(nil), data...)
				mut[i] ^= mask
				checkCanonical(t, mut)
			}
		}
	}
}

// checkCanonical asserts the fuzz property: accepted chunks re-dump to the
// identical bytes.
func checkCanonical(t *testing.T, data []byte) {
	t.Helper()
	p, err := Undump(data)
	if err != nil {
		return
	}
	strip := data[flagsOffset]&flagStripped != 0
	if again := Dump(p, strip); !bytes.Equal(again, data) {
		t.Fatalf("accepted chunk re-dumps differently:\n in  %x\n out %x", data, again)
	}
}

func TestDumpInvalidConstantKind(t *testing.T) {
	p := minimalProto()
	p.Constants = []Constant{{Kind: 77}}
	wantErr(t, Dump(p, false), "bad constant tag 255")
}
