-- covers: coroutine edge cases: yield in nested calls, returns, wrap inside wrap, recursion
local function deep(n)
  if n == 0 then return coroutine.yield("bottom") end
  return deep(n - 1) .. "+" .. n
end
local co = coroutine.create(function() return deep(5) end)
print(coroutine.resume(co))
print(coroutine.resume(co, "v"))
-- coroutine returning many values including nils
local co2 = coroutine.create(function() return 1, nil, 3, nil end)
print(select("#", coroutine.resume(co2)))
-- same function in two coroutines has independent state
local function counter()
  local n = 0
  while true do n = n + 1; coroutine.yield(n) end
end
local c1, c2 = coroutine.wrap(counter), coroutine.wrap(counter)
print(c1(), c1(), c2(), c1(), c2())
-- wrap inside wrap
local outer = coroutine.wrap(function()
  local inner = coroutine.wrap(function() coroutine.yield("inner1"); coroutine.yield("inner2") end)
  coroutine.yield("outer got " .. inner())
  coroutine.yield("outer got " .. inner())
end)
print(outer())
print(outer())
-- closures created inside a coroutine survive it
local maker = coroutine.wrap(function()
  local secret = "kept"
  coroutine.yield(function() return secret end)
end)
local f = maker()
print(f())
-- upvalues shared between a coroutine and the main thread
local shared = 0
local inc = coroutine.wrap(function() while true do shared = shared + 1; coroutine.yield() end end)
inc(); inc(); inc()
print(shared)
-- coroutine body that is a vararg function
local co3 = coroutine.create(function(...)
  local n = select("#", ...)
  local more = {coroutine.yield(n)}
  return #more, ...
end)
print(coroutine.resume(co3, "a", "b"))
print(coroutine.resume(co3, 1, 2, 3))
-- a coroutine that yields its own status
local co4
co4 = coroutine.create(function() coroutine.yield(coroutine.status(co4)) end)
print(coroutine.resume(co4))
print(coroutine.resume(co4))
print(coroutine.resume(co4))
-- tail call inside a coroutine
local co5 = coroutine.wrap(function(n)
  local function loop(i) if i == 0 then return "tail ok" end return loop(i - 1) end
  return loop(n)
end)
print(co5(100000))
