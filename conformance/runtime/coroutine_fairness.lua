-- covers: preemption inside one process: two spawned coroutines that
-- compute without ever blocking both make progress, taking turns (the
-- scheduler preempts a coroutine after a budget of work); the one that
-- started first finishes first; the main chunk waits for both
local log = {}
local done = channel.new(2)
for _, name in ipairs{"A", "B"} do
  coroutine.spawn(function()
    local x = 0
    for i = 1, 100000 do
      x = (x + i) % 7
      if i % 10000 == 0 then log[#log + 1] = name end
    end
    done:send(name)
  end)
end
print("first done:", done:receive())
print("second done:", done:receive())
local switches = 0
for i = 2, #log do
  if log[i] ~= log[i - 1] then switches = switches + 1 end
end
print("entries:", #log, "interleaved:", switches > 2)
