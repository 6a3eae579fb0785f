-- covers: Lua 5.3 __le fallback: with no __le, a <= b is computed as not (b < a) via __lt
local calls = {}
local O = {__lt = function(a, b)
  calls[#calls + 1] = a.n .. "<" .. b.n
  return a.n < b.n
end}
local function o(n) return setmetatable({n = n}, O) end
local x, y = o(1), o(2)
print(x <= y, y <= x, x <= x, x >= y, y >= x)
for i = 1, #calls do print(calls[i]) end
-- when __le exists it is preferred over the fallback
local used = {}
local P = {
  __lt = function() used[#used + 1] = "lt"; return false end,
  __le = function() used[#used + 1] = "le"; return true end,
}
local p, q = setmetatable({}, P), setmetatable({}, P)
print(p <= q, p >= q, p < q, #used, used[1], used[2], used[3])
-- fallback result is negated: a __lt that always returns true makes <= always false
local A = {__lt = function() return true end}
local a1, a2 = setmetatable({}, A), setmetatable({}, A)
print(a1 <= a2, a1 >= a2, a1 < a2)
-- neither __le nor __lt: error
print(pcall(function() return setmetatable({}, {}) <= setmetatable({}, {}) end))
-- fallback with mixed types
local M = setmetatable({}, {__lt = function(l, r) return type(l) == "table" end})
print(M <= 1, 1 <= M)
