local V = {}
V.__add = function(a, b) return a end
local v = setmetatable({x = 1}, V)
local w = v + v
local s = v .. "x"
print(w, s)
