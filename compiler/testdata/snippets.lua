-- == lines of constructors, loops, comparisons
local t = 
{
  1,
  2
}
while x do
  f()
  break
end
local c = a
  <
  b
print(a,
  b.c)
-- == assignment and constructors
local a = {}
a.x, a = 1, 2
local t = {f(), g(), ...}
local u = {1, 2, x = 3, [4] = 5, h()}
for i = 1, 10 do local y = i; f(function() return y end) end
for k, v in pairs(t) do print(k, v) end
repeat local z = 1; f(function() return z end) until z
return a and b or c
-- == locals and nil merging
local a; local b; local c, d = 1
local e, f, g = 1, 2, 3, 4
local h = nil
local i, j = f()
local k, l, m = ...
local n = ...
a, b = b, a
-- == assignment conflicts
local a = {}
a.x, a = 1, 2
local t, i = {}, 1
i, t[i] = i + 1, 20
t[i], i = 5, 6
local u
function g() u[1], u = 1, 2 end
x, y, z = 1
x.y.z, w = f()
-- == upvalues and closures
local x = 1
local function f()
  local y = 2
  return function(z)
    x = x + y + z
    return x, _ENV
  end
end
function a.b.c:m(p, ...)
  return self, p, ...
end
function a.b.c.n() end
local function rec(n) if n > 0 then return rec(n - 1) end return 0 end
-- == local _ENV
local print = print
do
  local _ENV = {y = 1}
  x = y
  print(x)
  z.w = 3
end
local function f(_ENV) return a + b end
-- == calls and varargs
f()
f(1, 2, 3)
f(g())
f(g(), 1)
f(...)
local t = {...}
local u = {f(), ...}
print(select('#', ...))
o:m(1, 2)
o.p:m "str"
o:m {1, 2}
return f(...)
-- == returns
local function a() return end
local function b() return 1 end
local function c(x) return x end
local function d(x, y) return x, y end
local function e() return (f()) end
local function g() return ... end
local function h(...) return 1, ... end
local function i(o) return o:m(1) end
local function j() return f(), g() end
-- == and or not
local a, b, c
local x = a and b
local y = a or b
local z = a and b or c
local w = not a
local v = not (a and b)
local u = a == b
local s = a ~= b and a < b or a >= b
local r = not not a
local q = (a or b) and (c or a)
local p = a and 1 or 2
local o = nil and a
local n = 1 and a
local m = false or a
local l = a < 1
local k = 1 < a
local j2 = "x" == a
if a and b then f() end
if a or b then f() end
if not a then f() end
if a == 1 then f() elseif a > 2 then g() else h() end
if a < b and b <= c or c > a then f() end
while a and not b do a = f() end
-- == comparisons as values
local a, b = 1, 2
t.x = a < b
t[a > b] = a <= b
f(a == b, a ~= b)
return a >= b
-- == numeric for
for i = 1, 10 do print(i) end
for i = 10, 1, -1 do print(i) end
for i = a, b, c do local j = i * 2; f(j) end
for i = 1.0, 2 do end
for i = 1, 3 do local x; f(function() return x + i end) end
-- == generic for
for k, v in pairs(t) do print(k, v) end
for k in next, t do end
for a, b, c, d in f() do local e = a end
for _, v in ipairs(t) do f(function() return v end) end
for k, v in f(), g() do end
for k, v in f, s, c, d do end
-- == while repeat
local i = 0
while i < 10 do i = i + 1 end
while true do if i then break end end
repeat i = i - 1 until i == 0
repeat local z = i; i = z - 1 until z < 0
repeat local z = i; f(function() return z end) until z
repeat local y; if f() then break end until false
while f() do local y; g(function() return y end); if y then break end end
-- == goto and labels
for i = 1, 3 do
  for j = 1, 3 do
    if j == 2 then goto continue end
    print(i, j)
    ::continue::
  end
end
do
  goto skip
  print("no")
  ::skip::
end
local k = 0
::top::
k = k + 1
if k < 3 then goto top end
do
  local x
  ::a::
  local y = function() return x end
  if y then goto a end
end
while true do
  local z
  f(function() return z end)
  goto out
end
::out::
-- == tables
local t = {}
local u = {1, 2, 3}
local v = {x = 1, y = 2, [3] = 4, "a", "b"}
local w = {f()}
local x = {f(), g()}
local y = {...}
local z = {[f()] = g(), h()}
local n = {{1}, {2, {3}}}
local m = {x = {y = {z = 1}}}
local s = {1; 2; 3,}
local q = {a = nil, b = true, c = false, [1.5] = 2, [-1] = 3}
-- == big constructor
local t = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63,64,65,66,67,68,69,70,71,72,73,74,75,76,77,78,79,80,81,82,83,84,85,86,87,88,89,90,91,92,93,94,95,96,97,98,99,100,101,102,f()}
local u = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50, x = 1, 51}
local v = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,...}
-- == arithmetic and folding
local a = 1 + 2
local b = 2 ^ 2
local c = 10 // 3
local d = 10 // 0
local e = 10 % 0
local f = 1 / 0
local g = 0 / 0
local h = 1.0 // 0
local i = 3 & 1.0
local j = 3 & 1.5
local k = 1 << 63
local l = 1 << 64
local m = -(-9223372036854775807 - 1)
local n = 9223372036854775807 + 1
local o = - 0.0
local p = 0.0 * 1
local q = -1 * 0.0
local r = "1" + 2
local s = 2 ^ 0.5
local t = 7 % -3
local u = -7 % 3
local v = 7.5 % -2
local w = ~0
local x = ~1.5
local y = -(1 + 2) * 3
local z = 5 // -2
local aa = 5.0 // -2
local ab = 1 - 1.0
local ac = 3 >> 1
local ad = -1 >> 1
local ae = 1 << -1
local af = 2 >> -1
local ag = 1e308 * 10
local ah = -1e308 * 10
local ai = a + 1
local aj = 1 + a
local ak = a + b * c - d / e
local al = a .. b .. c
local am = (a .. b) .. c
local an = #a + -b + ~c
local ao = a + (1 + 2)
local ap = 1 + 2 + a
local aq = a + 1 + 2
local ar = 2 ^ 3 ^ 2
local as = -2 ^ 2
local at = not 1
local au = not nil
local av = -"2"
local aw = 1 + true
local ax = 3 % math.huge
local ay = -3 % math.huge
local az = 5 % -math.huge
-- == string methods and concat
local s = "x"
local t = s:upper() .. s:rep(3) .. ("y"):len()
print(("%d"):format(3))
local u = "a" .. 1 .. 2.5
local v = s .. s .. s .. s
-- == multiple assignment from calls
local a, b, c = f()
a, b, c = f()
a, b = f(), g()
a, b, c = 1, f()
a.x, b.y = f()
a, b = ...
a, b, c, d = 1, ...
-- == nested functions and upvalue chains
local a = 1
local function f1()
  local b = 2
  local function f2()
    local c = 3
    local function f3()
      return a + b + c
    end
    return f3
  end
  return f2
end
local g = function(...) local x = {...}; return #x end
-- == method definition and self
local obj = {}
function obj:get() return self.v end
function obj.set(self, v) self.v = v end
function obj:chain() return self:get():x():y() end
-- == parenthesized and truncation
local a = (f())
local b, c = (f())
local d = (...)
f((g()))
return (f())
-- == index chains
local a = t.x.y.z
local b = t[1][2][3]
local c = t["x"][y][z.w]
t.x.y.z = 1
t[f()][g()] = h()
local d = t[a + 1]
local e = t.x:m().y
-- == empty
-- == only return
return
-- == return many
return 1, 2, 3
-- == long concat
local x = a .. b .. c .. d .. e .. f .. g .. h
-- == deep if
if a then
  if b then
    local x = 1
  else
    local y = 2
  end
elseif c then
  return
else
  f()
end
-- == break jump lines
while x do
  f()
  break
end
for i = 1, 2 do
  if i then
    break
  end
end
-- == multi-line call
print(a,
  b.c,
  d)
f(
  function()
    return 1
  end)
local t = {
  x = 1,
  y = f(
    2),
  [3] =
    4,
}
-- == multi-line binary
local x = a
  + b
  * c
local y = a
  and b
  or c
local z = a <
  b
return x ..
  y ..
  z
-- == gotos with captured locals
do
  local a = 1
  f(function() return a end)
  do
    local b = 2
    f(function() return b end)
    if b then goto out end
    goto out
  end
  ::out::
end
::back::
do
  local c = 3
  f(function() return c end)
  if c then goto back end
end
for i = 1, 3 do
  local d = i
  f(function() return d end)
  if d then goto next end
  g()
  ::next::
end
repeat
  local e = 1
  f(function() return e end)
  if e then goto cont end
  local z
  ::cont::
until e
-- == constant conditions
while false do f() end
if nil then f() end
if true then f() else g() end
repeat f() until true
repeat f() until nil
if 1 < 2 then f() end
if "a" == "a" then f() end
local x = 1 < 2 and 3 or 4
local y = nil and f() or g()
local z = not (1 == 1)
while 1 do break end
-- == long conditions
if a and b and c and d or e and f or g then h() end
local v = a or b or c or d
local w = a and b and c and d
while (a or b) and not (c or d) do e() end
if a == 1 or a == 2 or a == 3 then f() end
local u = (a and b) or (c and d) or (e and f)
-- == upvalue stores
local u, v
local function f()
  u = a and b
  v = u or 1
  u, v = v, u
  u = v .. u
end
-- == varargs in the middle
local t = {..., 1}
local s = {1, ..., 2, ...}
f(..., 1)
local a, b, c = ..., 1
return ...
-- == nested local _ENV
local function outer()
  local _ENV = {}
  local function inner() x = 1; return y end
  return inner
end
local function other() return z end
function g(_ENV) return function() return w end end
-- == string method calls
local a = ("x"):len()
local b = ("%d"):format(1):rep(2)
local c = s:sub(1, 2):upper()
-- == recursion and loops
for i = 1, 2 do
  local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
  print(fact(i))
end
local i = 0
while true do
  i = i + 1
  local function g() return i end
  if i > 3 then break end
end
-- == tokens alone on later lines: ')' ']' ',' 'do' 'then'
local t, k = {}, 1
print(t.a,
  t.b
)
local x = t[k
]
local y = (t.c
)
f(t.a
  , t.b
  ,
  t.c)
local p, q = t.a
  , t.b
return_v = t[k]
  .d
for i = 1, t.n
do
  print(i)
end
for k2, v2 in pairs(t)
do end
while t.ok
do end
if t.a
then print(1)
elseif t.b
then
  print(2)
else
end
-- == method call arguments on a later line
local o = {}
o:m
(1, 2)
o:m
"s"
o:m
{1}
local r = o:n(o.a
)
-- == multi-line strings
local s1 = [[
a
b]]
local s2 = "a\
b" .. x
local s3 = "a\z
   b"
f([[
]], t.a)
f[[
x]]
o:m[[
y]]
local tt = { [[
a]], x, "b\
c"; y }
for w in [[
a]]:gmatch(".") do print(w) end
-- == varargs and tables after tokens on other lines
local a1 =
  ...
local a2, a3 =
  {
    1 }, ...
f(
  ...)
local a4 = { x,
  ...
}
-- == function lines
local function lf
(a)
  return a
end
local af = function
(b) return b end
local function lf2
() end
-- == break and goto after separators
while true do
  x = 1
  ;
  break
end
for i = 1, 2 do
  goto cont
  ::cont::
end
-- == table separators on their own lines
local tb = {
  x
  , y
  ; z
  , t.a
  , f()
}
local tc = { a
}
