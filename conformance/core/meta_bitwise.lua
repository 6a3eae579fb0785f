-- covers: bitwise metamethods __band __bor __bxor __shl __shr __bnot
local B = {}
local function box(v) return setmetatable({v = v}, B) end
local function val(x) if type(x) == "table" then return x.v end return x end
B.__band = function(a, b) return box(val(a) & val(b)) end
B.__bor = function(a, b) return box(val(a) | val(b)) end
B.__bxor = function(a, b) return box(val(a) ~ val(b)) end
B.__shl = function(a, b) return box(val(a) << val(b)) end
B.__shr = function(a, b) return box(val(a) >> val(b)) end
B.__bnot = function(a, b) return box(~val(a)) end
local x, y = box(12), box(10)
print((x & y).v, (x | y).v, (x ~ y).v, (x << 2).v, (x >> 2).v, (~x).v)
print((3 & x).v, (1 << y).v, (x | 1 | 2).v)
-- metamethod is also used when a float operand cannot be converted
local F = setmetatable({}, {__bor = function(a, b) return "bor:" .. tostring(type(a)) .. "," .. tostring(type(b)) end})
print(F | 1.5, 1.5 | F, "abc" | F)
-- without metamethods: error names the operation
print(pcall(function() return {} & 1 end))
-- strings convertible to integers are converted, no metamethod needed
print("6" & "3", "0x0f" | 0x30, ~"0")
-- __bnot receives the operand twice (as with __unm)
local same
local N = setmetatable({}, {__bnot = function(a, b) same = rawequal(a, b); return 0 end})
print(~N, same)
-- mixing arithmetic and bitwise metamethods
local M = setmetatable({}, {
  __add = function() return 1 end,
  __shl = function() return 2 end,
})
print(M + 0, M << 0, pcall(function() return M >> 0 end))
