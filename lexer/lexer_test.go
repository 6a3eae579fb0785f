package lexer

import (
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// lexAll returns every token of src up to and including EOF, or the tokens
// before the first error and the error.
func lexAll(src string) ([]Token, error) {
	l := NewString(src, src)
	var toks []Token
	for {
		t, err := l.Next()
		if err != nil {
			return toks, err
		}
		toks = append(toks, t)
		if t.Kind == EOF {
			return toks, nil
		}
	}
}

// lexOne lexes src, which must hold exactly one token.
func lexOne(t *testing.T, src string) Token {
	t.Helper()
	toks, err := lexAll(src)
	if err != nil {
		t.Fatalf("%q: unexpected error %v", src, err)
	}
	if len(toks) != 2 {
		t.Fatalf("%q: got %d tokens %v, want one", src, len(toks)-1, toks)
	}
	return toks[0]
}

func kindsOf(toks []Token) []Kind {
	ks := make([]Kind, len(toks))
	for i, t := range toks {
		ks[i] = t.Kind
	}
	return ks
}

func TestOperators(t *testing.T) {
	ops := "+ - * / // % ^ # & ~ | << >> == ~= <= >= < > = ( ) { } [ ] :: ; : , . .. ... -> ? ! @"
	toks, err := lexAll(ops)
	if err != nil {
		t.Fatal(err)
	}
	fields := strings.Fields(ops)
	if len(toks) != len(fields)+1 {
		t.Fatalf("got %d tokens, want %d", len(toks), len(fields)+1)
	}
	for i, f := range fields {
		if toks[i].Kind.String() != f || toks[i].Raw != f {
			t.Errorf("token %d: got %v %q, want %q", i, toks[i].Kind, toks[i].Raw, f)
		}
	}
}

func TestKeywords(t *testing.T) {
	for word, kind := range Keywords {
		tok := lexOne(t, word)
		if tok.Kind != kind || tok.Raw != word {
			t.Errorf("%q: got %v %q", word, tok.Kind, tok.Raw)
		}
		// Words that merely contain or resemble keywords are names.
		for _, name := range []string{word + "_", "_" + word, word + "1", strings.ToUpper(word)} {
			tok := lexOne(t, name)
			if tok.Kind != Name || tok.Str != name || tok.Raw != name {
				t.Errorf("%q: got %v %q %q, want a name", name, tok.Kind, tok.Raw, tok.Str)
			}
		}
	}
}

func TestNames(t *testing.T) {
	for _, name := range []string{"_", "a", "Z", "a1", "_x_Y9", "type", "export", "typeof", "as", "self",
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789"} {
		tok := lexOne(t, name)
		if tok.Kind != Name || tok.Str != name || tok.Raw != name {
			t.Errorf("%q: got %v %q %q", name, tok.Kind, tok.Raw, tok.Str)
		}
	}
}

func TestTokenSequences(t *testing.T) {
	tests := []struct {
		src  string
		want []Kind
		raws []string // optional
	}{
		{"a->b", []Kind{Name, Arrow, Name, EOF}, nil},
		{"a- >b", []Kind{Name, Minus, Gt, Name, EOF}, nil},
		{"a-->b", []Kind{Name, EOF}, nil},
		{"a - -b", []Kind{Name, Minus, Minus, Name, EOF}, nil},
		{"....", []Kind{Ellipsis, Dot, EOF}, nil},
		{"a..b", []Kind{Name, Concat, Name, EOF}, nil},
		{"a.b:c", []Kind{Name, Dot, Name, Colon, Name, EOF}, nil},
		{"<<=", []Kind{Shl, Assign, EOF}, nil},
		{"<=<", []Kind{Le, Lt, EOF}, nil},
		{">>=", []Kind{Shr, Assign, EOF}, nil},
		{">=>", []Kind{Ge, Gt, EOF}, nil},
		{"~==", []Kind{Ne, Assign, EOF}, nil},
		{"~~", []Kind{Tilde, Tilde, EOF}, nil},
		{"===", []Kind{Eq, Assign, EOF}, nil},
		{":::", []Kind{DoubleColon, Colon, EOF}, nil},
		{"///", []Kind{DoubleSlash, Slash, EOF}, nil},
		{"[ [", []Kind{LBracket, LBracket, EOF}, nil},
		{"a[b]", []Kind{Name, LBracket, Name, RBracket, EOF}, nil},
		{"]]", []Kind{RBracket, RBracket, EOF}, nil},
		{"[[]]", []Kind{String, EOF}, nil},
		{"3x", []Kind{Int, Name, EOF}, []string{"3", "x", ""}},
		{"3g", []Kind{Int, Name, EOF}, []string{"3", "g", ""}},
		{"3_", []Kind{Int, Name, EOF}, []string{"3", "_", ""}},
		{"3.x", []Kind{Float, Name, EOF}, []string{"3.", "x", ""}},
		{"0x1e+1", []Kind{Int, Plus, Int, EOF}, []string{"0x1e", "+", "1", ""}},
		{"1e+1+1", []Kind{Float, Plus, Int, EOF}, []string{"1e+1", "+", "1", ""}},
		{"a..5", []Kind{Name, Concat, Int, EOF}, nil},
		{"f'x'", []Kind{Name, String, EOF}, nil},
		{"f[[x]]", []Kind{Name, String, EOF}, nil},
		{"x?:y!", []Kind{Name, Question, Colon, Name, Bang, EOF}, nil},
		{"@a", []Kind{At, Name, EOF}, nil},
		{"--[==[ long\ncomment ]==] x", []Kind{Name, EOF}, nil},
		{"--[==x\ny", []Kind{Name, EOF}, []string{"y", ""}},
		{"--[\ny", []Kind{Name, EOF}, nil},
		{"--\ny", []Kind{Name, EOF}, nil},
		{"--", []Kind{EOF}, nil},
		{"-- x\ry", []Kind{Name, EOF}, nil},
		{"--[[]]y", []Kind{Name, EOF}, nil},
		{"x--[[\n]]--[=[]=]y", []Kind{Name, Name, EOF}, nil},
		{" \t\f\v\r\n", []Kind{EOF}, nil},
		{"", []Kind{EOF}, nil},
	}
	for _, tt := range tests {
		toks, err := lexAll(tt.src)
		if err != nil {
			t.Errorf("%q: %v", tt.src, err)
			continue
		}
		if got := kindsOf(toks); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q: got %v, want %v", tt.src, got, tt.want)
			continue
		}
		for i, raw := range tt.raws {
			if toks[i].Raw != raw {
				t.Errorf("%q: token %d raw %q, want %q", tt.src, i, toks[i].Raw, raw)
			}
		}
	}
}

type numberCase struct {
	src   string
	kind  Kind
	i     int64
	float float64
}

var numberCases = []numberCase{
	{"3", Int, 3, 0},
	{"345", Int, 345, 0},
	{"00012", Int, 12, 0},
	{"0xff", Int, 255, 0},
	{"0XFF", Int, 255, 0},
	{"0xBEBADA", Int, 0xBEBADA, 0},
	{"0x7fffffffffffffff", Int, math.MaxInt64, 0},
	{"0x8000000000000000", Int, math.MinInt64, 0},
	{"0xffffffffffffffff", Int, -1, 0},
	{"0x10000000000000000", Int, 0, 0},  // wraps modulo 2^64
	{"0x1000000000000000F", Int, 15, 0}, // wraps modulo 2^64
	{"9223372036854775807", Int, math.MaxInt64, 0},
	{"9223372036854775808", Float, 0, 9223372036854775808},
	{"18446744073709551616", Float, 0, 18446744073709551616},
	{"100000000000000000000000", Float, 0, 1e23},
	{"3.0", Float, 0, 3},
	{"3.1416", Float, 0, 3.1416},
	{"314.16e-2", Float, 0, 3.1416},
	{"0.31416E1", Float, 0, 3.1416},
	{"34e1", Float, 0, 340},
	{"1e+5", Float, 0, 1e5},
	{"1E-5", Float, 0, 1e-5},
	{".5", Float, 0, 0.5},
	{"5.", Float, 0, 5},
	{"0.1", Float, 0, 0.1},
	{"0x0.1E", Float, 0, 0.1171875},
	{"0xA23p-4", Float, 0, 162.1875},
	{"0X1.921FB54442D18P+1", Float, 0, math.Pi},
	{"0x.8", Float, 0, 0.5},
	{"0x8.", Float, 0, 8},
	{"0x1p4", Float, 0, 16},
	{"0x1P-1", Float, 0, 0.5},
	{"0x1.00000000000008000000001p0", Float, 0, 1.0000000000000002}, // rounds up on sticky bits
	{"0x1.00000000000008p0", Float, 0, 1},                           // ties to even
	{"1e400", Float, 0, math.Inf(1)},
	{"1e-400", Float, 0, 0},
	{"4.9e-324", Float, 0, 5e-324},
	{"0x1p-1074", Float, 0, 5e-324},
}

func TestNumbers(t *testing.T) {
	for _, tt := range numberCases {
		tok := lexOne(t, tt.src)
		if tok.Kind != tt.kind || tok.Raw != tt.src {
			t.Errorf("%q: got %v %q, want %v", tt.src, tok.Kind, tok.Raw, tt.kind)
			continue
		}
		if tt.kind == Int && tok.Int != tt.i {
			t.Errorf("%q: got %d, want %d", tt.src, tok.Int, tt.i)
		}
		if tt.kind == Float && math.Float64bits(tok.Float) != math.Float64bits(tt.float) {
			t.Errorf("%q: got %v, want %v", tt.src, tok.Float, tt.float)
		}
	}
}

type stringCase struct{ src, want string }

var stringCases = []stringCase{
	{`"abc"`, "abc"},
	{`'abc'`, "abc"},
	{`""`, ""},
	{`''`, ""},
	{`"a'b"`, "a'b"},
	{`'a"b'`, `a"b`},
	{"'\xff\x00\x80'", "\xff\x00\x80"},
	{`"\a\b\f\n\r\t\v\\\"\'"`, "\a\b\f\n\r\t\v\\\"'"},
	{`'\a\b\f\n\r\t\v\\\"\''`, "\a\b\f\n\r\t\v\\\"'"},
	{"\"a\\\nb\"", "a\nb"},
	{"\"a\\\r\nb\"", "a\nb"},
	{"\"a\\\n\rb\"", "a\nb"},
	{"\"a\\\rb\"", "a\nb"},
	{"\"a\\\r\\\rb\"", "a\n\nb"},
	{"\"a\\z   \n\t \r\n \v\f b\"", "ab"},
	{`"a\zb"`, "ab"},
	{`"\z"`, ""},
	{`"\x41\x7a\xff\x00\xAb"`, "Az\xff\x00\xab"},
	{`"\65\066\0067\255\0"`, "AB\x067\xff\x00"},
	{`"\1\12\123\1234"`, "\x01\x0c\x7b\x7b4"},
	{`"\u{41}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}"`,
		"A\x7f\u0080\u07ff\u0800\uffff\U00010000\U0010ffff"},
	{`"\u{D800}\u{DFFF}"`, "\xed\xa0\x80\xed\xbf\xbf"},
	{`"\u{0000000041}\u{0}"`, "A\x00"},
	{`"\u{abcd}"`, "\uabcd"},
	{`"x\\y"`, `x\y`},
	{"[[abc]]", "abc"},
	{"[[]]", ""},
	{"[==[a]]b]=]c]==]", "a]]b]=]c"},
	{"[[a]=]b]]", "a]=]b"},
	{"[=[]]]=]", "]]"},
	{"[=[a]==]b]=]", "a]==]b"},
	{"[[\nabc]]", "abc"},
	{"[[\r\nabc]]", "abc"},
	{"[[\n\rabc]]", "abc"},
	{"[[\rabc]]", "abc"},
	{"[[\n\nabc]]", "\nabc"},
	{"[[a\r\nb\n\rc\rd\ne]]", "a\nb\nc\nd\ne"},
	{"[[a\r\r\nb\n\n\rc]]", "a\n\nb\n\nc"},
	{`[[\n\x41"']]`, `\n\x41"'`},
	{"[[a\x00b]]", "a\x00b"},
}

func TestStrings(t *testing.T) {
	for _, tt := range stringCases {
		tok := lexOne(t, tt.src)
		if tok.Kind != String || tok.Str != tt.want || tok.Raw != tt.src {
			t.Errorf("%q: got %v raw %q str %q, want %q", tt.src, tok.Kind, tok.Raw, tok.Str, tt.want)
		}
	}
}

// TestStringsNotShared checks that decoded strings do not alias the
// lexer's scratch buffer.
func TestStringsNotShared(t *testing.T) {
	toks, err := lexAll(`"a\tb" "c\td" [[x` + "\r\n" + `y]] [[p` + "\r" + `q]]`)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a\tb", "c\td", "x\ny", "p\nq"}
	for i, w := range want {
		if toks[i].Str != w {
			t.Errorf("token %d: %q, want %q", i, toks[i].Str, w)
		}
	}
}

func TestPositions(t *testing.T) {
	tests := []struct {
		src   string
		want  []Pos // of every token including EOF
		lines []int // Line() after each token
	}{
		{"a\nb\r\nc\n\rd\re\r\r f", []Pos{{1, 1}, {2, 1}, {3, 1}, {4, 1}, {5, 1}, {7, 2}, {7, 3}},
			[]int{1, 2, 3, 4, 5, 7, 7}},
		{"local x = 10", []Pos{{1, 1}, {1, 7}, {1, 9}, {1, 11}, {1, 13}}, []int{1, 1, 1, 1, 1}},
		{"x = [[\nfoo\nbar]] y", []Pos{{1, 1}, {1, 3}, {1, 5}, {3, 7}, {3, 8}}, []int{1, 1, 3, 3, 3}},
		{"x = \"a\\\nb\\z\n\n  c\" y\n", []Pos{{1, 1}, {1, 3}, {1, 5}, {4, 6}, {5, 1}}, []int{1, 1, 4, 4, 5}},
		{"--[[\n\n]] x --\n y", []Pos{{3, 4}, {4, 2}, {4, 3}}, []int{3, 4, 4}},
		{"\t\tx", []Pos{{1, 3}, {1, 4}}, []int{1, 1}},
		{"\n\n", []Pos{{3, 1}}, []int{3}},
	}
	for _, tt := range tests {
		l := NewString(tt.src, "=t")
		for i, want := range tt.want {
			tok, err := l.Next()
			if err != nil {
				t.Fatalf("%q: %v", tt.src, err)
			}
			if tok.Pos != want || l.Line() != tt.lines[i] {
				t.Errorf("%q token %d (%v %q): pos %v line %d, want %v line %d",
					tt.src, i, tok.Kind, tok.Raw, tok.Pos, l.Line(), want, tt.lines[i])
			}
		}
	}
}

func TestEOFRepeats(t *testing.T) {
	l := NewString("x", "=t")
	l.Next()
	for range 3 {
		tok, err := l.Next()
		if err != nil || tok.Kind != EOF || tok.Pos != (Pos{1, 2}) {
			t.Fatalf("got %v %v %v", tok.Kind, tok.Pos, err)
		}
	}
}

func TestErrorIsSticky(t *testing.T) {
	l := NewString("x\n  = 0x1p$ y", "@f.lua")
	l.Next()
	l.Next()
	tok, err := l.Next()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("got %T %v, want *Error", err, err)
	}
	want := Error{Chunk: "f.lua", Line: 2, Msg: "malformed number", Near: "'0x1p'"}
	if *e != want || tok.Kind != EOF || tok.Pos != (Pos{2, 5}) || tok.Raw != "0x1p" {
		t.Fatalf("got %+v %v %v %q", *e, tok.Kind, tok.Pos, tok.Raw)
	}
	tok2, err2 := l.Next()
	if err2 != err || tok2 != tok {
		t.Fatalf("error not sticky: %v %v", tok2, err2)
	}
}

func TestNew(t *testing.T) {
	src := []byte("abc")
	l := New(src, "=t")
	src[0] = 'x' // the lexer must not see later changes
	tok, err := l.Next()
	if err != nil || tok.Str != "abc" {
		t.Fatalf("got %q %v", tok.Str, err)
	}
}

type errorCase struct{ src, want string }

// errorCases are lexical errors; the chunk name is the source, as with
// load(src). Every expected message is what lua5.3 prints (see
// TestAgainstLua).
var errorCases = []errorCase{
	// Numerals.
	{"x = 0x", `[string "x = 0x"]:1: malformed number near '0x'`},
	{"x = 3e", `[string "x = 3e"]:1: malformed number near '3e'`},
	{"x = 3f", `[string "x = 3f"]:1: malformed number near '3f'`},
	{"x = 3abc", `[string "x = 3abc"]:1: malformed number near '3abc'`},
	{"x = 1..2", `[string "x = 1..2"]:1: malformed number near '1..2'`},
	{"x = 1.2.3", `[string "x = 1.2.3"]:1: malformed number near '1.2.3'`},
	{"x = .0x5", `[string "x = .0x5"]:1: malformed number near '.0x5'`},
	{"x = 1ee+1", `[string "x = 1ee+1"]:1: malformed number near '1ee'`},
	{"x = 1e", `[string "x = 1e"]:1: malformed number near '1e'`},
	{"x = 1e+", `[string "x = 1e+"]:1: malformed number near '1e+'`},
	{"x = 1e-+1", `[string "x = 1e-+1"]:1: malformed number near '1e-'`},
	{"x = 0x.p1", `[string "x = 0x.p1"]:1: malformed number near '0x.p1'`},
	{"x = 0x.", `[string "x = 0x."]:1: malformed number near '0x.'`},
	{"x=0xG", `[string "x=0xG"]:1: malformed number near '0x'`},
	{"x = 0x1p y", `[string "x = 0x1p y"]:1: malformed number near '0x1p'`},
	{"x = 0x1pA", `[string "x = 0x1pA"]:1: malformed number near '0x1pA'`},
	{"x = 1\n\n 2e", `[string "x = 1..."]:3: malformed number near '2e'`},

	// Short strings.
	{`x = "abc`, `[string "x = "abc"]:1: unfinished string near <eof>`},
	{`x = 'abc`, `[string "x = 'abc"]:1: unfinished string near <eof>`},
	{"x = \"abc\ny\"", `[string "x = "abc..."]:1: unfinished string near '"abc'`},
	{"x = 'a\\tb\rc'", "[string \"x = 'a\\tb\rc'\"]:1: unfinished string near ''a\tb'"},
	{`x = "\`, `[string "x = "\"]:1: unfinished string near <eof>`},
	{"x = 'ab\\\n\ncd'", "[string \"x = 'ab\\...\"]:2: unfinished string near ''ab\n'"},
	{"x=1\n\r\n\r\"abc", `[string "x=1..."]:3: unfinished string near <eof>`},
	{"x=1\r\r\"abc", "[string \"x=1\r\r\"abc\"]:3: unfinished string near <eof>"},
	{"x = \"a\\0b\ny\"", `[string "x = "a\0b..."]:1: unfinished string near '"a'`},

	// Escapes.
	{`x = "\q"`, `[string "x = "\q""]:1: invalid escape sequence near '"\q'`},
	{`x = "a\tb\q"`, "[string \"x = \"a\\tb\\q\"\"]:1: invalid escape sequence near '\"a\tb\\q'"},
	{`x = "a\0b\q"`, `[string "x = "a\0b\q""]:1: invalid escape sequence near '"a'`},
	{`x = "\X41"`, `[string "x = "\X41""]:1: invalid escape sequence near '"\X'`},
	{"x=1\r\n\r\n\"abc\\q\"", `[string "x=1` + "\r" + `..."]:3: invalid escape sequence near '"abc\q'`},
	{"x = \"ab\\\n\\q\"", "[string \"x = \"ab\\...\"]:2: invalid escape sequence near '\"ab\n\\q'"},
	{"x = \"ab\\\r\n\\q\"", "[string \"x = \"ab\\\r...\"]:2: invalid escape sequence near '\"ab\n\\q'"},
	{"x = \"ab\\z\n\n\n\\q\"", `[string "x = "ab\z..."]:4: invalid escape sequence near '"ab\q'`},
	{`x = "\xZ"`, `[string "x = "\xZ""]:1: hexadecimal digit expected near '"\xZ'`},
	{`x = "\x5Z"`, `[string "x = "\x5Z""]:1: hexadecimal digit expected near '"\x5Z'`},
	{`x = "\x5"`, `[string "x = "\x5""]:1: hexadecimal digit expected near '"\x5"'`},
	{`x = "\x`, `[string "x = "\x"]:1: hexadecimal digit expected near '"\x'`},
	{`x = "\x5`, `[string "x = "\x5"]:1: hexadecimal digit expected near '"\x5'`},
	{"x = \"\\x\ny\"", "[string \"x = \"\\x...\"]:1: hexadecimal digit expected near '\"\\x\n'"},
	{`x = "\300"`, `[string "x = "\300""]:1: decimal escape too large near '"\300"'`},
	{`x = "\9999"`, `[string "x = "\9999""]:1: decimal escape too large near '"\9999'`},
	{`x = "\256`, `[string "x = "\256"]:1: decimal escape too large near '"\256'`},
	{`x = "\u{110000}"`, `[string "x = "\u{110000}""]:1: UTF-8 value too large near '"\u{110000'`},
	{`x = "\u{7FFFFFFF}"`, `[string "x = "\u{7FFFFFFF}""]:1: UTF-8 value too large near '"\u{7FFFFF'`},
	{`x = "\u{80000000}"`, `[string "x = "\u{80000000}""]:1: UTF-8 value too large near '"\u{800000'`},
	{`x = "\u{10FFFF}\u{110000}"`, "[string \"x = \"\\u{10FFFF}\\u{110000}\"\"]:1: UTF-8 value too large near '\"\U0010ffff\\u{110000'"},
	{`x = "\uX"`, `[string "x = "\uX""]:1: missing '{' near '"\uX'`},
	{`x = "\u`, `[string "x = "\u"]:1: missing '{' near '"\u'`},
	{`x = "\u{12"`, `[string "x = "\u{12""]:1: missing '}' near '"\u{12"'`},
	{`x = "\u{12`, `[string "x = "\u{12"]:1: missing '}' near '"\u{12'`},
	{`x = "\u{}"`, `[string "x = "\u{}""]:1: hexadecimal digit expected near '"\u{}'`},
	{`x = "\u{`, `[string "x = "\u{"]:1: hexadecimal digit expected near '"\u{'`},

	// Long strings and comments.
	{"x = [[abc", `[string "x = [[abc"]:1: unfinished long string (starting at line 1) near <eof>`},
	{"x = [[a]=]", `[string "x = [[a]=]"]:1: unfinished long string (starting at line 1) near <eof>`},
	{"x = [==[a]=]]", `[string "x = [==[a]=]]"]:1: unfinished long string (starting at line 1) near <eof>`},
	{"x=1\n\n[[abc\n\ndef", `[string "x=1..."]:5: unfinished long string (starting at line 3) near <eof>`},
	{"x = [[\r\n\r\n", "[string \"x = [[\r...\"]:3: unfinished long string (starting at line 1) near <eof>"},
	{"--[[abc", `[string "--[[abc"]:1: unfinished long comment (starting at line 1) near <eof>`},
	{"\n--[==[\n\n\n", `[string "..."]:5: unfinished long comment (starting at line 2) near <eof>`},
	{"x = [==x", `[string "x = [==x"]:1: invalid long string delimiter near '[=='`},
	{"x = [=", `[string "x = [="]:1: invalid long string delimiter near '[='`},
	{"x = [=[", `[string "x = [=["]:1: unfinished long string (starting at line 1) near <eof>`},

	// Stray bytes.
	{"x = $", `[string "x = $"]:1: unexpected symbol near '$'`},
	{"x = `", "[string \"x = `\"]:1: unexpected symbol near '`'"},
	{`x = \`, `[string "x = \"]:1: unexpected symbol near '\'`},
	{"x = \x01", "[string \"x = \x01\"]:1: unexpected symbol near '<\\1>'"},
	{"x = \x7f", "[string \"x = \x7f\"]:1: unexpected symbol near '<\\127>'"},
	{"x = \x80", "[string \"x = \x80\"]:1: unexpected symbol near '<\\128>'"},
	{"x = é", "[string \"x = é\"]:1: unexpected symbol near '<\\195>'"},
	{"\n\nx = \x00", `[string "..."]:3: unexpected symbol`},
}

func TestErrors(t *testing.T) {
	for _, tt := range errorCases {
		_, err := lexAll(tt.src)
		if err == nil {
			t.Errorf("%q: no error, want %q", tt.src, tt.want)
			continue
		}
		if _, ok := err.(*Error); !ok {
			t.Errorf("%q: error is %T, want *Error", tt.src, err)
		}
		if err.Error() != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.src, err.Error(), tt.want)
		}
	}
}

func TestTooManyLines(t *testing.T) {
	defer func(n int) { maxLines = n }(maxLines)
	maxLines = 4
	for _, src := range []string{"\n\n\n\nx", "x = [[\n\n\n\n]]", "x = '\\\n\\\n\\z\n\n'", "--[[\n\n\n\n]]"} {
		_, err := lexAll(src)
		want := "[string \"...\"]:4: chunk has too many lines"
		if src[0] == 'x' || src[0] == '-' {
			want = "[string \"" + src[:strings.IndexByte(src, '\n')] + "...\"]:4: chunk has too many lines"
		}
		if err == nil || err.Error() != want {
			t.Errorf("%q: got %v, want %q", src, err, want)
		}
	}
}

type nearCase struct{ src, want string }

var nearCases = []nearCase{
	{"foo", "'foo'"},
	{`"a\tb"`, "'\"a\tb\"'"},
	{`'x'`, "''x''"},
	{"[==[\nab]==]", "'[==[ab]==]'"},
	{"[[a\r\nb]]", "'[[a\nb]]'"},
	{`"a\0b"`, `'"a'`},
	{`"\u{41}"`, `'"A"'`},
	{"3.50", "'3.50'"},
	{".5", "'.5'"},
	{"0x1P4", "'0x1P4'"},
	{"0xffffffffffffffff", "'0xffffffffffffffff'"},
	{"end", "'end'"},
	{"...", "'...'"},
	{"::", "'::'"},
	{")", "')'"},
	{"", "<eof>"},
}

func TestNearText(t *testing.T) {
	for _, tt := range nearCases {
		toks, err := lexAll(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		if got := NearText(toks[0]); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.src, got, tt.want)
		}
	}
	// Tokens built by hand (no Raw) still format sensibly.
	if got := NearText(Token{Kind: Name, Str: "x"}); got != "'x'" {
		t.Errorf("hand-made name: %q", got)
	}
	if got := NearText(Token{Kind: String, Str: "s"}); got != `'"s"'` {
		t.Errorf("hand-made string: %q", got)
	}
}

func TestErrorFormat(t *testing.T) {
	e := &Error{Chunk: "f.lua", Line: 7, Msg: "'=' expected", Near: "'x'"}
	if got := e.Error(); got != "f.lua:7: '=' expected near 'x'" {
		t.Errorf("got %q", got)
	}
	e.Near = ""
	if got := e.Error(); got != "f.lua:7: '=' expected" {
		t.Errorf("got %q", got)
	}
}

var chunkCases = []struct{ name, want string }{
	{"@file.lua", "file.lua"},
	{"=stdin", "stdin"},
	{"@", ""},
	{"=", ""},
	{"", `[string ""]`},
	{"x = 1", `[string "x = 1"]`},
	{"ab\ncd", `[string "ab..."]`},
	{"a\rb", "[string \"a\rb\"]"},
	{"ab\x00cd", `[string "ab"]`},
	{"@a\x00b", "a"},
	{"@" + strings.Repeat("a", 59), strings.Repeat("a", 59)},
	{"@" + strings.Repeat("a", 60), "..." + strings.Repeat("a", 56)},
	{"@" + strings.Repeat("abcdefghij", 7), "..." + strings.Repeat("abcdefghij", 7)[14:]},
	{"=" + strings.Repeat("b", 59), strings.Repeat("b", 59)},
	{"=" + strings.Repeat("b", 60), strings.Repeat("b", 59)},
	{"=" + strings.Repeat("0123456789", 7), strings.Repeat("0123456789", 7)[:59]},
	{strings.Repeat("c", 44), `[string "` + strings.Repeat("c", 44) + `"]`},
	{strings.Repeat("c", 45), `[string "` + strings.Repeat("c", 45) + `..."]`},
	{strings.Repeat("c", 100), `[string "` + strings.Repeat("c", 45) + `..."]`},
	{strings.Repeat("c", 50) + "\nx", `[string "` + strings.Repeat("c", 45) + `..."]`},
}

func TestShortSource(t *testing.T) {
	for _, tt := range chunkCases {
		if got := ShortSource(tt.name); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestSkipShebang(t *testing.T) {
	tests := []struct{ src, want string }{
		{"#!/usr/bin/lua\nx", "\nx"},
		{"#!/usr/bin/lua\r\nx", "\nx"},
		{"#x", "\n"},
		{"#", "\n"},
		{"\xEF\xBB\xBF#!x\ny", "\ny"},
		{"\xEF\xBB\xBFx", "x"},
		{"\xEF\xBBx", "\xEF\xBBx"},
		{"x\n#y", "x\n#y"},
		{" #x", " #x"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := string(SkipShebang([]byte(tt.src))); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.src, got, tt.want)
		}
	}
	toks, err := lexAll(string(SkipShebang([]byte("#!lua\nx"))))
	if err != nil || toks[0].Pos != (Pos{2, 1}) {
		t.Errorf("line numbers not kept: %v %v", toks, err)
	}
}

// luaScript evaluates each case in the mode given as arg[3] and writes the
// results. Input and output are length-prefixed so that any bytes pass.
const luaScript = `
local input = assert(io.open(arg[1], "rb"))
local output = assert(io.open(arg[2], "wb"))
local mode = arg[3]
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local run = {
  err = function(s) local _, e = load(s, s); return e or "OK" end,
  chunk = function(s) local _, e = load("x = $", s); return e or "OK" end,
  near = function(s) local _, e = load("return 1 " .. s, "=n"); return e or "OK" end,
  value = function(s)
    local f, e = load("return " .. s, "=v")
    if not f then return "ERR " .. e end
    local v = f()
    if math.type(v) == "integer" then return "i:" .. v end
    if math.type(v) == "float" then return "f:" .. hex(string.pack("<d", v)) end
    return "s:" .. hex(v)
  end,
}
while true do
  local n = input:read("n")
  if not n then break end
  input:read(1)
  local r = run[mode](n > 0 and input:read(n) or "")
  output:write(#r, "\n", r)
end
output:close()
`

// runLua evaluates cases with lua5.3 in the given mode of luaScript.
func runLua(t *testing.T, mode string, cases []string) []string {
	t.Helper()
	lua, err := exec.LookPath("lua5.3")
	if err != nil {
		t.Skip("lua5.3 not installed")
	}
	dir := t.TempDir()
	var in strings.Builder
	for _, c := range cases {
		fmt.Fprintf(&in, "%d\n%s", len(c), c)
	}
	script, inFile, outFile := filepath.Join(dir, "s.lua"), filepath.Join(dir, "in"), filepath.Join(dir, "out")
	if err := os.WriteFile(script, []byte(luaScript), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(inFile, []byte(in.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(lua, script, inFile, outFile, mode).CombinedOutput(); err != nil {
		t.Fatalf("lua5.3: %v\n%s", err, out)
	}
	data, err := os.ReadFile(outFile)
	if err != nil {
		t.Fatal(err)
	}
	var results []string
	for s := string(data); s != ""; {
		nl := strings.IndexByte(s, '\n')
		n, err := strconv.Atoi(s[:nl])
		if err != nil {
			t.Fatalf("bad lua output %q", s)
		}
		results = append(results, s[nl+1:nl+1+n])
		s = s[nl+1+n:]
	}
	if len(results) != len(cases) {
		t.Fatalf("lua5.3 returned %d results for %d cases", len(results), len(cases))
	}
	return results
}

// TestAgainstLua checks the expectations of the tables above against the
// reference implementation, so that they cannot drift from lua5.3.
func TestAgainstLua(t *testing.T) {
	t.Run("errors", func(t *testing.T) {
		var srcs []string
		for _, c := range errorCases {
			srcs = append(srcs, c.src)
		}
		for i, got := range runLua(t, "err", srcs) {
			if got != errorCases[i].want {
				t.Errorf("%q: lua5.3 says\n %q\nwant %q", srcs[i], got, errorCases[i].want)
			}
		}
	})
	t.Run("chunknames", func(t *testing.T) {
		var names []string
		for _, c := range chunkCases {
			names = append(names, c.name)
		}
		for i, got := range runLua(t, "chunk", names) {
			if want := chunkCases[i].want + ":1: unexpected symbol near '$'"; got != want {
				t.Errorf("%q: lua5.3 says %q, want %q", names[i], got, want)
			}
		}
	})
	t.Run("near", func(t *testing.T) {
		var srcs []string
		for _, c := range nearCases {
			srcs = append(srcs, c.src)
		}
		for i, got := range runLua(t, "near", srcs) {
			_, near, _ := strings.Cut(got, "<eof> expected near ")
			if c := nearCases[i]; c.src == "" {
				if got != "OK" {
					t.Errorf("empty: lua5.3 says %q", got)
				}
			} else if near != c.want {
				t.Errorf("%q: lua5.3 says %q, want near %q", c.src, got, c.want)
			}
		}
	})
	t.Run("values", func(t *testing.T) {
		var srcs, wants []string
		for _, c := range numberCases {
			srcs = append(srcs, c.src)
			if c.kind == Int {
				wants = append(wants, "i:"+strconv.FormatInt(c.i, 10))
			} else {
				var b [8]byte
				binary.LittleEndian.PutUint64(b[:], math.Float64bits(c.float))
				wants = append(wants, "f:"+hex.EncodeToString(b[:]))
			}
		}
		for _, c := range stringCases {
			srcs = append(srcs, c.src)
			wants = append(wants, "s:"+hex.EncodeToString([]byte(c.want)))
		}
		for i, got := range runLua(t, "value", srcs) {
			if got != wants[i] {
				t.Errorf("%q: lua5.3 says %q, want %q", srcs[i], got, wants[i])
			}
		}
	})
}

// TestRandomAgainstLua compares pseudo-random literals built from the bytes
// that matter to the lexer with lua5.3: lexical errors in "x = <literal>"
// must give lua5.3's message, and single literals must have its value.
func TestRandomAgainstLua(t *testing.T) {
	pieces := []string{`"`, `'`, `\`, `\`, "x", "u", "{", "}", "z", "0", "1", "2", "5", "9", "a", "F",
		"e", "E", "p", "P", ".", "+", "-", "\n", "\r", " ", "[", "]", "=", "0x", "\\u{", "\\x", "\x00", "\xff", "g"}
	wrappers := [][2]string{{"", ""}, {`"`, `"`}, {"'", "'"}, {"[[", "]]"}, {"[=[", "]=]"}, {"0x", ""}, {"1", ""}}
	rng := rand.New(rand.NewPCG(1, 2))
	var errSrcs, errWants, valSrcs, valWants []string
	for range 20000 {
		var b strings.Builder
		w := wrappers[rng.IntN(len(wrappers))]
		b.WriteString(w[0])
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		b.WriteString(w[1])
		lit := b.String()
		src := "x = " + lit
		toks, err := lexAll(src)
		switch {
		case err != nil && len(toks) == 2:
			errSrcs, errWants = append(errSrcs, src), append(errWants, err.Error())
		case err == nil && len(toks) == 4 && (toks[2].Kind == String || toks[2].Kind == Int || toks[2].Kind == Float):
			valSrcs, valWants = append(valSrcs, lit), append(valWants, encodeValue(toks[2]))
		}
	}
	t.Logf("%d error cases, %d value cases", len(errSrcs), len(valSrcs))
	if len(errSrcs) < 1000 || len(valSrcs) < 1000 {
		t.Fatalf("generator too weak: %d errors, %d values", len(errSrcs), len(valSrcs))
	}
	for i, got := range runLua(t, "err", errSrcs) {
		if got != errWants[i] {
			t.Errorf("%q:\nlua5.3 %q\nwe     %q", errSrcs[i], got, errWants[i])
		}
	}
	for i, got := range runLua(t, "value", valSrcs) {
		if got != valWants[i] {
			t.Errorf("%q: lua5.3 %q, we %q", valSrcs[i], got, valWants[i])
		}
	}
}

// encodeValue formats a literal's value as luaScript's "value" mode does.
func encodeValue(tok Token) string {
	switch tok.Kind {
	case Int:
		return "i:" + strconv.FormatInt(tok.Int, 10)
	case Float:
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(tok.Float))
		return "f:" + hex.EncodeToString(b[:])
	}
	return "s:" + hex.EncodeToString([]byte(tok.Str))
}

// benchSource is a chunk of ordinary Lua code.
var benchSource = func() string {
	const unit = `-- a comment line
local function fib(n, memo)
  if n < 2 then return n end
  local v = memo[n]
  if v == nil then
    v = fib(n - 1, memo) + fib(n - 2, memo) -- recursion
    memo[n] = v
  end
  return v
end
local t = { name = "value\t1", [[long
string]], 0x1F, 3.25e-3, 'single', x = a.b.c:d(1, 2, ...) }
for i = 1, #t do print(i // 2, i % 3, i ^ 2, i << 1, ~i, t[i] ~= nil and "yes" or "no") end
`
	return strings.Repeat(unit, 2000)
}()

func BenchmarkLexer(b *testing.B) {
	b.SetBytes(int64(len(benchSource)))
	b.ReportAllocs()
	for b.Loop() {
		l := NewString(benchSource, "=bench")
		for {
			tok, err := l.Next()
			if err != nil {
				b.Fatal(err)
			}
			if tok.Kind == EOF {
				break
			}
		}
	}
}
