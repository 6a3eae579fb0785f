package stdlib

import (
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"wippylua/stdlib/lstrings"
	"wippylua/vm"
)

// Fuzz tests for the string library, called through the Lua API (the same
// argument checking and error paths Lua code sees). They check that no
// input makes a function panic with a Go runtime error ("internal error"),
// hang, or break the invariants of its results.

var (
	strFuzzOnce  sync.Once
	strFuzzState *vm.State
)

// strFuzzFunc returns string.name from a shared state (each fuzz worker is
// a process calling the target sequentially).
func strFuzzFunc(name string) (*vm.Thread, vm.Value) {
	strFuzzOnce.Do(func() {
		strFuzzState = vm.NewState()
		Open(strFuzzState, Standard)
	})
	lib := strFuzzState.Globals().GetStr("string").AsTable()
	return strFuzzState.MainThread(), lib.GetStr(name)
}

// strFuzzCall calls string.name and fails on Go runtime errors; Lua errors are
// returned.
func strFuzzCall(t *testing.T, name string, args ...vm.Value) ([]vm.Value, error) {
	t.Helper()
	th, fn := strFuzzFunc(name)
	res, err := th.Call(fn, args...)
	if err != nil && strings.Contains(err.Error(), "internal error") {
		t.Fatalf("string.%s%v: %v", name, args, err)
	}
	return res, err
}

func FuzzFormat(f *testing.F) {
	for _, s := range []string{"%d", "%5.2f|%-8s|%x", "%q", "%#.3a %A", "%+ 0#-5.3g", "%c%c", "%%%", "%10.3s", "%y", "%123d", "%.99f", "%------d", "%s%s%s%s"} {
		f.Add(s, int64(-42), 3.25, "h\x00i\n")
	}
	f.Fuzz(func(t *testing.T, format string, i int64, x float64, s string) {
		if len(format) > 200 {
			return
		}
		// Give each item an argument of the type it wants, so that the
		// conversions are reached, and one wrong-typed argument at the end.
		args := []vm.Value{vm.String(format)}
		for k := 0; k+1 < len(format) && len(args) < 20; k++ {
			if format[k] != '%' {
				continue
			}
			j := k + 1
			for j < len(format) && strings.IndexByte("-+ #0123456789.", format[j]) >= 0 {
				j++
			}
			if j == len(format) {
				break
			}
			switch format[j] {
			case 'd', 'i', 'c', 'o', 'u', 'x', 'X':
				args = append(args, vm.Int(i))
			case 'a', 'A', 'e', 'E', 'f', 'g', 'G':
				args = append(args, vm.Float(x))
			case 's':
				args = append(args, vm.String(s))
			case 'q':
				args = append(args, []vm.Value{vm.String(s), vm.Int(i), vm.Float(x), vm.Nil}[len(args)%4])
			case '%':
			default:
				args = append(args, vm.Int(i))
			}
			k = j
		}
		args = append(args, vm.Float(x))
		start := time.Now()
		res, err := strFuzzCall(t, "format", args...)
		if time.Since(start) > time.Second {
			t.Fatalf("format %q took %v", format, time.Since(start))
		}
		if err != nil {
			return
		}
		out := res[0].AsString()
		// Every item is at most a few hundred bytes (lua5.3's MAX_ITEM is
		// 428), plus %s and %q of s.
		if limit := len(format) + 430*len(args) + 4*len(s)*len(args); len(out) > limit {
			t.Fatalf("format %q: %d bytes of output", format, len(out))
		}
		if !strings.Contains(format, "%") && out != format {
			t.Fatalf("format %q without items gave %q", format, out)
		}
	})
}

func FuzzPattern(f *testing.F) {
	for _, p := range []string{"%a+", "(%w+)=(%w+)", "^(.-)%s*$", "%b()", "%f[%w]%w+", "()a()", "(a)%1", "[^%]%-]", "a?b*c-d+", "%", "[a", "(()", "%g%G%p%P%c%C%x%X%u%U%l%L%z"} {
		f.Add("key=val (x) a1 ab abba", p, byte(0), int64(1), "<%0%1>")
	}
	// Bound every search so that pathological patterns (which take
	// exponential time in lua5.3 too) cannot stall the fuzzer.
	old := strPatternStepLimit
	strPatternStepLimit = 20000
	f.Cleanup(func() { strPatternStepLimit = old })
	f.Fuzz(func(t *testing.T, subject, pattern string, op byte, init int64, repl string) {
		if len(subject) > 256 || len(pattern) > 64 {
			return
		}
		start := time.Now()
		defer func() {
			if d := time.Since(start); d > 2*time.Second {
				t.Fatalf("%q on %q took %v", pattern, subject, d)
			}
		}()
		src, pat := vm.String(subject), vm.String(pattern)
		switch op % 5 {
		case 0:
			res, err := strFuzzCall(t, "find", src, pat, vm.Int(init))
			if err == nil && len(res) >= 2 {
				s, e := res[0].AsInt(), res[1].AsInt()
				if s < 1 || e < s-1 || e > int64(len(subject)) {
					t.Fatalf("find(%q, %q, %d) = %d, %d", subject, pattern, init, s, e)
				}
			}
		case 1:
			res, err := strFuzzCall(t, "find", src, pat, vm.Int(init), vm.True)
			if err == nil && len(res) >= 2 {
				s, e := res[0].AsInt(), res[1].AsInt()
				if subject[s-1:e] != pattern {
					t.Fatalf("plain find(%q, %q) = %d, %d", subject, pattern, s, e)
				}
			}
		case 2:
			strFuzzCall(t, "match", src, pat, vm.Int(init))
		case 3:
			res, err := strFuzzCall(t, "gmatch", src, pat)
			if err != nil {
				return
			}
			th, _ := strFuzzFunc("gmatch")
			for k := 0; k <= len(subject)+1; k++ {
				r, err := th.Call(res[0])
				if err != nil {
					if strings.Contains(err.Error(), "internal error") {
						t.Fatal(err)
					}
					break
				}
				if len(r) == 0 || r[0].IsNil() {
					break
				}
				if k == len(subject)+1 {
					t.Fatalf("gmatch(%q, %q) produced more than %d matches", subject, pattern, k)
				}
			}
		case 4:
			var r vm.Value
			switch init % 3 {
			case 0:
				r = vm.String(repl)
			case 1:
				tb := vm.NewTable(0, 1)
				tb.SetStr(repl, vm.String("T"))
				r = vm.TableValue(tb)
			default:
				r = vm.FunctionValue(vm.NewGoFunction("repl", func(t *vm.Thread) int {
					t.Push(vm.String(repl))
					return 1
				}))
			}
			res, err := strFuzzCall(t, "gsub", src, pat, r)
			if err == nil && res[1].AsInt() > int64(len(subject))+1 {
				t.Fatalf("gsub(%q, %q) made %d replacements", subject, pattern, res[1].AsInt())
			}
		}
	})
}

func FuzzPack(f *testing.F) {
	for _, s := range []string{"i4", "<i2 >I3 =j", "!8 b d b", "s1 z c5", "Xi4 x", "i16 I9", "f d n", "bBhHlLjJT", "!4 i3", "c", "i17", "y", "Xc1"} {
		f.Add(s, "\x01\x02\x03\x04\x05\x06\x07\x08\xff\x00abc", int64(-5), 2.5, "str", int64(1))
	}
	f.Fuzz(func(t *testing.T, format, data string, i int64, x float64, s string, init int64) {
		if len(format) > 64 || strFuzzPackSizeBound(format) > 1<<16 {
			return // keep memory use small
		}
		args, ok := strFuzzPackArgs(format, i, x, s)
		if ok {
			res, err := strFuzzCall(t, "pack", append([]vm.Value{vm.String(format)}, args...)...)
			if err == nil {
				packed := res[0].AsString()
				out, err := strFuzzCall(t, "unpack", vm.String(format), vm.String(packed))
				if err != nil {
					t.Fatalf("unpack(%q) of its own pack result: %v", format, err)
				}
				strFuzzCheckRoundTrip(t, format, args, out, len(packed))
				if size, err := strFuzzCall(t, "packsize", vm.String(format)); err == nil && size[0].AsInt() != int64(len(packed)) {
					t.Fatalf("packsize(%q) = %d, pack made %d bytes", format, size[0].AsInt(), len(packed))
				}
			}
		}
		strFuzzCall(t, "unpack", vm.String(format), vm.String(data), vm.Int(init))
		strFuzzCall(t, "packsize", vm.String(format))
	})
}

// strFuzzPackSizeBound adds up the sizes in format, to skip formats that would
// make huge strings.
func strFuzzPackSizeBound(format string) int {
	total := 0
	n := 0
	for k := 0; k < len(format); k++ {
		if lstrings.IsDigit(format[k]) {
			n = n*10 + int(format[k]-'0')
			if n > 1<<20 {
				return n
			}
			continue
		}
		total += n + 16
		n = 0
	}
	return total + n
}

// strFuzzPackArgs makes arguments that fit the options of format; ok is false
// when the format is invalid.
func strFuzzPackArgs(format string, i int64, x float64, s string) (args []vm.Value, ok bool) {
	h := lstrings.NewPackFormat(format)
	total := 0
	for h.More() {
		kind, size, ntoalign, err := h.Next(total)
		if err != nil {
			return nil, false
		}
		total += ntoalign + size
		switch kind {
		case lstrings.KInt:
			v := i
			if size < 8 {
				v = i << (64 - 8*size) >> (64 - 8*size) // sign-extend the low bytes
			}
			args = append(args, vm.Int(v))
		case lstrings.KUint:
			v := i
			if size < 8 {
				v = int64(uint64(i) & (1<<(8*size) - 1))
			}
			args = append(args, vm.Int(v))
		case lstrings.KFloat:
			args = append(args, vm.Float(x))
		case lstrings.KChar:
			v := s
			if len(v) > size {
				v = v[:size]
			}
			args = append(args, vm.String(v))
		case lstrings.KString:
			v := s
			if size < 8 && len(v) >= 1<<(8*size) {
				v = v[:1<<(8*size)-1]
			}
			args = append(args, vm.String(v))
			total += len(v)
		case lstrings.KZstr:
			v := strings.ReplaceAll(s, "\x00", "")
			args = append(args, vm.String(v))
			total += len(v) + 1
		}
	}
	return args, true
}

// strFuzzCheckRoundTrip compares what unpack returned with what was packed.
func strFuzzCheckRoundTrip(t *testing.T, format string, args, out []vm.Value, n int) {
	t.Helper()
	if len(out) != len(args)+1 {
		t.Fatalf("pack/unpack %q: %d values in, %d out", format, len(args), len(out)-1)
	}
	if next := out[len(out)-1]; next.AsInt() != int64(n)+1 {
		t.Fatalf("unpack %q: next position %d, want %d", format, next.AsInt(), n+1)
	}
	for k, a := range args {
		b := out[k]
		switch {
		case a.IsFloat():
			fa, fb := a.AsFloat(), b.AsFloat()
			if fa != fb && !(math.IsNaN(fa) && math.IsNaN(fb)) && float64(float32(fa)) != fb {
				t.Fatalf("pack/unpack %q: value %d: %v became %v", format, k+1, fa, fb)
			}
		case a.IsString():
			as, bs := a.AsString(), b.AsString()
			// "cN" pads with zeros.
			if as != bs && !(strings.HasPrefix(bs, as) && strings.Trim(bs[len(as):], "\x00") == "") {
				t.Fatalf("pack/unpack %q: value %d: %q became %q", format, k+1, as, bs)
			}
		default:
			if !vm.RawEquals(a, b) {
				t.Fatalf("pack/unpack %q: value %d: %v became %v", format, k+1, a, b)
			}
		}
	}
}
