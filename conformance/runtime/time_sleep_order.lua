-- covers: time.sleep suspends only the calling coroutine; sleepers wake in
-- deadline order, and those with equal deadlines in the order they went
-- to sleep; a zero duration does not block; long Go-style durations
local time = require("time")
local t0 = time.now()
local function ms() return time.now():sub(t0) // 1000000 end
local done = channel.new(10)
for i, d in ipairs({30, 10, 20, 10, 0}) do
  coroutine.spawn(function()
    time.sleep(d * 1000000)
    print("woke", i, d, "at", ms())
    done:send(d)
  end)
end
print("main goes on at", ms())
for _ = 1, 5 do done:receive() end
time.sleep("1h30m")
print("after 1h30m:", ms())
