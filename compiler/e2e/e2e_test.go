package e2e_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"wippylua"
	"wippylua/stdlib"
	"wippylua/vm"
)

// End-to-end tests: programs whose behaviour depends on the code
// generator (evaluation order, scoping, closures, multiple results, tail
// calls, folding, variable names and lines in error messages), run on the
// VM. The expected output is lua5.3's for the same files.

// load parses and compiles source text (the loader the VM needs).
var load = wippylua.Compile

// run executes src as file name and returns what it printed, or the error.
func run(t *testing.T, name, src string) (out string) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("panic: ", r)
		}
	}()
	s := vm.NewState()
	s.SetLoader(load)
	var b bytes.Buffer
	s.Stdout = &b
	stdlib.Open(s, stdlib.Standard)
	fn, err := s.Load([]byte(src), "@"+name, "t", nil)
	if err != nil {
		return "load error: " + err.Error()
	}
	if _, err := s.MainThread().Call(fn); err != nil {
		return b.String() + "error: " + err.Error()
	}
	return b.String()
}

func TestEndToEnd(t *testing.T) {
	for _, tt := range e2eTests {
		if got := run(t, tt.name, tt.src); got != tt.want {
			t.Errorf("%s:\n%s\n--- got\n%s--- want (lua5.3)\n%s", tt.name, tt.src, got, tt.want)
		}
	}
}

var e2eTests = []struct{ name, src, want string }{
	{"e00.lua", `local a, b, c = 1, 2
print(a, b, c)
local t = {}
t.x, t = 1, 2
print(t)
local u, i = {}, 1
i, u[i] = i + 1, 20
print(i, u[1], u[2])
local x, y = 1, 2
x, y = y, x
print(x, y)
`,
		`1	2	nil
2
2	20	nil
2	1
`},
	{"e01.lua", `local fs = {}
for i = 1, 3 do local j = i * 10; fs[#fs + 1] = function() return i, j end end
for k, v in ipairs({"a", "b"}) do fs[#fs + 1] = function() return k, v end end
local n = 0
while n < 2 do n = n + 1; local m = n; fs[#fs + 1] = function() return m end end
repeat local r = n; fs[#fs + 1] = function() return r end; n = n - 1 until r == 1
for _, f in ipairs(fs) do print(f()) end
`,
		`1	10
2	20
3	30
1	a
2	b
1
2
2
1
`},
	{"e02.lua", `local fs = {}
for i = 1, 5 do
  local v = i
  fs[i] = function() return v end
  if i == 3 then break end
end
print(#fs, fs[1](), fs[3]())
local k = 0
::top::
do
  local v = k
  fs[k] = function() return v end
  k = k + 1
  if k < 3 then goto top end
end
print(fs[0](), fs[1](), fs[2]())
`,
		`3	1	3
0	1	2
`},
	{"e03.lua", `for i = 1, 4 do
  if i % 2 == 0 then goto continue end
  print("odd", i)
  ::continue::
end
`,
		`odd	1
odd	3
`},
	{"e04.lua", `local function f(...) return ... end
local function g() return 1, 2, 3 end
print(f(g()))
print((f(g())))
print(f(g(), 10))
print(({g(), g()})[4], #{g(), g()})
print(select('#', f()), select('#', f(nil, nil)))
local t = {f(1, 2, 3)}
print(#t)
local big = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,g()}
print(#big, big[50], big[51], big[58])
`,
		`1	2	3
1
1	10
3	4
0	2
3
58	50	51	3
`},
	{"e05.lua", `local function count(n) if n == 0 then return "done" end return count(n - 1) end
print(count(100000))
local o = {n = 0}
function o:step(k) if k == 0 then return self.n end self.n = self.n + 1 return self:step(k - 1) end
print(o:step(50000))
`,
		`done
50000
`},
	{"e06.lua", `local a, b = nil, 0
print(a and 1, b and 1, a or "x", b or "x", not a, not b)
print(1 < 2, 2 <= 1, "a" < "b", 1 == 1.0, 1 ~= 2)
local x = 5
print(x > 3 and "big" or "small", x > 10 and "big" or "small")
if not (x < 3) and x ~= 4 then print("yes") end
print(nil == false, (nil or false) == false)
`,
		`nil	1	x	0	true	false
true	false	true	true	true
big	small
yes
false	true
`},
	{"e07.lua", `print(1 + 2, 2 ^ 2, 7 // 2, 7 % -3, -7 % 3, 7.5 % -2, 1 << 63, 1 << 64, ~0, 3 & 1.0)
print(9223372036854775807 + 1 == -9223372036854775807 - 1, 9223372036854775807 + 1)
print(pcall(function() return 1 // 0 end))
print(1 / 0, -1 / 0, 0/0 ~= 0/0, -0.0)
print(pcall(function() return 1 & 1.5 end))
`,
		`3	4.0	3	-2	2	-0.5	-9223372036854775808	0	-1	1
true	-9223372036854775808
false	e07.lua:3: attempt to divide by zero
inf	-inf	true	-0.0
false	e07.lua:5: number has no integer representation
`},
	{"e08.lua", `local print = print
do
  local _ENV = {y = 41}
  x = y + 1
  print(x, _ENV.x)
end
local function f(_ENV) return a + b end
print(f({a = 1, b = 2}))
`,
		`42	42
3
`},
	{"e09.lua", `local t = setmetatable({}, {__index = function(_, k) return k end})
print(t.foo, t[1])
local s = "abc"
local o = {v = 3}
function o:get(k) return self.v + k end
print(o:get(1), ({v = 1}).v, #s .. "!")
local r = 0
for i = 10, 1, -3 do r = r + i end
print(r)
for i = 1, 0 do print("never") end
for i = 1.0, 2 do print(i) end
`,
		`foo	1
4	1	3!
22
1.0
2.0
`},
	{"e10.lua", `print(pcall(function() local t; return t.x end))
print(pcall(function() return undefinedfn() end))
print(pcall(function() local t = {} return t.x.y end))
print(pcall(function() local t = {} t:nomethod() end))
print(pcall(function() local u = nil; return (function() return u.x end)() end))
print(pcall(function() return ("x") + 1 end))
print(pcall(function() local a = {} return a < 1 end))
print(pcall(function() for i = 1, "x" do end end))
print(pcall(function() for i = 1, 2, {} do end end))
print(pcall(function() return #5 end))
print(pcall(function() local t = {} return t.a.b.c end))
`,
		`false	e10.lua:1: attempt to index a nil value (local 't')
false	e10.lua:2: attempt to call a nil value (global 'undefinedfn')
false	e10.lua:3: attempt to index a nil value (field 'x')
false	e10.lua:4: attempt to call a nil value (method 'nomethod')
false	e10.lua:5: attempt to index a nil value (upvalue 'u')
false	e10.lua:6: attempt to perform arithmetic on a string value
false	e10.lua:7: attempt to compare table with number
false	e10.lua:8: 'for' limit must be a number
false	e10.lua:9: 'for' step must be a number
false	e10.lua:10: attempt to get length of a number value
false	e10.lua:11: attempt to index a nil value (field 'a')
`},
	{"e11.lua", `local function f()
  local x = nil
  return x
    .field
end
print(pcall(f))
local function g(t)
  return t.a +
    t.b
end
print(pcall(g, {a = 1}))
local function h()
  error("here")
end
print(pcall(h))
`,
		`false	e11.lua:4: attempt to index a nil value (local 'x')
false	e11.lua:8: attempt to perform arithmetic on a nil value (field 'b')
false	e11.lua:13: here
`},
	{"e12.lua", `local t = {}
t[1], t[2], t[3] = (function() return 1, 2, 3 end)()
print(t[1], t[2], t[3])
local a, b, c = (function() return 1, 2, 3 end)()
print(a, b, c)
local d, e = ...
print(d, e)
local s = ""
local function words(t) local i = 0 return function() i = i + 1 return t[i] end end
for w in words({"one", "two", "three"}) do s = s .. w .. "," end
print(s)
`,
		`1	2	3
1	2	3
nil	nil
one,two,three,
`},
	{"e13.lua", `local i = 1
repeat
  local j = i
  i = i + 1
until j >= 3
print(i)
local n = 0
while true do
  n = n + 1
  if n > 5 then break end
end
print(n)
`,
		`4
6
`},
}

// TestManyConstants runs a function with more constants than lua5.3's RK
// operands can name (256): constants past that limit are still used
// directly as operands (see bytecode.MaxRKConst).
func TestManyConstants(t *testing.T) {
	var b strings.Builder
	b.WriteString("local t = {}\nlocal s = 0\n")
	want := 0
	for i := range 400 {
		fmt.Fprintf(&b, "t.k%d = %d; s = s + %d * 2\n", i, i+1000, i+1000)
		want += (i + 1000) * 2
	}
	b.WriteString("local n = 0\nfor k, v in pairs(t) do n = n + 1 end\n")
	b.WriteString("print(s, n, t.k0, t.k399, t.k399 == 1399, 1399 == t.k399)\n")
	got := run(t, "many.lua", b.String())
	if exp := fmt.Sprintf("%d\t400\t1000\t1399\ttrue\ttrue\n", want); got != exp {
		t.Errorf("got %q, want %q", got, exp)
	}
}
