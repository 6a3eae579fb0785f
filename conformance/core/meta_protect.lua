-- covers: __metatable field: getmetatable returns it, setmetatable refuses to change it
local mt = {__metatable = "locked", __index = {x = 1}}
local t = setmetatable({}, mt)
print(getmetatable(t), t.x)
print(pcall(setmetatable, t, {}))
print(pcall(setmetatable, t, nil))
-- __metatable can be any value, including false
local f = setmetatable({}, {__metatable = false})
print(getmetatable(f))
print(pcall(setmetatable, f, {}))
local tbl = {}
local g = setmetatable({}, {__metatable = tbl})
print(getmetatable(g) == tbl)
-- without __metatable the metatable can be replaced and removed
local m1, m2 = {}, {}
local u = setmetatable({}, m1)
print(getmetatable(u) == m1)
setmetatable(u, m2)
print(getmetatable(u) == m2)
setmetatable(u, nil)
print(getmetatable(u))
-- setmetatable returns its first argument
local r = {}
print(setmetatable(r, {}) == r)
-- argument errors
print(pcall(setmetatable, 1, {}))
print(pcall(setmetatable, {}, 1))
print(pcall(setmetatable, {}))
print(pcall(setmetatable))
print(pcall(getmetatable))
-- metatables of non-tables via getmetatable
print(getmetatable(nil), getmetatable(true), getmetatable(print), getmetatable(12))
-- adding __metatable after the fact also protects
local late = {}
local lt = setmetatable({}, late)
late.__metatable = "now locked"
print(getmetatable(lt), pcall(setmetatable, lt, {}))
