package lstrings

import (
	"strings"
	"testing"
)

// find runs a string.find-style search (handling the '^' anchor) and
// renders the match and its captures, or the error.
func find(src, pat string, init int) string {
	var m Matcher
	anchor := strings.HasPrefix(pat, "^")
	if anchor {
		pat = pat[1:]
	}
	m.Reset(src, pat)
	s, e, err := m.Find(init, anchor, -1)
	if err != nil {
		return "error: " + err.Error()
	}
	if s < 0 {
		return "nil"
	}
	out := itoa(s+1) + "-" + itoa(e)
	for i := 0; i < m.Level(); i++ {
		c := m.Capture(i)
		switch c.Len {
		case CapPosition:
			out += " @" + itoa(c.Init+1)
		case CapUnfinished:
			out += " unfinished"
		default:
			out += " '" + src[c.Init:c.Init+c.Len] + "'"
		}
	}
	return out
}

func TestMatcher(t *testing.T) {
	tests := []struct {
		src, pat string
		init     int
		want     string
	}{
		{"hello world", "o w", 0, "5-7"},
		{"hello world", "o", 5, "8-8"},
		{"hello", "", 0, "1-0"},
		{"hello", "", 5, "6-5"},
		{"hello", "l+", 0, "3-4"},
		{"hello", "l*", 0, "1-0"},
		{"hello", "l-o", 0, "3-5"},
		{"hello", "x?h", 0, "1-1"},
		{"hello", "^e", 0, "nil"},
		{"hello", "^e", 1, "2-2"},
		{"hello", "o$", 0, "5-5"},
		{"hello", "l$", 0, "nil"},
		{"a$b", "$b", 0, "2-3"}, // '$' is only special at the end
		{"a^b", "a^", 0, "1-2"}, // '^' is only special at the start
		{"x = 10", "(%w+)%s*=%s*(%d+)", 0, "1-6 'x' '10'"},
		{"hello", "()ll()", 0, "3-4 @3 @5"},
		{"abcabc", "(abc)%1", 0, "1-6 'abc'"},
		{"f(a(b)c)d", "%b()", 0, "2-8"},
		{"f(a(b)c", "%b()", 0, "4-6"},
		{"THE (quick) fox", "%f[%a]%a+", 4, "6-10"},
		{"THE", "%f[%a]", 0, "1-0"},
		{"THE", "%f[%z]", 0, "4-3"}, // the end of the subject reads as NUL
		{"x]y", "[]]", 0, "2-2"},
		{"x]y^", "[^]x]", 0, "3-3"},
		{"a-b", "[a-]", 1, "2-2"},
		{"A1_", "[%d_]+", 0, "2-3"},
		{"\x80\xff", "%a", 0, "nil"}, // the C locale has no letters >= 0x80
		{"\x80\xff", "[\x80-\xff]+", 0, "1-2"},
		{"a\x00b", "%z", 0, "2-2"},
		{"abc", "(a)(b)(c)", 0, "1-3 'a' 'b' 'c'"},
		{"abc", "(a", 0, "1-1 unfinished"},
		{"abc", "%", 0, "error: malformed pattern (ends with '%')"},
		{"abc", "x%", 0, "nil"}, // errors are lazy: 'x' never matches
		{"abc", "[a", 0, "error: malformed pattern (missing ']')"},
		{"abc", "[a%", 0, "error: malformed pattern (missing ']')"},
		{"abc", "%f", 0, "error: missing '[' after '%f' in pattern"},
		{"abc", "%b", 0, "error: malformed pattern (missing arguments to '%b')"},
		{"abc", "%bx", 0, "error: malformed pattern (missing arguments to '%b')"},
		{"abc", "a)", 0, "error: invalid pattern capture"},
		{"abc", "%1", 0, "error: invalid capture index %1"},
		{"abc", "%0", 0, "error: invalid capture index %0"},
		{"abc", "(a%1)", 0, "error: invalid capture index %1"},
		{"abc", "()%1", 0, "nil"}, // a position capture never matches as text
		{"x", strings.Repeat("(", 33), 0, "error: too many captures"},
		{"x", strings.Repeat("()", 32), 0, "1-0" + strings.Repeat(" @1", 32)},
		{strings.Repeat("a", 300), strings.Repeat("a?", 300), 0, "error: pattern too complex"},
		{strings.Repeat("a", 150), strings.Repeat("a?", 150), 0, "1-150"},
		{strings.Repeat("a", 1000), "a*$", 0, "1-1000"},
		{strings.Repeat("a", 1000) + "b", ".-b", 0, "1-1001"},
	}
	for _, tc := range tests {
		if got := find(tc.src, tc.pat, tc.init); got != tc.want {
			t.Errorf("find(%q, %q, %d) = %s, want %s", tc.src, tc.pat, tc.init+1, got, tc.want)
		}
	}
}

// TestMatcherLastMatch checks the rule gsub and gmatch rely on: an empty
// match ending where the previous match ended is skipped.
func TestMatcherLastMatch(t *testing.T) {
	var m Matcher
	m.Reset("abc", "b*")
	s, e, _ := m.Find(0, false, -1)
	if s != 0 || e != 0 {
		t.Fatalf("first match %d-%d", s, e)
	}
	s, e, _ = m.Find(0, false, 0)
	if s != 1 || e != 2 {
		t.Fatalf("after rejecting the empty match at 0: %d-%d, want 1-2", s, e)
	}
	s, e, _ = m.Find(2, false, 2)
	if s != 3 || e != 3 {
		t.Fatalf("after 'b': %d-%d, want 3-3", s, e)
	}
}

func TestMatcherMaxSteps(t *testing.T) {
	var m Matcher
	m.MaxSteps = 10000
	m.Reset(strings.Repeat("a", 40), strings.Repeat("a*", 20)+"b")
	_, _, err := m.Find(0, false, -1)
	if err == nil || err.Error() != "pattern too complex" {
		t.Fatalf("err = %v, want pattern too complex", err)
	}
	// The budget is per Find call.
	m.Reset("aaa", "a+")
	if s, e, err := m.Find(0, false, -1); err != nil || s != 0 || e != 3 {
		t.Fatalf("got %d %d %v", s, e, err)
	}
}

func TestMatchClass(t *testing.T) {
	classes := map[byte]func(c byte) bool{
		'a': func(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' },
		'd': func(c byte) bool { return c >= '0' && c <= '9' },
		'l': func(c byte) bool { return c >= 'a' && c <= 'z' },
		'u': func(c byte) bool { return c >= 'A' && c <= 'Z' },
		's': func(c byte) bool { return c == ' ' || c >= 9 && c <= 13 },
		'c': func(c byte) bool { return c < 32 || c == 127 },
		'p': func(c byte) bool { return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0 },
		'x': func(c byte) bool { return strings.IndexByte("0123456789abcdefABCDEF", c) >= 0 },
		'g': func(c byte) bool { return c > 32 && c < 127 },
		'z': func(c byte) bool { return c == 0 },
	}
	classes['w'] = func(c byte) bool { return classes['a'](c) || classes['d'](c) }
	for cl, f := range classes {
		for c := 0; c < 256; c++ {
			if got := matchClass(byte(c), cl); got != f(byte(c)) {
				t.Errorf("%%%c on %#x = %v", cl, c, got)
			}
			if got := matchClass(byte(c), ToUpper(cl)); got == f(byte(c)) {
				t.Errorf("%%%c on %#x = %v", ToUpper(cl), c, got)
			}
		}
	}
	if !matchClass('.', '.') || matchClass('x', '.') || !matchClass('B', 'B') || matchClass('b', 'B') {
		t.Error("non-class characters must match themselves")
	}
}

func BenchmarkFindLiteral(b *testing.B) {
	src := strings.Repeat("the quick brown fox ", 50) + "jumps"
	var m Matcher
	for i := 0; i < b.N; i++ {
		m.Reset(src, "jumps")
		m.Find(0, false, -1)
	}
}

func BenchmarkFindClass(b *testing.B) {
	src := strings.Repeat("the quick brown fox ", 50) + "12345"
	var m Matcher
	for i := 0; i < b.N; i++ {
		m.Reset(src, "%d+")
		m.Find(0, false, -1)
	}
}

func BenchmarkFindCaptures(b *testing.B) {
	src := "  key_name = some value here  "
	var m Matcher
	for i := 0; i < b.N; i++ {
		m.Reset(src, "%s*([%w_]+)%s*=%s*(.-)%s*$")
		m.Find(0, true, -1)
	}
}
