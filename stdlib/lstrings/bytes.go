package lstrings

import (
	"encoding/binary"
	"math/bits"
	"unsafe"
)

// Byte-wise transformations for string.upper, string.lower and
// string.reverse, eight bytes at a time.

const (
	ones = 0x0101010101010101
	high = 0x8080808080808080
)

// load64 reads s[i:i+8] as a little-endian word (the compiler turns this
// into one load).
func load64(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// caseMask returns, for each byte of w, 0x80 if it is in [lo, hi] (both
// ASCII) and 0 otherwise. Adding to the low seven bits of a byte never
// carries into the next byte, so all bytes are checked at once.
func caseMask(w uint64, lo, hi byte) uint64 {
	h := w &^ high
	a := h + ones*uint64(0x80-lo)   // high bit set when h >= lo
	z := h + ones*uint64(0x80-hi-1) // high bit set when h > hi
	return a &^ z &^ w & high
}

// Upper returns s with the ASCII lower-case letters made upper-case (the C
// locale's toupper), or s itself when it has none.
func Upper(s string) string { return mapCase(s, 'a', 'z') }

// Lower is Upper's counterpart.
func Lower(s string) string { return mapCase(s, 'A', 'Z') }

// mapCase flips bit 0x20 of the bytes in [lo, hi].
func mapCase(s string, lo, hi byte) string {
	i := 0
	for i+8 <= len(s) && caseMask(load64(s, i), lo, hi) == 0 {
		i += 8
	}
	for i < len(s) && (s[i] < lo || s[i] > hi) {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:i])
	for ; i+8 <= len(s); i += 8 {
		w := load64(s, i)
		binary.LittleEndian.PutUint64(b[i:], w^caseMask(w, lo, hi)>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= lo && c <= hi {
			c ^= 0x20
		}
		b[i] = c
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// Reverse returns the bytes of s in reverse order.
func Reverse(s string) string {
	n := len(s)
	if n <= 1 {
		return s
	}
	b := make([]byte, n)
	i := 0
	for ; i+8 <= n; i += 8 {
		binary.LittleEndian.PutUint64(b[i:], bits.ReverseBytes64(load64(s, n-i-8)))
	}
	for ; i < n; i++ {
		b[i] = s[n-1-i]
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}
