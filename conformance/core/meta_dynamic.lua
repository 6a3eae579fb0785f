-- covers: metatable changes take effect immediately; metamethods looked up on each operation
local mt = {}
local a = setmetatable({}, mt)
print(pcall(function() return a + 1 end))
mt.__add = function() return "added" end
print(a + 1)
mt.__add = function() return "changed" end
print(a + 1)
mt.__add = nil
print(pcall(function() return a + 1 end))
-- adding __index later
print(a.x)
mt.__index = {x = "late"}
print(a.x)
-- the same metatable shared by two objects
local b = setmetatable({}, mt)
mt.__index = function(_, k) return k .. "!" end
print(a.y, b.z)
-- swapping metatables of an object
local m1 = {__tostring = function() return "m1" end}
local m2 = {__tostring = function() return "m2" end}
local obj = setmetatable({}, m1)
print(tostring(obj))
setmetatable(obj, m2)
print(tostring(obj))
-- metatable of a metatable is irrelevant for metamethod lookup (rawget semantics)
local meta = setmetatable({}, {__index = {__add = function() return "inherited add" end}})
local c = setmetatable({}, meta)
print(pcall(function() return c + 1 end))
-- a metamethod field set to a callable table is not a function
local callable = setmetatable({}, {__call = function() return "callable add" end})
local d = setmetatable({}, {__add = callable})
print(pcall(function() return d + 1 end))
-- __call looked up at call time
local e = setmetatable({}, {})
print(pcall(e))
getmetatable(e).__call = function() return "now callable" end
print(e())
