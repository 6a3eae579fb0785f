-- covers: uncaught error with a table value (no __tostring): the standalone interpreter
-- reports "(error object is a table value)"
print("start")
local function thrower()
  error({code = 500, reason = "internal"})
end
local ok, e = pcall(thrower)
print("caught first", ok, e.code, e.reason)
-- the same table object is delivered, not a copy
local obj = {}
local ok2, e2 = pcall(error, obj)
print(ok2, e2 == obj)
-- a table with a metatable but no __tostring
local withmeta = setmetatable({}, {__index = {kind = "meta"}})
local _, e3 = pcall(error, withmeta)
print(e3.kind, getmetatable(e3) ~= nil)
-- error tables travel through coroutines unchanged
local co = coroutine.create(function() error(obj) end)
local _, e4 = coroutine.resume(co)
print(e4 == obj)
thrower()
print("never printed")
