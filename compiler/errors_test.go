package compiler

import (
	"strconv"
	"strings"
	"testing"
)

// Compile errors. Every expected message was produced by lua5.3 with
// load(src) (chunk name: the source) or load(src, "=src").

func names(prefix string, n int, sep string) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = prefix + strconv.Itoa(i+1)
	}
	return strings.Join(parts, sep)
}

func TestGotoErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"goto x", `[string "goto x"]:1: no visible label 'x' for <goto> at line 1`},
		{"break", `[string "break"]:1: <break> at line 1 not inside a loop`},
		{"::a:: ::a::", `[string "::a:: ::a::"]:1: label 'a' already defined on line 1`},
		{"do goto x; local y; ::x:: print(y) end", `[string "do goto x; local y; ::x:: print(y) end"]:1: <goto x> at line 1 jumps into the scope of local 'y'`},
		{"local x\n::a::\nlocal y\n goto a\n::a::", `[string "local x..."]:5: label 'a' already defined on line 2`},
		{"local function f()\n  goto x\nend\nprint(1)", `[string "local function f()..."]:4: no visible label 'x' for <goto> at line 2`},
		{"local function f()\n  goto x\nend\n", `[string "local function f()..."]:4: no visible label 'x' for <goto> at line 2`},
		{"f(function()\n  goto x\nend,\n2)", `[string "f(function()..."]:3: no visible label 'x' for <goto> at line 2`},
		{"local x = 1\ngoto y\nlocal z\n::y::\nprint(z)\n", `[string "local x = 1..."]:5: <goto y> at line 2 jumps into the scope of local 'z'`},
		// In a repeat body a trailing label is still inside the scope of
		// the body's locals (until sees them).
		{"repeat local x; goto l; local y ::l:: until x", `[string "repeat local x; goto l; local y ::l:: until x..."]:1: <goto l> at line 1 jumps into the scope of local 'y'`},
		{"repeat goto l; local y ::l:: until y", `[string "repeat goto l; local y ::l:: until y"]:1: <goto l> at line 1 jumps into the scope of local 'y'`},
		// Elsewhere it is outside, even when followed by other labels.
		{"do goto l; local y ::l:: end", ""},
		{"do goto l; local y ::l:: ::m:: end", ""},
		{"do goto l; local y ::l:: ; ::m:: end", ""},
		{"do goto l; local y ::l:: print(1) end", `[string "do goto l; local y ::l:: print(1) end"]:1: <goto l> at line 1 jumps into the scope of local 'y'`},
		{"if x then\n  break\nend", `[string "if x then..."]:3: <break> at line 2 not inside a loop`},
		{"while x do end\nbreak", `[string "while x do end..."]:2: <break> at line 2 not inside a loop`},
		{"for i = 1, 2 do local function f() break end end", `[string "for i = 1, 2 do local function f() break end ..."]:1: <break> at line 1 not inside a loop`},
		{"goto a; do ::a:: end", `[string "goto a; do ::a:: end"]:1: no visible label 'a' for <goto> at line 1`},
		{"do ::a:: end goto a", `[string "do ::a:: end goto a"]:1: no visible label 'a' for <goto> at line 1`},
		{"::a:: do ::a:: end", ""},
		{"local a\n\n\ngoto x\n\n\nlocal b\n\n::x::\n\nprint(b)\n", `[string "local a..."]:11: <goto x> at line 4 jumps into the scope of local 'b'`},
		{"while true do\n  goto continue\n  local a = 1\n  ::continue::\nend", ""},
		{"while true do\n  goto continue\n  local a = 1\n  ::continue::\n  print(a)\nend", `[string "while true do..."]:5: <goto continue> at line 2 jumps into the scope of local 'a'`},
		{"for i=1,2 do\n if i then goto l end\n local z\n ::l::\n z = 1\nend", `[string "for i=1,2 do..."]:5: <goto l> at line 2 jumps into the scope of local 'z'`},
		{"f = function(...) return function() return ... end end", `[string "f = function(...) return function() return ....."]:1: cannot use '...' outside a vararg function near '...'`},
		{"function f() return ... end", `[string "function f() return ... end"]:1: cannot use '...' outside a vararg function near '...'`},
	}
	for _, tt := range tests {
		checkCompileError(t, tt.src, tt.src, tt.want)
	}
}

func TestLimitErrors(t *testing.T) {
	upvals := func() string {
		const lim = 127
		var s strings.Builder
		s.WriteString("local function fooA ()\n  local ")
		for j := 1; j <= lim; j++ {
			s.WriteString("a" + strconv.Itoa(j) + ", ")
		}
		s.WriteString("b,c\nlocal function fooB ()\n  local ")
		for i := 1; i <= lim; i++ {
			s.WriteString("b" + strconv.Itoa(i) + ", ")
		}
		s.WriteString("b\nfunction fooC () return b+c")
		for j := 1; j <= lim; j++ {
			s.WriteString("+a" + strconv.Itoa(j) + "+b" + strconv.Itoa(j))
		}
		s.WriteString("\nend  end end")
		return s.String()
	}
	tests := []struct{ src, want string }{
		{"local " + names("a", 201, ", "), "src:1: too many local variables (limit is 200) in main function near <eof>"},
		{"local " + names("a", 201, ", ") + " = 1", "src:1: too many local variables (limit is 200) in main function near '='"},
		{"local " + names("a", 200, ", ") + "\nlocal b", "src:2: too many local variables (limit is 200) in main function near <eof>"},
		{"\nfunction foo ()\n  local " + names("a", 300, ", ") + ", b\nend", "src:3: too many local variables (limit is 200) in function at line 2 near ','"},
		{"local function f(" + names("p", 201, ", ") + ") end", "src:1: too many local variables (limit is 200) in function at line 1 near ')'"},
		{"local " + names("a", 199, ", ") + "\nfor i = 1, 2 do end", "src:2: too many local variables (limit is 200) in main function near '='"},
		{"local " + names("a", 198, ", ") + "\nfor k, v in pairs(t) do end", "src:2: too many local variables (limit is 200) in main function near ','"},
		{"local " + names("a", 200, ", ") + "\nlocal function g() end", "src:2: too many local variables (limit is 200) in main function near '('"},
		{"local " + names("a", 200, ", ") + "\nfunction g(x) end", ""},
		{"f(" + names("", 300, ",") + ")", "src:1: function or expression needs too many registers near '255'"},
		{"f(" + strings.Repeat("1,", 300) + "1)", "src:1: function or expression needs too many registers near '1'"},
		{"local t = {" + strings.Repeat("1,", 300) + "}", ""},
		{upvals(), "src:6: too many upvalues (limit is 255) in function at line 5 near 'end'"},
	}
	for _, tt := range tests {
		checkCompileError(t, tt.src, "=src", tt.want)
	}
}

// checkCompileError compiles src and checks the error message (want ""
// means success).
func checkCompileError(t *testing.T, src, chunkname, want string) {
	t.Helper()
	_, err := compileSource(t, src, chunkname)
	got := ""
	if err != nil {
		got = err.Error()
	}
	if got != want {
		short := src
		if len(short) > 60 {
			short = short[:60] + "..."
		}
		t.Errorf("compile %q:\n got: %s\nwant: %s", short, got, want)
	}
}
