-- covers: time.timer (fires once; stop before and after firing; reset of
-- a stopped timer), time.ticker (periodic ticks carrying the time; ticks
-- that find the channel full are dropped; stop)
local time = require("time")
local t0 = time.now()
local function ms() return time.now():sub(t0) // 1000000 end

local t = time.timer("10ms")
t:channel():receive()
print("timer fired at", ms())
print("stop after firing:", t:stop())
local t2 = time.timer("10ms")
print("stop before firing:", t2:stop())
print("reset of a stopped timer:", t2:reset("5ms"))
t2:channel():receive()
print("reset timer fired at", ms())

local tk = time.ticker("10ms")
for i = 1, 3 do
  local v = tk:channel():receive()
  print("tick", i, "at", ms(), v == time.now())
end
time.sleep("35ms") -- until 80ms: the tick at 55 waits in the channel, 65 and 75 are dropped
local r = channel.select{tk:channel():case_receive(), default = true}
print("one tick kept:", r.channel == tk:channel(), r.value:sub(t0) // 1000000)
r = channel.select{tk:channel():case_receive(), default = true}
print("the others dropped:", r.default)
print("ticker stop:", tk:stop())
time.sleep("50ms")
r = channel.select{tk:channel():case_receive(), default = true}
print("no tick after stop:", r.default, ms())
