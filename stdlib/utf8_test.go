package stdlib

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

func isSurrogate(c rune) bool { return c >= 0xD800 && c <= 0xDFFF }

// TestUTF8EncodeAll encodes every code point lua5.3's utf8.char accepts
// and decodes it back. Outside the surrogates the bytes must be Go's.
func TestUTF8EncodeAll(t *testing.T) {
	var buf []byte
	for c := rune(0); c <= maxUnicode; c++ {
		buf = utf8Encode(buf[:0], uint32(c))
		if !isSurrogate(c) {
			if want := string(utf8.AppendRune(nil, c)); string(buf) != want {
				t.Fatalf("utf8Encode(%#x) = % x, want % x", c, buf, want)
			}
		} else if len(buf) != 3 || buf[0] != 0xED {
			t.Fatalf("utf8Encode(%#x) = % x", c, buf)
		}
		got, next, ok := utf8Decode(string(buf), 0)
		if !ok || got != c || next != len(buf) {
			t.Fatalf("utf8Decode(% x) = %#x, %d, %v", buf, got, next, ok)
		}
	}
}

// TestUTF8EncodeBeyond checks the longer forms used for values past
// U+10FFFF (which utf8.char refuses, but the encoder supports).
func TestUTF8EncodeBeyond(t *testing.T) {
	for c, want := range map[uint32]string{
		0x110000:   "\xF4\x90\x80\x80",
		0x1FFFFF:   "\xF7\xBF\xBF\xBF",
		0x200000:   "\xF8\x88\x80\x80\x80",
		0x7FFFFFFF: "\xFD\xBF\xBF\xBF\xBF\xBF",
	} {
		if got := string(utf8Encode(nil, c)); got != want {
			t.Errorf("utf8Encode(%#x) = % x, want % x", c, got, want)
		}
	}
}

// validLua53 is the reference for utf8Decode, written from the other
// side: Go's decoder accepts exactly lua5.3's sequences except that lua5.3
// also takes encoded surrogates.
func validLua53(s string) (rune, int, bool) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(0xD000 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)), 3, true
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n <= 1 {
		return 0, 0, false
	}
	return r, n, true
}

func checkDecode(t *testing.T, s string) {
	t.Helper()
	code, next, ok := utf8Decode(s, 0)
	wcode, wn, wok := validLua53(s)
	if ok != wok || (ok && (code != wcode || next != wn)) {
		t.Fatalf("utf8Decode(% x) = %#x, %d, %v; want %#x, %d, %v", s, code, next, ok, wcode, wn, wok)
	}
}

func TestUTF8DecodeRules(t *testing.T) {
	// Every one- and two-byte string, then every three-byte string with a
	// lead byte of three-byte sequences, then random four-byte ones.
	for a := 0; a < 256; a++ {
		checkDecode(t, string([]byte{byte(a)}))
		for b := 0; b < 256; b++ {
			checkDecode(t, string([]byte{byte(a), byte(b)}))
		}
	}
	for a := 0xE0; a <= 0xEF; a++ {
		for b := 0; b < 256; b++ {
			for c := 0; c < 256; c++ {
				checkDecode(t, string([]byte{byte(a), byte(b), byte(c)}))
			}
		}
	}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 200000; i++ {
		b := []byte{byte(0xF0 + r.Intn(16)), byte(0x80 + r.Intn(64)), byte(0x80 + r.Intn(64)), byte(r.Intn(256)), byte(r.Intn(256))}
		if r.Intn(4) == 0 {
			b[1] = byte(r.Intn(256))
		}
		checkDecode(t, string(b[:3+r.Intn(3)]))
	}
}
