-- covers: a round-robin scheduler of several coroutines with deterministic interleaving
local tasks = {}
local output = {}
local function spawn(name, steps)
  tasks[#tasks + 1] = {name = name, co = coroutine.create(function()
    for i = 1, steps do
      output[#output + 1] = name .. i
      coroutine.yield()
    end
    return name .. " finished"
  end)}
end
spawn("A", 3)
spawn("B", 1)
spawn("C", 2)
while #tasks > 0 do
  local i = 1
  while i <= #tasks do
    local t = tasks[i]
    local ok, res = coroutine.resume(t.co)
    if coroutine.status(t.co) == "dead" then
      print(res)
      for j = i, #tasks - 1 do tasks[j] = tasks[j + 1] end
      tasks[#tasks] = nil
    else
      i = i + 1
    end
  end
end
local s = ""
for i = 1, #output do s = s .. output[i] .. " " end
print(s)
-- ping-pong between two coroutines via a driver
local ping, pong
local log = {}
ping = coroutine.create(function()
  for i = 1, 3 do log[#log + 1] = "ping" .. i; coroutine.yield() end
end)
pong = coroutine.create(function()
  for i = 1, 3 do log[#log + 1] = "pong" .. i; coroutine.yield() end
end)
for _ = 1, 3 do coroutine.resume(ping); coroutine.resume(pong) end
print(#log, log[1], log[2], log[5], log[6])
-- sleep-like timers with a virtual clock
local clock = 0
local timers = {}
local function sleep(n) coroutine.yield(clock + n) end
local function task(name, delays)
  return coroutine.create(function()
    for _, d in ipairs(delays) do sleep(d); print(clock, name) end
  end)
end
local list = {task("x", {2, 2}), task("y", {1, 4}), task("z", {3})}
for i, co in ipairs(list) do local _, wake = coroutine.resume(co); timers[i] = wake end
for t = 1, 6 do
  clock = t
  for i, co in ipairs(list) do
    if timers[i] == t then local _, wake = coroutine.resume(co); timers[i] = wake end
  end
end
