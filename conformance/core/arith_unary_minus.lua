-- covers: unary minus on ints, floats, strings, wrap-around of the minimum integer
print(-1, - 1, -(1), -(-1), - - 1)
print(-0, -0.0, -(0.0), 0.0 * -1)
print(-1.5, -(-1.5), -1e300)
local mi = -0x7fffffffffffffff - 1
print(mi, -mi, -mi == mi)
local ma = 0x7fffffffffffffff
print(-ma, -ma - 1 == mi)
print(-"3", -"3.0", -" 4 ")
local t = {v = 8}
print(-t.v, -(t.v + 1))
local function neg(x) return -x end
print(neg(5), neg(-5), neg(2.5), neg(0))
print(2 - -2, 2 - - -2, -2 ^ 2, -(2 ^ 2))
print(pcall(function() local x = nil; return -x end))
print(pcall(function() return -{} end))
print(pcall(function() local s = "abc"; return -s end))
print(pcall(function() return -t.missing end))
-- unary minus in expressions with other operators
local a, b = 3, 4
print(-a + b, -a * -b, -(a - b), -a ^ 2, (-a) ^ 2, - -a - -b)
