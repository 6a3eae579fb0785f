-- covers: unusual but valid syntax: semicolons, call sugar, parenthesised calls, comments
local t = {};;;
t.f = function(self, x) return x end;
print(t:f(1));
print(t.f(t, 2)) print(t:f(3))
local s = {n = function(_, x) return "n" .. x end}
print(s:n"str", s:n[[long]], s.n(nil, 7))
print(#{n = 1, 2, 3;}, #{1;2,})
local function id(...) return ... end
print(id(id)(id)("chained calls"))
print((id)(1), ((id))(2))
local a = {b = {c = {d = function() return "deep" end}}}
print(a.b.c.d(), a["b"]["c"]["d"](), (a).b.c.d())
-- a newline before an argument list still continues the call
local r = id
(5)
print(r)
-- comments everywhere
local --[[ inline ]] x --[==[ another ]==] = --[[ value ]] 10 -- trailing
print(x)
-- keywords as field names via brackets and strings
local kw = {["end"] = 1, ["while"] = 2, ["nil"] = 3}
print(kw["end"], kw["while"], kw["nil"])
-- numeric literal followed by .. needs a space: 1 ..2
print(1 ..2, 1.5 .."x")
-- empty function bodies and returns
local function e() end
local function r2() return end
print(e(), r2(), select("#", e()), select("#", r2()))
-- return with parentheses and semicolon
local function p() return (1); end
print(p())
-- nested functions in table constructors
local ops = {add = function(a, b) return a + b end, ["sub"] = function(a, b) return a - b end}
print(ops.add(2, 3), ops.sub(2, 3))
-- method definitions in nested tables
local obj = {inner = {}}
function obj.inner:hello() return self == obj.inner end
print(obj.inner:hello())
-- long string as call argument and in table
print(#[==[
x]==], ({[[a]], [=[b]=]})[2])
do ; end
if true then ; end
while false do ; end
print("done")
