-- covers: functions produced by load: upvalues (_ENV), independent instances, nested loads
local code = [[
local count = 0
return function(step)
  count = count + (step or 1)
  return count
end
]]
local mk = load(code, "=counter")
local c1, c2 = mk(), mk()
print(c1(), c1(5), c2(), c1())
-- a chunk that itself calls load
local outer = load([[
local inner = load("return 1 + ...")
return inner(41)
]])
print(outer())
-- loaded code sees globals at call time, not load time
local g = load("return late_global")
print(g())
late_global = "defined later"
print(g())
late_global = nil
-- load with an environment shared with the caller's table
local env = {results = {}}
local f = load("for i = 1, 3 do results[i] = i * i end return #results", "=fill", "t", env)
print(f(), env.results[3])
-- errors at runtime in loaded code report the chunk name and line
local bad = load("local a = 1\nlocal b = nil\nreturn a + b", "=calc")
print(pcall(bad))
local bad2 = load("return undefined_fn()", "@mychunk.lua")
print(pcall(bad2))
-- a loaded function's string representation type
print(type(load("return 1")))
-- load of an empty chunk returns a function that returns nothing
print(select("#", load("")()))
-- loading a chunk that returns a function returning varargs
print(load("return function(...) return select('#', ...) end")()(1, 2, 3))
