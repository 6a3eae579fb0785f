-- covers: __lt and __le metamethods, > and >= swap operands, result to boolean
local log = {}
local O = {}
O.__lt = function(a, b) log[#log + 1] = "lt(" .. a.n .. "," .. b.n .. ")"; return a.n < b.n end
O.__le = function(a, b) log[#log + 1] = "le(" .. a.n .. "," .. b.n .. ")"; return a.n <= b.n end
local function o(n) return setmetatable({n = n}, O) end
local one, two = o(1), o(2)
print(one < two, one > two, one <= two, one >= two, two <= two)
for i = 1, #log do print(log[i]) end
-- result of the metamethod is converted to boolean
local T = {__lt = function() return 1 end, __le = function() return nil end}
local t1, t2 = setmetatable({}, T), setmetatable({}, T)
print(t1 < t2, t1 <= t2, t1 > t2, t1 >= t2)
-- mixed operand types use the metamethod of either operand
local M = setmetatable({}, {__lt = function(a, b) return type(a) == "number" end})
print(1 < M, M < 1, M > 1, "s" < M)
-- sorting objects with __lt through an insertion sort
local items = {o(5), o(3), o(9), o(1), o(7)}
for i = 2, #items do
  local v, j = items[i], i - 1
  while j >= 1 and v < items[j] do items[j + 1] = items[j]; j = j - 1 end
  items[j + 1] = v
end
local out = {}
for i = 1, #items do out[i] = items[i].n end
print(out[1], out[2], out[3], out[4], out[5])
-- the left operand's __lt is enough; with no __lt at all the error mentions the types
print(pcall(function() return setmetatable({}, {__lt = function() return true end}) < {} end))
print(pcall(function() return {} < setmetatable({}, {}) end))
print(pcall(function() return {} <= {} end))
-- errors in __lt propagate
print(pcall(function() return setmetatable({}, {__lt = function() error("lt boom", 0) end}) < {} end))
