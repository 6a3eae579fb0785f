package lstrings

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// formatOne formats one value the way string.format dispatches on the
// verb (without the Lua-level rules for %s and %q).
func formatOne(t *testing.T, f string, val string) string {
	t.Helper()
	if f[0] != '%' {
		t.Fatalf("bad format %q", f)
	}
	sp, next, err := ParseSpec(f, 1)
	if err != nil {
		return "ERR " + err.Error()
	}
	if next != len(f) {
		t.Fatalf("%q: ParseSpec stopped at %d", f, next)
	}
	kind, v := val[0], val[1:]
	var b []byte
	switch kind {
	case 'i':
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		if sp.Verb == 'c' {
			b = AppendChar(nil, sp, byte(n))
		} else {
			b = AppendInt(nil, sp, n)
		}
	case 's':
		b = AppendString(nil, sp, v)
	case 'f':
		x := parseFloat(t, v)
		if sp.Verb == 'a' || sp.Verb == 'A' {
			b = AppendHexFloat(nil, sp, x)
		} else {
			b = AppendFloat(nil, sp, x)
		}
	default:
		t.Fatalf("bad value %q", val)
	}
	return string(b)
}

func parseFloat(t *testing.T, v string) float64 {
	switch v {
	case "inf":
		return math.Inf(1)
	case "-inf":
		return math.Inf(-1)
	case "nan":
		return math.NaN()
	case "-nan":
		return math.Copysign(math.NaN(), -1)
	}
	x, err := strconv.ParseFloat(v, 64)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// unescape undoes the "\ddd" escapes of the golden file.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) {
			n, _ := strconv.Atoi(s[i+1 : i+4])
			b.WriteByte(byte(n))
			i += 3
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// TestFormatGolden compares thousands of format items with the output of
// lua5.3's string.format (glibc printf), recorded in
// testdata/format_golden.txt as "format TAB value TAB result" lines.
func TestFormatGolden(t *testing.T) {
	path := "testdata/format_golden.txt"
	if p := os.Getenv("FORMAT_GOLDEN"); p != "" {
		path = p // a larger, uncommitted corpus
	}
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	lines, bad := 0, 0
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("bad golden line %q", sc.Text())
		}
		lines++
		want := unescape(parts[2])
		if got := formatOne(t, parts[0], parts[1]); got != want {
			bad++
			if bad <= 30 {
				t.Errorf("format(%q, %s) = %q, lua5.3 gives %q", parts[0], parts[1], got, want)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if bad > 0 {
		t.Errorf("%d of %d items differ", bad, lines)
	}
	if lines < 1000 {
		t.Errorf("only %d golden lines", lines)
	}
}

func TestParseSpec(t *testing.T) {
	tests := []struct {
		f    string
		want string // "verb width prec flags next" or the error
	}{
		{"%d", "d 0 -1  2"},
		{"%-+ #05.3f", "f 5 3 -+ #0 10"},
		{"%.f", "f 0 0  3"},
		{"%99.99g", "g 99 99  7"},
		{"%", "\x00 0 -1  1"},
		{"%5", "\x00 5 -1  2"},
		{"%-----d", "d 0 -1 - 7"},
		{"%------d", "invalid format (repeated flags)"},
		{"%100d", "invalid format (width or precision too long)"},
		{"%1.100d", "invalid format (width or precision too long)"},
		{"%.123d", "invalid format (width or precision too long)"},
	}
	for _, tc := range tests {
		sp, next, err := ParseSpec(tc.f, 1)
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			flags := ""
			for _, f := range []struct {
				on bool
				c  string
			}{{sp.Minus, "-"}, {sp.Plus, "+"}, {sp.Space, " "}, {sp.Hash, "#"}, {sp.Zero, "0"}} {
				if f.on {
					flags += f.c
				}
			}
			got = string(sp.Verb) + " " + itoa(sp.Width) + " " + itoa(sp.Prec) + " " + flags + " " + itoa(next)
		}
		if got != tc.want {
			t.Errorf("ParseSpec(%q) = %q, want %q", tc.f, got, tc.want)
		}
	}
	if sp, _, _ := ParseSpec("%s", 1); !sp.Plain {
		t.Errorf("%q must be plain", "%s")
	}
	if sp, _, _ := ParseSpec("%5s", 1); sp.Plain {
		t.Errorf("%q must not be plain", "%5s")
	}
}

func TestAppendQuoted(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `""`},
		{"hello", `"hello"`},
		{"a\"b\\c", `"a\"b\\c"`},
		{"line\nnext", "\"line\\\nnext\""},
		{"\x00\x01\x1f\x7f", `"\0\1\31\127"`},
		{"\x001", `"\0001"`},
		{"\r9x", `"\0139x"`},
		{"\x80\xff", "\"\x80\xff\""},
		{"tab\t", `"tab\9"`},
	}
	for _, tc := range tests {
		if got := string(AppendQuoted(nil, tc.in)); got != tc.want {
			t.Errorf("AppendQuoted(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestAppendHexFloat(t *testing.T) {
	tests := []struct {
		f    string
		x    float64
		want string
	}{
		{"%a", 1, "0x1p+0"},
		{"%a", 0.5, "0x1p-1"},
		{"%a", 0.1, "0x1.999999999999ap-4"},
		{"%A", 255.5, "0X1.FFP+7"},
		{"%a", 0, "0x0p+0"},
		{"%a", math.Copysign(0, -1), "-0x0p+0"},
		{"%a", 5e-324, "0x0.0000000000001p-1022"},
		{"%a", math.MaxFloat64, "0x1.fffffffffffffp+1023"},
		{"%.0a", 1.5, "0x2p+0"},       // tie, odd last digit: rounds up, and "1" becomes "2"
		{"%.0a", 2.5, "0x1p+1"},       // 2.5 = 0x1.4p+1: below half
		{"%.0a", 3.5, "0x2p+1"},       // 0x1.cp+1
		{"%.1a", 1.03125, "0x1.0p+0"}, // 0x1.08: tie, even last digit stays
		{"%.1a", 1.09375, "0x1.2p+0"}, // 0x1.18: tie, odd last digit rounds up
		{"%.3a", 5e-324, "0x0.000p-1022"},
		{"%#.0a", 1, "0x1.p+0"},
		{"%010a", 1.5, "0x001.8p+0"},
		{"%-10a|", 1.5, "0x1.8p+0  |"},
		{"%+a", 1, "+0x1p+0"},
		{"% a", 1, " 0x1p+0"},
		{"%a", math.Inf(-1), "-inf"},
		{"%010A", math.NaN(), "       NAN"},
	}
	for _, tc := range tests {
		sp, next, err := ParseSpec(tc.f, 1)
		if err != nil {
			t.Fatal(err)
		}
		got := string(AppendHexFloat(nil, sp, tc.x)) + tc.f[next:]
		if got != tc.want {
			t.Errorf("%s of %v = %q, want %q", tc.f, tc.x, got, tc.want)
		}
	}
}
