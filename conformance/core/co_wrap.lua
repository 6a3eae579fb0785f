-- covers: coroutine.wrap: generators, passing values, error propagation, dead generators
local gen = coroutine.wrap(function(n)
  for i = 1, n do coroutine.yield(i, i * i) end
  return "end"
end)
print(gen(3))
print(gen())
print(gen())
print(gen())
print(pcall(gen))
-- values passed into the wrapped function
local acc = coroutine.wrap(function(first)
  local total = first
  while true do
    local v = coroutine.yield(total)
    total = total + v
  end
end)
print(acc(1), acc(2), acc(3), acc(4))
-- errors inside wrap propagate to the caller (string errors get the caller position)
local failing = coroutine.wrap(function() error("inside wrap") end)
print(pcall(failing))
local failing2 = coroutine.wrap(function() error("no position", 0) end)
print(pcall(failing2))
local failing3 = coroutine.wrap(function() error({code = 1}) end)
local ok, e = pcall(failing3)
print(ok, type(e), e.code)
local failing4 = coroutine.wrap(function() local x; return x.y end)
print(pcall(failing4))
-- wrap of a non-function
print(pcall(coroutine.wrap, 42))
-- wrap returns a function
print(type(coroutine.wrap(print)))
-- generator used in a for loop
local function range(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local sum = 0
for v in range(100) do sum = sum + v end
print(sum)
