-- covers: coroutine.create/resume/yield basics and values passed in both directions
local co = coroutine.create(function(a, b)
  print("started with", a, b)
  local c = coroutine.yield(a + b)
  print("resumed with", c)
  local d, e = coroutine.yield(c * 2)
  print("resumed again with", d, e)
  return "finished", d + e
end)
print(type(co))
print(coroutine.resume(co, 1, 2))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 3, 4))
print(coroutine.resume(co))
print(coroutine.status(co))
-- yield with no values and resume with no values
local co2 = coroutine.create(function(...)
  print("args", select("#", ...))
  print("yield returned", select("#", coroutine.yield()))
  return
end)
print(coroutine.resume(co2))
print(coroutine.resume(co2))
-- many values through yield
local co3 = coroutine.create(function()
  coroutine.yield(1, 2, 3, nil, 5)
  return nil, nil
end)
print(select("#", coroutine.resume(co3)))
print(select("#", coroutine.resume(co3)))
-- extra resume arguments on first resume become the function parameters
local co4 = coroutine.create(function(...) return ... end)
print(coroutine.resume(co4, "a", "b", "c"))
