-- covers: __index as a table, chains of __index tables, raw access bypass
local base = {greet = "hello", n = 1}
local mid = setmetatable({mid = "m", n = 2}, {__index = base})
local top = setmetatable({}, {__index = mid})
print(top.greet, top.mid, top.n, top.missing)
print(rawget(top, "greet"), rawget(mid, "n"))
top.n = 3
print(top.n, mid.n, base.n)
top.n = nil
print(top.n)
-- __index is only consulted for absent keys
local d = setmetatable({present = false}, {__index = {present = true, other = "o"}})
print(d.present, d.other)
-- long chain
local chain = {leaf = "found"}
for i = 1, 50 do chain = setmetatable({}, {__index = chain}) end
print(chain.leaf, chain.nothing)
-- integer keys through __index
local arr = setmetatable({}, {__index = {10, 20, 30}})
print(arr[1], arr[3], arr[4], #arr)
-- metatable shared by many tables
local mt = {__index = {kind = "shared"}}
local a, b = setmetatable({}, mt), setmetatable({kind = "own"}, mt)
print(a.kind, b.kind)
mt.__index = {kind = "replaced"}
print(a.kind, b.kind)
-- removing __index
mt.__index = nil
print(a.kind)
-- getmetatable returns the metatable
print(getmetatable(a) == mt, getmetatable({}), getmetatable(1))
