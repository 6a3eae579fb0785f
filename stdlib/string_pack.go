package stdlib

import (
	"strings"

	"wippylua/stdlib/lstrings"
	"wippylua/vm"
)

// string.pack, string.unpack and string.packsize (manual §6.4.2). The
// option parser and the byte layouts are in lstrings; this file checks the
// arguments in lua5.3's order and words.

// strPackError reports a format error: some are "bad argument #1"
// errors, the others plain errors.
func strPackError(t *vm.Thread, err error) {
	if ae, ok := err.(lstrings.ArgError); ok {
		t.ArgError(1, string(ae))
	}
	t.Errorf("%s", err.Error())
}

func strPack(t *vm.Thread) int {
	h := lstrings.NewPackFormat(t.CheckString(1))
	// lua5.3 pushes a nil to separate the arguments from its buffer, so a
	// missing argument is reported as "got nil", not "got no value".
	t.Push(vm.Nil)
	var scratch [128]byte
	b := scratch[:0]
	arg := 1
	total := 0
	for h.More() {
		kind, size, ntoalign, err := h.Next(total)
		if err != nil {
			strPackError(t, err)
		}
		total += ntoalign + size
		if total > strMaxSize {
			t.ArgError(1, "format result too large")
		}
		for ; ntoalign > 0; ntoalign-- {
			b = append(b, 0)
		}
		arg++
		switch kind {
		case lstrings.KInt:
			n := t.CheckInt(arg)
			if size < 8 {
				lim := int64(1) << (size*8 - 1)
				if n < -lim || n >= lim {
					t.ArgError(arg, "integer overflow")
				}
			}
			b = lstrings.PackInt(b, uint64(n), h.Little, size, n < 0)
		case lstrings.KUint:
			n := t.CheckInt(arg)
			if size < 8 && uint64(n) >= uint64(1)<<(size*8) {
				t.ArgError(arg, "unsigned overflow")
			}
			b = lstrings.PackInt(b, uint64(n), h.Little, size, false)
		case lstrings.KFloat:
			b = lstrings.PackFloat(b, t.CheckFloat(arg), h.Little, size)
		case lstrings.KChar:
			s := t.CheckString(arg)
			if len(s) > size {
				t.ArgError(arg, "string longer than given size")
			}
			b = append(b, s...)
			for k := len(s); k < size; k++ {
				b = append(b, 0)
			}
		case lstrings.KString:
			s := t.CheckString(arg)
			if size < 8 && uint64(len(s)) >= uint64(1)<<(size*8) {
				t.ArgError(arg, "string length does not fit in given size")
			}
			b = lstrings.PackInt(b, uint64(len(s)), h.Little, size, false)
			b = append(b, s...)
			total += len(s)
		case lstrings.KZstr:
			s := t.CheckString(arg)
			if strings.IndexByte(s, 0) >= 0 {
				t.ArgError(arg, "string contains zeros")
			}
			b = append(b, s...)
			b = append(b, 0)
			total += len(s) + 1
		case lstrings.KPadding:
			b = append(b, 0)
			arg--
		default: // alignment and configuration options take no argument
			arg--
		}
	}
	t.Push(vm.String(string(b)))
	return 1
}

func strPacksize(t *vm.Thread) int {
	h := lstrings.NewPackFormat(t.CheckString(1))
	total := 0
	for h.More() {
		kind, size, ntoalign, err := h.Next(total)
		if err != nil {
			strPackError(t, err)
		}
		size += ntoalign
		if total > strMaxSize-size {
			t.ArgError(1, "format result too large")
		}
		total += size
		if kind == lstrings.KString || kind == lstrings.KZstr {
			t.ArgError(1, "variable-length format")
		}
	}
	t.Push(vm.Int(int64(total)))
	return 1
}

func strUnpack(t *vm.Thread) int {
	h := lstrings.NewPackFormat(t.CheckString(1))
	data := t.CheckString(2)
	ld := len(data)
	init := strPosrelat(t.OptInt(3, 1), ld) - 1
	if init < 0 || init > int64(ld) {
		t.ArgError(3, "initial position out of string")
	}
	pos := int(init)
	n := 0
	for h.More() {
		kind, size, ntoalign, err := h.Next(pos)
		if err != nil {
			strPackError(t, err)
		}
		if ntoalign+size > ld-pos {
			t.ArgError(2, "data string too short")
		}
		pos += ntoalign
		if !t.CheckStack(2) { // room for the item and the final position
			// lua5.3's own attempt to report "too many results" overflows
			// too, leaving this bare message.
			t.Throw(vm.String("stack overflow"))
		}
		n++
		switch kind {
		case lstrings.KInt, lstrings.KUint:
			v, err := lstrings.UnpackInt(data[pos:], h.Little, size, kind == lstrings.KInt)
			if err != nil {
				t.Errorf("%s", err.Error())
			}
			t.Push(vm.Int(v))
		case lstrings.KFloat:
			t.Push(vm.Float(lstrings.UnpackFloat(data[pos:], h.Little, size)))
		case lstrings.KChar:
			t.Push(vm.String(data[pos : pos+size]))
		case lstrings.KString:
			l, err := lstrings.UnpackInt(data[pos:], h.Little, size, false)
			if err != nil {
				t.Errorf("%s", err.Error())
			}
			if uint64(l) > uint64(ld-pos-size) {
				t.ArgError(2, "data string too short")
			}
			t.Push(vm.String(data[pos+size : pos+size+int(l)]))
			pos += int(l)
		case lstrings.KZstr:
			// lua5.3 reads up to the NUL that terminates every Lua string,
			// so an unterminated "z" takes the rest of the data and leaves
			// the position one past the end.
			l := strings.IndexByte(data[pos:], 0)
			if l < 0 {
				l = ld - pos
			}
			t.Push(vm.String(data[pos : pos+l]))
			pos += l + 1
		default:
			n--
		}
		pos += size
	}
	t.Push(vm.Int(int64(pos + 1)))
	return n + 1
}
