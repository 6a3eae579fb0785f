-- covers: duration values: time.parse_duration from a string, a number
-- of nanoseconds or a duration value (nil and an INVALID error for a
-- malformed string or a number out of range); the unit constants are
-- numbers of nanoseconds; the methods (integers for nanoseconds,
-- microseconds and milliseconds, floats for seconds, minutes and hours);
-- tostring and concatenation in Go syntax; comparison with durations and
-- numbers; arithmetic on nanoseconds giving numbers; time:sub gives a
-- duration; sleep, after, timer, reset, ticker, time:add, time:round and
-- time:truncate take duration values
local time = require("time")

local d = time.parse_duration("1h30m45s500ms")
print(d, type(d), getmetatable(d))
print(d:nanoseconds(), d:microseconds(), d:milliseconds())
print(d:seconds(), d:minutes(), d:hours())
print(time.parse_duration(5 * time.MINUTE), time.parse_duration(1500), time.parse_duration(2.9), time.parse_duration(d) == d)
print(time.NANOSECOND, time.MICROSECOND, time.MILLISECOND, time.SECOND, time.MINUTE, time.HOUR)
print(time.parse_duration("-1.5s"), time.parse_duration("-1.5s"):milliseconds(), time.parse_duration(0))
print(time.parse_duration("soon"))
print(time.parse_duration("10"))
print(time.parse_duration(2^63))
print(pcall(time.parse_duration, {}))

local s, ms = time.parse_duration("1s"), time.parse_duration("1ms")
print(s == time.parse_duration(time.SECOND), s ~= ms, s == time.SECOND, ms < s, s <= s, s < s)
print(s > 999999999, s >= 1e9, 1000000 <= ms, ms < 1000000)
print(s + ms, s - ms, s * 2, s / 4, s // ms, s % 300000000, -ms, math.type(s + 0), math.type(s / 1))
print("waited " .. ms, s .. "", ms .. 1)
print(pcall(function() return s < "2s" end))

local t0 = time.now()
time.sleep(ms)
print("sleep:", time.now():sub(t0))
time.after(ms * 4):receive()
print("after:", time.now():sub(t0))
local tm = time.timer(s)
tm:reset(time.parse_duration("10ms"))
tm:response():receive()
local elapsed = time.now():sub(t0)
print("timer:", elapsed, elapsed:milliseconds(), elapsed // time.MILLISECOND)
local tk = time.ticker(time.parse_duration("100ms"))
print("ticks:", tk:response():receive():sub(t0), tk:channel():receive():sub(t0))
tk:stop()
local t1 = t0:add(time.parse_duration("1h2m3.75s"))
print(t1:format("15:04:05.000"), t1:round(s):format("15:04:05.000"), t1:truncate(time.parse_duration("1h")):format("15:04:05"))
print(t1:sub(t0), t0:sub(t1), t1:sub(t0):hours())
