-- covers: debug.traceback with messages and levels, getlocal/getinfo on a
-- suspended coroutine, non-string messages, debug.setmetatable on numbers
local co = coroutine.create(function(a)
  local inner = a * 2
  coroutine.yield(inner)
end)
coroutine.resume(co, 21)
print(debug.getlocal(co, 1, 1))
print(debug.getlocal(co, 1, 2))
print(debug.traceback(co))
print(debug.traceback(co, "hi"))
print(debug.traceback(co, "lvl", 1))
print(debug.getinfo(co, 1, "l").currentline)
print(type(debug.traceback({})), debug.traceback(nil) ~= nil)
print(select('#', debug.getlocal(co, 1, 10)))
local function a() return debug.traceback("from a", 1) end
local function b() return a() .. "" end
print(b())
print(debug.traceback("top", 2))
print(debug.setmetatable(10, {__index = {twice = function(n) return n * 2 end}}))
print((5):twice(), (2.5):twice())
debug.setmetatable(10, nil)
print(pcall(function() return (5):twice() end))
print(debug.getmetatable(setmetatable({}, {__metatable = "locked"})).__metatable)
print(type(debug.getregistry()))
