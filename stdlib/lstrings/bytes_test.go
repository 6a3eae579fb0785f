package lstrings

import (
	"strings"
	"testing"
)

func TestCaseAndReverse(t *testing.T) {
	var all strings.Builder
	for c := 0; c < 256; c++ {
		all.WriteByte(byte(c))
	}
	for _, s := range []string{"", "a", "Z", "hello, World! 123", "ÀÉÎ àéî", all.String(), strings.Repeat("aB1\x80\xff", 37),
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{", "nothing-to-change-here-123!"} {
		for k := 0; k <= len(s) && k < 20; k++ {
			sub := s[k:]
			var up, low, rev []byte
			for i := 0; i < len(sub); i++ {
				up = append(up, ToUpper(sub[i]))
				low = append(low, ToLower(sub[i]))
				rev = append(rev, sub[len(sub)-1-i])
			}
			if got := Upper(sub); got != string(up) {
				t.Errorf("Upper(%q) = %q", sub, got)
			}
			if got := Lower(sub); got != string(low) {
				t.Errorf("Lower(%q) = %q", sub, got)
			}
			if got := Reverse(sub); got != string(rev) {
				t.Errorf("Reverse(%q) = %q", sub, got)
			}
		}
	}
}

func BenchmarkUpper(b *testing.B) {
	s := strings.Repeat("the quick brown fox jumps over the lazy dog ", 20)
	for i := 0; i < b.N; i++ {
		Upper(s)
	}
}

func BenchmarkReverse(b *testing.B) {
	s := strings.Repeat("the quick brown fox jumps over the lazy dog ", 20)
	for i := 0; i < b.N; i++ {
		Reverse(s)
	}
}
