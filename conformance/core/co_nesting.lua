-- covers: deep coroutine nesting (a chain of 100 coroutines resuming each other)
local function chain(depth)
  if depth == 0 then
    return coroutine.create(function(x)
      local y = coroutine.yield(x + 1)
      return y * 2
    end)
  end
  local inner = chain(depth - 1)
  return coroutine.create(function(x)
    local ok, v = coroutine.resume(inner, x + 1)
    local y = coroutine.yield(v)
    local ok2, w = coroutine.resume(inner, y)
    return w
  end)
end
local top = chain(100)
print(coroutine.resume(top, 0))
print(coroutine.resume(top, 21))
print(coroutine.status(top))
-- recursion inside a coroutine nested in other coroutines
local function nest(n)
  if n == 0 then return coroutine.running() ~= nil and "bottom" end
  local co = coroutine.wrap(function() return nest(n - 1) end)
  return co()
end
print(nest(150))
-- yields passing through a stack of wraps: each level re-yields what it receives
local function relay(n)
  if n == 0 then
    return coroutine.wrap(function() for i = 1, 3 do coroutine.yield("v" .. i) end return "end" end)
  end
  local below = relay(n - 1)
  return coroutine.wrap(function()
    while true do
      local v = below()
      if v == "end" then return "end" end
      coroutine.yield(v .. "<" .. n)
    end
  end)
end
local r = relay(3)
print(r())
print(r())
print(r())
print(r())
