package compiler

import (
	"strconv"
	"strings"
	"testing"

	"wippylua/bytecode"
)

// Line information. Each instruction carries the line of the last token
// lua5.3's parser had read when it emitted the instruction, except that
// operators get the operator's line and calls the line where the called
// expression starts. The expectations are luac5.3 -l's line columns
// ("OP line" per instruction, one string per function).

var lineTests = []struct {
	src  string
	want []string
}{
	{`local t =
{
  1,
  2
}
`, []string{`NEWTABLE 1; LOADK 3; LOADK 5; SETLIST 5; RETURN 5`}},
	{`while x do
  f()
  break
end
`, []string{`GETTABUP 1; TEST 1; JMP 1; GETTABUP 2; CALL 2; JMP 2; JMP 3; RETURN 4`}},
	{`local c = a
  <
  b
`, []string{`GETTABUP 2; GETTABUP 3; LT 3; JMP 3; LOADBOOL 3; LOADBOOL 3; RETURN 3`}},
	{`local x = a
  + b
  * c
`, []string{`GETTABUP 2; GETTABUP 3; GETTABUP 3; MUL 3; ADD 2; RETURN 3`}},
	{`local s = a ..
  b ..
  c
`, []string{`GETTABUP 1; GETTABUP 2; GETTABUP 3; CONCAT 2; RETURN 3`}},
	{`local y = a
  and b
  or c
`, []string{`GETTABUP 2; TEST 2; JMP 2; GETTABUP 2; TEST 3; JMP 3; GETTABUP 3; RETURN 3`}},
	{`obj
  .field
  .method(1)
`, []string{`GETTABUP 1; GETTABLE 2; GETTABLE 3; LOADK 3; CALL 1; RETURN 3`}},
	{`obj:method(
  1)
`, []string{`GETTABUP 1; SELF 1; LOADK 2; CALL 1; RETURN 2`}},
	{`f(
  function()
    return 1
  end)
`, []string{`GETTABUP 1; CLOSURE 4; CALL 1; RETURN 4`, `LOADK 3; RETURN 3; RETURN 4`}},
	{`function m.n
  .o()
  return 1
end
`, []string{`GETTABUP 1; GETTABLE 1; CLOSURE 4; SETTABLE 1; RETURN 4`, `LOADK 3; RETURN 3; RETURN 4`}},
	{`for i = 1,
  3 do
  print(i)
end
for k, v in
  pairs(t) do
end
`, []string{`LOADK 1; LOADK 2; LOADK 2; FORPREP 2; GETTABUP 3; MOVE 3; CALL 3; FORLOOP 1; GETTABUP 6; GETTABUP 6; CALL 6; JMP 6; TFORCALL 6; TFORLOOP 6; RETURN 7`}},
	{`local t = {
  x = 1,
  y,
  [f()] = 2,
}
`, []string{`NEWTABLE 1; SETTABLE 2; GETTABUP 3; GETTABUP 4; CALL 4; SETTABLE 4; SETLIST 5; RETURN 5`}},
	{`if a then
  b()
elseif c then
  d()
else
  e()
end
`, []string{`GETTABUP 1; TEST 1; JMP 1; GETTABUP 2; CALL 2; JMP 2; GETTABUP 3; TEST 3; JMP 3; GETTABUP 4; CALL 4; JMP 4; GETTABUP 6; CALL 6; RETURN 7`}},
	{`return
  f(x)
`, []string{`GETTABUP 2; GETTABUP 2; TAILCALL 2; RETURN 2; RETURN 2`}},
	{`local a = -
  b
local c = not
  d
`, []string{`GETTABUP 2; UNM 1; GETTABUP 4; NOT 4; RETURN 4`}},
	{`repeat
  local x = f()
until
  x
`, []string{`GETTABUP 2; CALL 2; TEST 4; JMP 4; RETURN 4`}},
}

// opLines renders the opcodes and lines of every function of p.
func opLines(p *bytecode.Proto, out []string) []string {
	parts := make([]string, len(p.Code))
	for pc, i := range p.Code {
		parts[pc] = i.Op().String() + " " + strconv.Itoa(int(p.LineInfo[pc]))
	}
	out = append(out, strings.Join(parts, "; "))
	for _, c := range p.Protos {
		out = opLines(c, out)
	}
	return out
}

func TestLineInfo(t *testing.T) {
	for _, tt := range lineTests {
		p, err := compileSource(t, tt.src, "=lines")
		if err != nil {
			t.Errorf("%s: %v", tt.src, err)
			continue
		}
		got := opLines(p, nil)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
}
