-- covers: arithmetic metamethods __add __sub __mul __div __mod __pow __unm __idiv
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
local function show(v) return "(" .. tostring(v.x) .. "," .. tostring(v.y) .. ")" end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__div = function(a, b) return vec(a.x / b, a.y / b) end
V.__mod = function(a, b) return vec(a.x % b, a.y % b) end
V.__pow = function(a, b) return vec(a.x ^ b, a.y ^ b) end
V.__unm = function(a, b) return vec(-a.x, -a.y) end
V.__idiv = function(a, b) return vec(a.x // b, a.y // b) end
local a, b = vec(1, 2), vec(3, 4)
print(show(a + b), show(b - a), a * b, show(a * 3), show(2 * b))
print(show(b / 2), show(b % 2), show(a ^ 2), show(-a), show(b // 2))
print(show(a + b + a), show(-(a + b)))
-- operand order is preserved for the metamethod
local log = {}
local L = setmetatable({}, {__sub = function(x, y)
  log[#log + 1] = (type(x) == "table" and "T" or tostring(x)) .. "-" .. (type(y) == "table" and "T" or tostring(y))
  return 0
end})
local _ = L - 1, 1 - L, L - L, "s" - L
print(log[1], log[2], log[3], log[4])
-- right operand's metamethod when left has none
local R = setmetatable({}, {__add = function(x, y) return "right handled" end})
print(1 + R, R + 1, {} + R)
-- numbers that are strings still use coercion before metamethods
print("10" + 5, pcall(function() return "x" + R end))
-- unary minus passes the operand twice
local second
local U = setmetatable({}, {__unm = function(x, y) second = (x == y); return "neg" end})
print(-U, second)
-- metamethod result is not adjusted to boolean or number
local S = setmetatable({}, {__mul = function() return nil end, __div = function() return "str", "ignored" end})
print(S * 1, S / 1)
print(pcall(function() return {} * 2 end))
