package compiler

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"wippylua/bytecode"
)

// Instruction sequences of representative programs. The expectations are
// luac5.3 -l's listings of the same programs (instruction columns only,
// one string per function in listing order), so they hold whether or not
// luac5.3 is installed.

var listedInstr = regexp.MustCompile(`^\t\d+\t\[[-\d]+\]\t(.*)$`)

// listCode returns the instructions of every function of p as luac -l
// prints them (operands only, no line, no comment), one string per
// function.
func listCode(p *bytecode.Proto) []string {
	var b bytes.Buffer
	bytecode.List(&b, luacStyle(p), false)
	var funcs []string
	var cur []string
	flush := func() {
		if cur != nil {
			funcs = append(funcs, strings.Join(cur, "\n"))
		}
		cur = []string{}
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.HasPrefix(line, "main <") || strings.HasPrefix(line, "function <") {
			flush()
			continue
		}
		if m := listedInstr.FindStringSubmatch(line); m != nil {
			ins := m[1]
			if i := strings.Index(ins, "\t;"); i >= 0 {
				ins = ins[:i]
			}
			cur = append(cur, strings.Join(strings.Fields(ins), " "))
		}
	}
	flush()
	return funcs
}

// normCode trims the indentation of an expectation.
func normCode(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}

func TestCodegen(t *testing.T) {
	for _, tt := range codegenTests {
		p, err := compileSource(t, tt.src, "=test")
		if err != nil {
			t.Errorf("%s: %v", tt.src, err)
			continue
		}
		got := listCode(p)
		if len(got) != len(tt.want) {
			t.Errorf("%s: %d functions, want %d", tt.src, len(got), len(tt.want))
			continue
		}
		for i := range got {
			if want := normCode(tt.want[i]); got[i] != want {
				t.Errorf("%s: function %d:\n--- got\n%s\n--- want (luac5.3)\n%s", tt.src, i, got[i], want)
			}
		}
	}
}

var codegenTests = []struct {
	src  string
	want []string
}{
	{
		src: `print("hello")
`,
		want: []string{
			`GETTABUP 0 0 -1
			LOADK 1 -2
			CALL 0 2 1
			RETURN 0 1`,
		},
	},
	{
		src: `local a, b = 1
local c = a + b
`,
		want: []string{
			`LOADK 0 -1
			LOADNIL 1 0
			ADD 2 0 1
			RETURN 0 1`,
		},
	},
	{
		src: `local a; local b; local c = nil
`,
		want: []string{
			`LOADNIL 0 2
			RETURN 0 1`,
		},
	},
	{
		src: `local t = {}
t.x, t = 1, 2
`,
		want: []string{
			`NEWTABLE 0 0 0
			MOVE 1 0
			LOADK 2 -2
			LOADK 0 -3
			SETTABLE 1 -1 2
			RETURN 0 1`,
		},
	},
	{
		src: `local t, i = {}, 1
i, t[i] = i + 1, 20
`,
		want: []string{
			`NEWTABLE 0 0 0
			LOADK 1 -1
			ADD 2 1 -1
			SETTABLE 0 1 -2
			MOVE 1 2
			RETURN 0 1`,
		},
	},
	{
		src: `return f(x)
`,
		want: []string{
			`GETTABUP 0 0 -1
			GETTABUP 1 0 -2
			TAILCALL 0 2 0
			RETURN 0 0
			RETURN 0 1`,
		},
	},
	{
		src: `return o:m(x, ...)
`,
		want: []string{
			`GETTABUP 0 0 -1
			SELF 0 0 -2
			GETTABUP 2 0 -3
			VARARG 3 0
			TAILCALL 0 0 0
			RETURN 0 0
			RETURN 0 1`,
		},
	},
	{
		src: `local a = x and y or z
`,
		want: []string{
			`GETTABUP 0 0 -1
			TEST 0 0
			JMP 0 3
			GETTABUP 0 0 -2
			TEST 0 1
			JMP 0 1
			GETTABUP 0 0 -3
			RETURN 0 1`,
		},
	},
	{
		src: `if a > b then f() end
`,
		want: []string{
			`GETTABUP 0 0 -1
			GETTABUP 1 0 -2
			LT 0 1 0
			JMP 0 2
			GETTABUP 0 0 -3
			CALL 0 1 1
			RETURN 0 1`,
		},
	},
	{
		src: `if not (a <= 1) or b ~= "s" then f() else g() end
`,
		want: []string{
			`GETTABUP 0 0 -1
			LE 0 0 -2
			JMP 0 3
			GETTABUP 0 0 -3
			EQ 1 0 -4
			JMP 0 3
			GETTABUP 0 0 -5
			CALL 0 1 1
			JMP 0 2
			GETTABUP 0 0 -6
			CALL 0 1 1
			RETURN 0 1`,
		},
	},
	{
		src: `local v = a == b
`,
		want: []string{
			`GETTABUP 0 0 -1
			GETTABUP 1 0 -2
			EQ 1 0 1
			JMP 0 1
			LOADBOOL 0 0 1
			LOADBOOL 0 1 0
			RETURN 0 1`,
		},
	},
	{
		src: `for i = 1, 3 do f(function() return i end) end
`,
		want: []string{
			`LOADK 0 -1
			LOADK 1 -2
			LOADK 2 -1
			FORPREP 0 4
			GETTABUP 4 0 -3
			CLOSURE 5 0
			CALL 4 2 1
			JMP 4 0
			FORLOOP 0 -5
			RETURN 0 1`,
			`GETUPVAL 0 0
			RETURN 0 2
			RETURN 0 1`,
		},
	},
	{
		src: `for k, v in pairs(t) do print(k, v) end
`,
		want: []string{
			`GETTABUP 0 0 -1
			GETTABUP 1 0 -2
			CALL 0 2 4
			JMP 0 4
			GETTABUP 5 0 -3
			MOVE 6 3
			MOVE 7 4
			CALL 5 3 1
			TFORCALL 0 2
			TFORLOOP 2 -6
			RETURN 0 1`,
		},
	},
	{
		src: `repeat local z = f(); g(function() return z end) until z
`,
		want: []string{
			`GETTABUP 0 0 -1
			CALL 0 1 2
			GETTABUP 1 0 -2
			CLOSURE 2 0
			CALL 1 2 1
			TEST 0 0
			JMP 1 -7
			JMP 1 0
			RETURN 0 1`,
			`GETUPVAL 0 0
			RETURN 0 2
			RETURN 0 1`,
		},
	},
	{
		src: `for i = 1, 3 do
  if i == 2 then goto continue end
  print(i)
  ::continue::
end
`,
		want: []string{
			`LOADK 0 -1
			LOADK 1 -2
			LOADK 2 -1
			FORPREP 0 5
			EQ 1 3 -3
			JMP 0 3
			GETTABUP 4 0 -4
			MOVE 5 3
			CALL 4 2 1
			FORLOOP 0 -6
			RETURN 0 1`,
		},
	},
	{
		src: `local t = {...}
return select('#', ...)
`,
		want: []string{
			`NEWTABLE 0 0 0
			VARARG 1 0
			SETLIST 0 0 1
			GETTABUP 1 0 -1
			LOADK 2 -2
			VARARG 3 0
			TAILCALL 1 0 0
			RETURN 1 0
			RETURN 0 1`,
		},
	},
	{
		src: `local t = {1, 2, 3, x = 4, [5] = 6, f()}
`,
		want: []string{
			`NEWTABLE 0 3 2
			LOADK 1 -1
			LOADK 2 -2
			LOADK 3 -3
			SETTABLE 0 -4 -5
			SETTABLE 0 -6 -7
			GETTABUP 4 0 -8
			CALL 4 1 0
			SETLIST 0 0 1
			RETURN 0 1`,
		},
	},
	{
		src: `local _ENV = {}
x = y
`,
		want: []string{
			`NEWTABLE 0 0 0
			GETTABLE 1 0 -2
			SETTABLE 0 -1 1
			RETURN 0 1`,
		},
	},
	{
		src: `local a = (f())
local b = (...)
`,
		want: []string{
			`GETTABUP 0 0 -1
			CALL 0 1 2
			VARARG 1 2
			RETURN 0 1`,
		},
	},
	{
		src: `local o = {}
function o:m(a) return self, a end
`,
		want: []string{
			`NEWTABLE 0 0 0
			CLOSURE 1 0
			SETTABLE 0 -1 1
			RETURN 0 1`,
			`MOVE 2 0
			MOVE 3 1
			RETURN 2 3
			RETURN 0 1`,
		},
	},
	{
		src: `while x do
  local y = f()
  if y then break end
  g(function() return y end)
end
`,
		want: []string{
			`GETTABUP 0 0 -1
			TEST 0 0
			JMP 0 9
			GETTABUP 0 0 -2
			CALL 0 1 2
			TEST 0 1
			JMP 1 5
			GETTABUP 1 0 -3
			CLOSURE 2 0
			CALL 1 2 1
			JMP 1 -11
			JMP 0 -12
			RETURN 0 1`,
			`GETUPVAL 0 0
			RETURN 0 2
			RETURN 0 1`,
		},
	},
	{
		src: `local s = a .. b .. c .. "d"
`,
		want: []string{
			`GETTABUP 0 0 -1
			GETTABUP 1 0 -2
			GETTABUP 2 0 -3
			LOADK 3 -4
			CONCAT 0 0 3
			RETURN 0 1`,
		},
	},
	{
		src: `local u = 1
local function get() return u end
local function set(v) u = v end
`,
		want: []string{
			`LOADK 0 -1
			CLOSURE 1 0
			CLOSURE 2 1
			RETURN 0 1`,
			`GETUPVAL 0 0
			RETURN 0 2
			RETURN 0 1`,
			`SETUPVAL 0 0
			RETURN 0 1`,
		},
	},
	{
		src: `local a = {}
a[1], a[2], a[3] = f()
`,
		want: []string{
			`NEWTABLE 0 0 0
			GETTABUP 1 0 -4
			CALL 1 1 4
			SETTABLE 0 -3 3
			SETTABLE 0 -2 2
			SETTABLE 0 -1 1
			RETURN 0 1`,
		},
	},
}
