-- covers: time.after as a timeout in select: a reply that comes first
-- wins, otherwise the timeout's channel does; time.now and time:sub
-- measure (virtual) time; durations as strings and as nanoseconds
local time = require("time")
local start = time.now()
local function ms() return time.now():sub(start) // 1000000 end
local ch = channel.new()
coroutine.spawn(function()
  time.sleep("30ms")
  ch:send("reply")
end)
local r = channel.select{ch:case_receive(), time.after("50ms"):case_receive()}
print("reply first:", r.channel == ch, r.value, ms())
local timeout = time.after(20 * 1000000)
r = channel.select{ch:case_receive(), timeout:case_receive()}
print("timed out:", r.channel == timeout, r.ok, ms())
print("the value is the time:", r.value == time.now(), r.value:sub(start))
print(pcall(function() return time.after("soon") end))
