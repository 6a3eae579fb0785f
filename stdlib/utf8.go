package stdlib

import (
	"math"

	"wippylua/vm"
)

// The utf8 library (Lua 5.3 manual §6.5).
//
// lua5.3's decoder is stricter than "anything that looks like UTF-8" and
// laxer than Go's unicode/utf8: it rejects overlong forms, sequences of
// more than four bytes and values above U+10FFFF, but accepts surrogates
// (U+D800..U+DFFF). utf8.char likewise encodes surrogates as they are,
// where Go would substitute U+FFFD, so this file has its own encoder and
// decoder.

// maxUnicode is the largest code point lua5.3 encodes or decodes.
const maxUnicode = 0x10FFFF

// openUTF8 installs the utf8 library.
func openUTF8(s *vm.State, loaded *vm.Table, p Profile) {
	lib := register(s, loaded, "utf8", map[string]func(t *vm.Thread) int{
		"char":      utf8Char,
		"codepoint": utf8Codepoint,
		"codes":     utf8Codes,
		"len":       utf8Len,
		"offset":    utf8Offset,
	})
	lib.SetStr("charpattern", vm.String("[\x00-\x7F\xC2-\xF4][\x80-\xBF]*"))
}

// isCont reports whether s[i] is a continuation byte; the position just
// past the end reads as the '\0' that terminates C strings.
func isCont(s string, i int64) bool {
	return i < int64(len(s)) && s[i]&0xC0 == 0x80
}

// utf8Decode decodes the sequence starting at s[i] (i < len(s)) and
// returns the code point and the index just past it, or ok=false when
// the bytes there are not a sequence lua5.3 accepts.
func utf8Decode(s string, i int) (code rune, next int, ok bool) {
	c := uint32(s[i])
	if c < 0x80 {
		return rune(c), i + 1, true
	}
	// Each 1 bit after the leading one announces a continuation byte.
	var res uint32
	count := 0
	for ; c&0x40 != 0; c <<= 1 {
		count++
		if count > 3 || i+count >= len(s) || s[i+count]&0xC0 != 0x80 {
			return 0, 0, false
		}
		res = res<<6 | uint32(s[i+count]&0x3F)
	}
	res |= (c & 0x7F) << (count * 5)
	// The smallest value each length may encode (shorter is overlong); a
	// lone continuation byte (count 0) is always invalid.
	limits := [...]uint32{0xFF, 0x7F, 0x7FF, 0xFFFF}
	if res > maxUnicode || res <= limits[count] {
		return 0, 0, false
	}
	return rune(res), i + count + 1, true
}

// utf8Encode appends the encoding of code (0..0x7FFFFFFF) to b.
func utf8Encode(b []byte, code uint32) []byte {
	if code < 0x80 {
		return append(b, byte(code))
	}
	var buf [8]byte
	n := len(buf)
	limit := uint32(0x3F) // largest value that fits in the first byte
	for code > limit {
		n--
		buf[n] = byte(0x80 | code&0x3F)
		code >>= 6
		limit >>= 1
	}
	n--
	buf[n] = byte((^limit)<<1 | code) // length prefix, then the top bits
	return append(b, buf[n:]...)
}

// posRelat turns a negative string position into one counted from the
// end (-1 is the last byte); positions before the start become 0.
func posRelat(pos int64, n int) int64 {
	if pos >= 0 {
		return pos
	}
	if uint64(-pos) > uint64(n) {
		return 0
	}
	return int64(n) + pos + 1
}

func utf8Char(t *vm.Thread) int {
	n := t.NArgs()
	var b []byte
	for i := 1; i <= n; i++ {
		code := t.CheckInt(i)
		if code < 0 || code > maxUnicode {
			t.ArgError(i, "value out of range")
		}
		b = utf8Encode(b, uint32(code))
	}
	t.Push(vm.String(string(b)))
	return 1
}

// utf8Len counts the characters that start between i and j, or returns
// nil and the position of the first invalid byte.
func utf8Len(t *vm.Thread) int {
	s := t.CheckString(1)
	posi := posRelat(t.OptInt(2, 1), len(s))
	posj := posRelat(t.OptInt(3, -1), len(s))
	if posi < 1 || posi-1 > int64(len(s)) {
		t.ArgError(2, "initial position out of string")
	}
	posi--
	posj--
	if posj >= int64(len(s)) {
		t.ArgError(3, "final position out of string")
	}
	var n int64
	for posi <= posj {
		_, next, ok := utf8Decode(s, int(posi))
		if !ok {
			t.Push(vm.Nil)
			t.Push(vm.Int(posi + 1))
			return 2
		}
		posi = int64(next)
		n++
	}
	t.Push(vm.Int(n))
	return 1
}

// utf8Codepoint returns the code points of the characters that start
// between i and j.
func utf8Codepoint(t *vm.Thread) int {
	s := t.CheckString(1)
	posi := posRelat(t.OptInt(2, 1), len(s))
	pose := posRelat(t.OptInt(3, posi), len(s))
	if posi < 1 {
		t.ArgError(2, "out of range")
	}
	if pose > int64(len(s)) {
		t.ArgError(3, "out of range")
	}
	if posi > pose {
		return 0
	}
	if pose-posi >= math.MaxInt32 {
		t.Errorf("string slice too long")
	}
	if !t.HasStackRoom(int(pose-posi) + 1) {
		t.Errorf("stack overflow (string slice too long)")
	}
	n := 0
	for i := int(posi - 1); i < int(pose); {
		code, next, ok := utf8Decode(s, i)
		if !ok {
			t.Errorf("invalid UTF-8 code")
		}
		t.Push(vm.Int(int64(code)))
		n++
		i = next
	}
	return n
}

// utf8Offset returns the position where the n-th character counted from
// position i starts (n = 0: the character containing i).
func utf8Offset(t *vm.Thread) int {
	s := t.CheckString(1)
	n := t.CheckInt(2)
	def := int64(1)
	if n < 0 {
		def = int64(len(s)) + 1
	}
	posi := posRelat(t.OptInt(3, def), len(s))
	if posi < 1 || posi-1 > int64(len(s)) {
		t.ArgError(3, "position out of range")
	}
	posi--
	if n == 0 {
		for posi > 0 && isCont(s, posi) {
			posi--
		}
	} else {
		if isCont(s, posi) {
			t.Errorf("initial position is a continuation byte")
		}
		if n < 0 {
			for n < 0 && posi > 0 {
				posi--
				for posi > 0 && isCont(s, posi) {
					posi--
				}
				n++
			}
		} else {
			n-- // the first character is the one at posi
			for n > 0 && posi < int64(len(s)) {
				posi++
				for isCont(s, posi) {
					posi++
				}
				n--
			}
		}
	}
	if n != 0 {
		t.Push(vm.Nil)
		return 1
	}
	t.Push(vm.Int(posi + 1))
	return 1
}

// utf8CodesIter is the iterator utf8.codes returns: given the string and
// the position of the previous character, it returns the next position and
// code point.
func utf8CodesIter(t *vm.Thread) int {
	s := t.CheckString(1)
	// lua_tointeger: anything that is not an integral number counts as 0.
	prev, _ := t.Arg(2).ToInteger()
	n := prev - 1
	if n < 0 {
		n = 0
	} else if n < int64(len(s)) {
		n++ // skip the current byte and its continuations
		for isCont(s, n) {
			n++
		}
	}
	if n >= int64(len(s)) {
		return 0
	}
	code, next, ok := utf8Decode(s, int(n))
	// A continuation byte right after a valid sequence would be skipped
	// silently by the next step, so it is an error here.
	if !ok || isCont(s, int64(next)) {
		t.Errorf("invalid UTF-8 code")
	}
	t.Push(vm.Int(n + 1))
	t.Push(vm.Int(int64(code)))
	return 2
}

var utf8CodesIterFunc = vm.FunctionValue(vm.NewGoFunction("?", utf8CodesIter))

func utf8Codes(t *vm.Thread) int {
	t.CheckString(1)
	t.Push(utf8CodesIterFunc)
	t.Push(t.Arg(1))
	t.Push(vm.Int(0))
	return 3
}
