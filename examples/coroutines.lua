-- Coroutines: generators, two-way communication, and a round-robin
-- scheduler.

-- A generator of the Fibonacci numbers below a limit.
local function fibs(limit)
  return coroutine.wrap(function()
    local a, b = 0, 1
    while a < limit do
      coroutine.yield(a)
      a, b = b, a + b
    end
  end)
end

local line = "fibs:"
for v in fibs(100) do
  line = line .. " " .. v
end
print(line)

-- Values flow both ways through resume and yield.
local acc = coroutine.create(function(first)
  local total = first
  while true do
    local x = coroutine.yield(total)
    if x == nil then break end
    total = total + x
  end
  return "done", total
end)
print(coroutine.resume(acc, 1))
print(coroutine.resume(acc, 2))
print(coroutine.resume(acc, 3))
print(coroutine.resume(acc))
print(coroutine.status(acc), coroutine.resume(acc))

-- A round-robin scheduler over tasks that yield between steps. The queue
-- is a table with a head and a tail index.
local function task(name, steps)
  return coroutine.create(function()
    for i = 1, steps do
      print(name .. " step " .. i)
      coroutine.yield()
    end
  end)
end

local queue, head, tail = {task("A", 3), task("B", 2), task("C", 1)}, 1, 3
while head <= tail do
  local co = queue[head]
  queue[head], head = nil, head + 1
  coroutine.resume(co)
  if coroutine.status(co) ~= "dead" then
    tail = tail + 1
    queue[tail] = co
  end
end

-- An error inside a coroutine comes back from resume.
local bad = coroutine.create(function() error("oops", 0) end)
print(coroutine.resume(bad))
print(coroutine.status(bad))
