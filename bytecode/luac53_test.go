package bytecode

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// These tests translate the output of the reference compiler, luac5.3, into
// Protos: Lua 5.3 has the same instruction set, register model and RK
// numbering (constants from 256), so a translated function is what a
// faithful compiler of ours would produce. Verify must accept all of it
// (the rules are not stricter than real code needs), Dump/Undump must
// round-trip it, and List must print what luac5.3 -l -l prints, up to
// addresses. They are skipped when luac5.3 is not installed.

// luac53Corpus exercises the compiler's code shapes: multiple results,
// varargs, upvalues, loops, tests, constructors and operators.
var luac53Corpus = map[string]string{
	"basics.lua": `local a, b = 1, 2.5
print("hello", a + b)
local function f(x, ...)
  local t = {x, ...}
  for i = 1, #t do t[i] = t[i] * 2 end
  for k, v in pairs(t) do print(k, v) end
  return a, select('#', ...)
end
if a < b then f(1) else f(2) end
local s = "a" .. "b" .. a
return f
`,
	"constants.lua": `local x = "a\n\"b\\\0c\1\127\200\t\r\a\b\f\v"
local y = 1e100, -0.0, 0/0, 1/0, math.huge, 3.0, 9007199254740993, -9223372036854775807-1, 0.1, 1e-300, 123456789012345.0, 2^53
local z, w = nil, true
local big = 9223372036854775807
local s = [[
long
string]]
g = {false, true, nil, 1.5, -2, "s"}
return x, y, z, w, big, s
`,
	"closures.lua": `local function counter()
  local n = 0
  return function() n = n + 1; return n end, function() return n end
end
local inc, get = counter()
inc(); inc()
local a, b, c = 1, 2, 3
local function deep()
  return function() return function() a = a + 1; return a + b + c end end
end
local fns = {}
for i = 1, 3 do
  local x = i
  fns[i] = function() return x end
  if i == 2 then break end
end
while true do local y = 1; local f = function() return y end; if f() then break end end
do
  local q = 5
  goto skip
  local function h() return q end
  ::skip::
end
return deep()()()
`,
	"varargs.lua": `local function f(...)
  local a, b = ...
  local t = {...}
  local n = select('#', ...)
  print(...)
  return ..., n
end
local function g(...) return f(...) end
local t = {f(1, 2, 3)}
local t2 = {f(1), f(2)}
print(f(g(1, 2)))
local function h() return end
local function k(a, b, c) local d, e; return end
return g(...)
`,
	"control.lua": `local x, y, z = 1, 2, 3
while x < 10 do x = x + 1 end
repeat local k = x; x = x - 1 until k < 5 or x == 0
for i = 10, 1, -1 do if i % 2 == 0 then goto continue end; y = y + i ::continue:: end
for i = 1.0, 2.0, 0.25 do z = z + i end
for k, v in next, {1, 2, 3} do y = k + v end
if x and y or z then print(1) elseif not x then print(2) else print(3) end
local b = x < y
local c = x == nil
local d = 1 < x
local e = x ~= "s" and y >= 3 or z <= 2.5
local f = not (x and y)
if (x or y) and (z or nil) then x = false end
return b, c, d, e, f
`,
	"operators.lua": `local a, b = ...
local r = {
  a + b, a - b, a * b, a / b, a % b, a ^ b, a // b,
  a & b, a | b, a ~ b, a << b, a >> b, -a, ~a, not a, #a,
  a .. b .. "c" .. 1 .. 2.5, a + 1, 2 * b, 3 - a, a & 0xff,
}
local t = setmetatable({}, {__index = function(t, k) return k end})
t.x = t.y + t[1]
t[a] = t[b]
t.m = t:n(1, 2):o()
a.b.c.d = 1
return r, t
`,
	"tables.lua": `local t = {
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
  21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
  41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60,
  a = 1, b = {c = {d = {}}}, [1.5] = "x", ["k"] = true, [false] = 0,
  f(),
}
local u = {nil, nil, nil, ...}
local obj = {}
function obj:m(x) return self, x end
function obj.n(x) return x end
function obj.nested() return function(self) return obj:m(self) end end
return t, u, obj:m(1), obj.n(2)
`,
}

// manyConstants has more than 256 constants, so some are loaded with
// LOADK into registers before use, and many registers.
func manyConstants() string {
	var sb strings.Builder
	sb.WriteString("local t = {}\n")
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&sb, "t.k%d = %d.5\n", i, i)
	}
	sb.WriteString("local ")
	for i := 0; i < 150; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "v%d", i)
	}
	sb.WriteString(" = 1\nprint(")
	for i := 0; i < 100; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "v%d", i)
	}
	sb.WriteString(", ...)\nreturn t\n")
	return sb.String()
}

func luac53(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("luac5.3")
	if err != nil {
		t.Skip("luac5.3 not installed")
	}
	return path
}

// compileLuac53 compiles a file with luac5.3 and returns its translated
// Proto and its luac5.3 -l -l listing.
func compileLuac53(t *testing.T, luac, file string) (*Proto, string, error) {
	out := filepath.Join(t.TempDir(), "out.luac")
	listing, err := exec.Command(luac, "-l", "-l", "-o", out, file).Output()
	if err != nil {
		// Some conformance programs test syntax errors on purpose.
		return nil, "", fmt.Errorf("%w: luac5.3: %v", errNotCompiled, err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		return nil, "", err
	}
	p, err := fromLua53(data)
	return p, string(listing), err
}

func corpusFiles(t *testing.T) []string {
	dir := t.TempDir()
	var files []string
	write := func(name, src string) {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, path)
	}
	for name, src := range luac53Corpus {
		write(name, src)
	}
	write("many.lua", manyConstants())
	// The conformance programs are whatever the project tests against.
	more, _ := filepath.Glob("../conformance/*/*.lua")
	return append(files, more...)
}

func TestLuac53OutputVerifiesAndRoundTrips(t *testing.T) {
	luac := luac53(t)
	checked := 0
	defer func() { t.Logf("%d files verified and round-tripped", checked) }()
	for _, file := range corpusFiles(t) {
		p, _, err := compileLuac53(t, luac, file)
		if errors.Is(err, errUnsupported53) || errors.Is(err, errNotCompiled) {
			t.Logf("%s: skipped: %v", file, err)
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", file, err)
			continue
		}
		if err := Verify(p); err != nil {
			t.Errorf("%s: Verify rejects luac5.3 output: %v", file, err)
			continue
		}
		for _, strip := range []bool{false, true} {
			q, err := Undump(Dump(p, strip))
			if err != nil {
				t.Errorf("%s: %v", file, err)
				continue
			}
			want := p
			if strip {
				want = stripDebug(p)
			}
			if d := protoDiff(want, q, "main"); d != "" {
				t.Errorf("%s: round trip: %s", file, d)
			}
		}
		checked++
	}
}

var (
	luacAddr    = regexp.MustCompile(`0x[0-9a-f]+`)
	luacHeader  = regexp.MustCompile(`^(?:main|function) <.*> \(\d+ instructions? at (0x[0-9a-f]+)\)$`)
	luacSetlist = regexp.MustCompile(`^(\t\d+\t\[[-\d]+\]\tSETLIST  \t\d+ \d+ )(\d+)\t; \d+$`)
)

// normalizeLuacListing rewrites luac5.3's listing into what List prints:
// addresses become pre-order function numbers, and SETLIST's C (a 1-based
// batch number in Lua 5.3) becomes our index offset.
func normalizeLuacListing(listing string) string {
	ids := map[string]string{}
	lines := strings.Split(listing, "\n")
	for _, l := range lines {
		if m := luacHeader.FindStringSubmatch(l); m != nil {
			ids[m[1]] = fmt.Sprintf("F%d", len(ids))
		}
	}
	for i, l := range lines {
		l = luacAddr.ReplaceAllStringFunc(l, func(a string) string {
			if id, ok := ids[a]; ok {
				return id
			}
			return a // a string constant that looks like an address
		})
		if m := luacSetlist.FindStringSubmatch(l); m != nil {
			c, _ := strconv.Atoi(m[2])
			l = m[1] + strconv.Itoa((c-1)*FieldsPerFlush)
		}
		lines[i] = l
	}
	return strings.Join(lines, "\n")
}

func TestListMatchesLuac53(t *testing.T) {
	luac := luac53(t)
	for _, file := range corpusFiles(t) {
		p, listing, err := compileLuac53(t, luac, file)
		if err != nil {
			continue // reported by the test above
		}
		var sb strings.Builder
		List(&sb, p, true)
		got, want := sb.String(), normalizeLuacListing(listing)
		if got == want {
			continue
		}
		gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Errorf("%s: listing line %d differs:\n got  %q\n want %q", file, i+1, g, w)
				break
			}
		}
	}
}

var (
	errUnsupported53 = errors.New("uses an instruction this format does not have")
	errNotCompiled   = errors.New("does not compile")
)

// fromLua53 translates a Lua 5.3 binary chunk for x86-64 (as written by
// luac5.3 on the test machine) into a Proto.
func fromLua53(data []byte) (*Proto, error) {
	r := &lua53Reader{b: data}
	const header = "\x1bLua\x53\x00\x19\x93\r\n\x1a\n\x04\x08\x04\x08\x08"
	if string(r.take(len(header))) != header {
		return nil, errors.New("not a little-endian 64-bit Lua 5.3 chunk")
	}
	r.take(16) // LUAC_INT, LUAC_NUM
	r.byte()   // number of upvalues of the main closure
	p := r.function("")
	if r.err != nil {
		return nil, r.err
	}
	if r.pos != len(r.b) {
		return nil, errors.New("trailing data")
	}
	return p, nil
}

type lua53Reader struct {
	b   []byte
	pos int
	err error
}

func (r *lua53Reader) take(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b)-r.pos {
		if r.err == nil {
			r.err = errors.New("truncated Lua 5.3 chunk")
		}
		return make([]byte, max(n, 0))
	}
	r.pos += n
	return r.b[r.pos-n : r.pos]
}

func (r *lua53Reader) byte() int    { return int(r.take(1)[0]) }
func (r *lua53Reader) int() int     { return int(int32(binary.LittleEndian.Uint32(r.take(4)))) }
func (r *lua53Reader) int64() int64 { return int64(binary.LittleEndian.Uint64(r.take(8))) }

func (r *lua53Reader) str() (string, bool) {
	n := uint64(r.byte())
	if n == 0xFF {
		n = binary.LittleEndian.Uint64(r.take(8))
	}
	if n == 0 {
		return "", false
	}
	return string(r.take(int(n - 1))), true
}

func (r *lua53Reader) function(parentSource string) *Proto {
	p := &Proto{}
	var ok bool
	if p.Source, ok = r.str(); !ok {
		p.Source = parentSource
	}
	p.LineDefined = r.int()
	p.LastLineDefined = r.int()
	p.NumParams = r.byte()
	p.IsVararg = r.byte() != 0
	p.MaxStack = r.byte()
	n := r.int()
	for i := 0; i < n && r.err == nil; i++ {
		ins, err := from53Instruction(binary.LittleEndian.Uint32(r.take(4)))
		if err != nil && r.err == nil {
			r.err = err
		}
		p.Code = append(p.Code, ins)
	}
	n = r.int()
	for i := 0; i < n && r.err == nil; i++ {
		switch tag := r.byte(); tag {
		case 0:
			p.Constants = append(p.Constants, kNil())
		case 1:
			p.Constants = append(p.Constants, kBool(r.byte() != 0))
		case 3:
			p.Constants = append(p.Constants, kFlt(math.Float64frombits(uint64(r.int64()))))
		case 19:
			p.Constants = append(p.Constants, kInt(r.int64()))
		case 4, 20:
			s, _ := r.str()
			p.Constants = append(p.Constants, kStr(s))
		default:
			r.err = fmt.Errorf("constant tag %d", tag)
		}
	}
	n = r.int()
	for i := 0; i < n && r.err == nil; i++ {
		instack := r.byte() != 0
		p.Upvalues = append(p.Upvalues, UpvalDesc{InStack: instack, Index: r.byte()})
	}
	n = r.int()
	for i := 0; i < n && r.err == nil; i++ {
		p.Protos = append(p.Protos, r.function(p.Source))
	}
	n = r.int()
	for i := 0; i < n && r.err == nil; i++ {
		p.LineInfo = append(p.LineInfo, int32(r.int()))
	}
	n = r.int()
	for i := 0; i < n && r.err == nil; i++ {
		name, _ := r.str()
		start := r.int()
		p.LocVars = append(p.LocVars, LocVar{Name: name, StartPC: start, EndPC: r.int()})
	}
	n = r.int()
	for i := 0; i < n && r.err == nil && i < len(p.Upvalues); i++ {
		p.Upvalues[i].Name, _ = r.str()
	}
	return p
}

// from53Instruction re-encodes a 32-bit Lua 5.3 instruction. Opcodes are
// the same but for LOADKX (2) and EXTRAARG (46), which 64-bit instructions
// do not need; operands keep their values except SETLIST's C.
func from53Instruction(i uint32) (Instruction, error) {
	op53 := i & 0x3F
	a := int(i >> 6 & 0xFF)
	c := int(i >> 14 & 0x1FF)
	b := int(i >> 23 & 0x1FF)
	bx := int(i >> 14)
	if op53 == 2 || op53 >= 46 {
		return 0, fmt.Errorf("%w (Lua 5.3 opcode %d)", errUnsupported53, op53)
	}
	op := Op(op53)
	if op53 > 2 {
		op--
	}
	switch FormOf(op) {
	case FormABx:
		return ABx(op, a, bx), nil
	case FormAsBx:
		return AsBx(op, a, bx-(1<<17-1)), nil
	}
	if op == SETLIST {
		if c == 0 {
			return 0, fmt.Errorf("%w (SETLIST with EXTRAARG)", errUnsupported53)
		}
		c = (c - 1) * FieldsPerFlush
	}
	return ABC(op, a, b, c), nil
}
