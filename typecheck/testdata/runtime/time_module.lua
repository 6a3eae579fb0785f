local time = require("time")
local t1 = time.now()
time.sleep(1000000)
time.sleep("250ms")
local t2 = time.now()
local elapsed: integer = t2:sub(t1):nanoseconds()
local secs: number = t2:sub(t1):seconds()
local wrong: integer = t2:sub(t1) -- expect-error: TYPE_MISMATCH
local d, derr = time.parse_duration("1m30s")
if derr then return end
local ms: integer = time.SECOND + d:milliseconds()
local later = t1:add("1h")
local before: boolean = t1:before(t2)
local timer = time.timer("1s")
local ch = timer:channel()
timer:stop()
time.sleep(true) -- expect-error: TYPE_MISMATCH
print(elapsed, secs, wrong, ms, later, before, ch)
