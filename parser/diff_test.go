package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wippylua/lexer"
)

// plainCorpus is a plain Lua 5.3 program that touches every production of
// the grammar. TestAgainstLua53 breaks it in many ways and compares the
// resulting messages with the reference interpreter's.
const plainCorpus = `-- every statement
local a, b, c = 1, 2.5, "s"
local t = {1, 2; x = 3, ["y"] = 4, [5] = {6}, f = function(self, ...) return ... end,}
a, t.x, t["y"] = b, c, a
t.f(t, 1):g "x" {y = 1} [1] = nil
local function fact(n) if n <= 1 then return 1 else return n * fact(n - 1) end end
function t.h(x, y) return x // y, x % y, x ^ y, -x, not x, #t, ~x end
function t:m(...) local z = 1; return self, ... end
do local x = a .. b .. c; x = (x) end
while a < b and b > c or a == c do a = a + 1; break end
repeat local q = a until q ~= nil
for i = 1, 10, 2 do goto continue ::continue:: end
for k, v in pairs(t) do print(k, v) end
if a then elseif b then else end
::top:: ;
local s = [[long
string]] .. [==[another]==] .. 'q\'uote' .. "\"esc\"\n"
local n = 0x10 + 1e3 + 0x1p4 + 3 | 4 & 5 ~ 6 << 1 >> 2
local f = function(x, y, ...) return select('#', ...) end
return f(a, b)
`

// tokenSpans returns the byte offsets of the tokens of src.
func tokenSpans(src string) [][2]int {
	var spans [][2]int
	lx := lexer.NewString(src, "=t")
	lines := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			lines = append(lines, i+1)
		}
	}
	for {
		tok, err := lx.Next()
		if err != nil || tok.Kind == lexer.EOF {
			return spans
		}
		start := lines[tok.Pos.Line-1] + tok.Pos.Column - 1
		spans = append(spans, [2]int{start, start + len(tok.Raw)})
	}
}

// mutants derives broken programs from src: every prefix at a token
// boundary, and src with each token deleted, doubled, or swapped with the
// next one.
func mutants(src string) []string {
	spans := tokenSpans(src)
	var out []string
	for i, sp := range spans {
		out = append(out,
			src[:sp[1]],
			src[:sp[0]]+" "+src[sp[1]:],
			src[:sp[1]]+" "+src[sp[0]:],
		)
		if i+1 < len(spans) {
			nx := spans[i+1]
			out = append(out, src[:sp[0]]+src[nx[0]:nx[1]]+" "+src[sp[0]:sp[1]]+src[nx[1]:])
		}
	}
	return out
}

// TestAgainstLua53 compares the parser with lua5.3 on plain Lua: the
// corpus above and its mutants, and the conformance suite's programs and
// their prefixes. Every message must match byte for byte, except the ones
// that lua5.3 reports while parsing but that belong to the compiler here.
func TestAgainstLua53(t *testing.T) {
	srcs := append([]string{plainCorpus}, mutants(plainCorpus)...)
	files, _ := filepath.Glob("../conformance/*/*.lua")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		srcs = append(srcs, src)
		// A sample of the prefixes keeps the test fast.
		step := max(1, len(src)/40)
		for i := 0; i < len(src); i += step {
			srcs = append(srcs, src[:i])
		}
	}
	want := lua53Load(t, srcs)
	if want[0] != "" {
		t.Fatalf("the corpus itself does not load: %s", want[0])
	}
	bad := 0
	for i, src := range srcs {
		got := ""
		if _, err := parseT(src); err != nil {
			got = err.Error()
		}
		if isCompilerError(want[i]) {
			continue
		}
		if got != want[i] {
			if bad++; bad <= 20 {
				tail := src
				if len(tail) > 80 {
					tail = "..." + tail[len(tail)-80:]
				}
				t.Errorf("%q\n got %s\nwant %s", tail, got, want[i])
			}
		}
	}
	t.Logf("%d sources compared", len(srcs))
}

func TestMutantsExist(t *testing.T) {
	if n := len(mutants(plainCorpus)); n < 1000 {
		t.Errorf("only %d mutants", n)
	}
	if !strings.Contains(plainCorpus, "goto") {
		t.Error("corpus lost its goto")
	}
}
