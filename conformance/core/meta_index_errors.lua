-- covers: errors raised inside metamethods and about metamethods
local t = setmetatable({}, {__index = function(_, k) error("missing key " .. tostring(k)) end})
print(pcall(function() return t.alpha end))
local lvl2 = setmetatable({}, {__index = function(_, k) error("level2 " .. k, 2) end})
print(pcall(function() return lvl2.beta end))
local nonstr = setmetatable({}, {__index = function() error({code = 7}) end})
local ok, e = pcall(function() return nonstr.x end)
print(ok, type(e), e.code)
-- __index set to a non-table non-function value
local weird = setmetatable({}, {__index = 5})
print(pcall(function() return weird.x end))
-- __newindex set to a non-callable
local wn = setmetatable({}, {__newindex = true})
print(pcall(function() wn.x = 1 end))
-- arithmetic metamethod errors
local A = setmetatable({}, {__add = function(a, b) return a.v + b end})
print(pcall(function() return A + 1 end))
-- error objects thrown by metamethods keep their value
local E = setmetatable({}, {__concat = function() error(setmetatable({}, {__tostring = function() return "custom error" end})) end})
local ok2, e2 = pcall(function() return E .. "x" end)
print(ok2, tostring(e2))
-- __call that errors
local C = setmetatable({}, {__call = function(self, x) error("call failed with " .. x) end})
print(pcall(C, "arg"))
