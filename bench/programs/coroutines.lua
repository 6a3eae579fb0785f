-- coroutines: switching between coroutines with resume/yield and with
-- coroutine.wrap, passing values both ways, and creating many
-- short-lived coroutines.

-- 1. A generator made with wrap.
local function range(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
  end)
end
local sum = 0
for round = 1, 18 do
  for v in range(100000) do sum = sum + v % 7 end
end
print(string.format("wrap generator: %d", sum))

-- 2. resume/yield with values going both ways: an accumulator that
-- receives numbers and yields its running total.
local acc = coroutine.create(function(first)
  local total = first
  while true do
    local x = coroutine.yield(total)
    total = (total + x) % 1000003
  end
end)
local last
local ok
ok, last = coroutine.resume(acc, 0)
for i = 1, 1500000 do
  ok, last = coroutine.resume(acc, i)
end
print(string.format("accumulator: %s %d", tostring(ok), last))

-- 3. A pipeline: producer -> filter -> consumer, each a coroutine.
local function producer(n)
  return coroutine.create(function()
    for i = 1, n do coroutine.yield(i) end
    return nil
  end)
end
local function filter(src, keep)
  return coroutine.create(function()
    while true do
      local _, v = coroutine.resume(src)
      if v == nil then return nil end
      if keep(v) then coroutine.yield(v * 2) end
    end
  end)
end
local count, total = 0, 0
local pipe = filter(filter(producer(540000), function(v) return v % 3 ~= 0 end),
  function(v) return v % 5 ~= 0 end)
while true do
  local _, v = coroutine.resume(pipe)
  if v == nil then break end
  count = count + 1
  total = (total + v) % 1000000007
end
print(string.format("pipeline: %d %d", count, total))

-- 4. Many short-lived coroutines, and status checks.
local dead = 0
for i = 1, 110000 do
  local co = coroutine.create(function(a, b)
    local c = coroutine.yield(a + b)
    return c * 2
  end)
  local _, x = coroutine.resume(co, i, 1)
  local _, y = coroutine.resume(co, x)
  if coroutine.status(co) == "dead" and y == 2 * (i + 1) then dead = dead + 1 end
end
print(string.format("short-lived: %d", dead))
