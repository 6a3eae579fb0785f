-- covers: time values: time.now() in deterministic mode starts at the
-- virtual epoch (2000-01-01T00:00:00Z); unix, unix_milli, unix_nano; add,
-- sub, before, after, equal; comparison operators; tostring and format
-- with a Go layout
local time = require("time")
local t0 = time.now()
print(tostring(t0), t0:unix(), t0:unix_milli())
time.sleep("1500ms")
local t1 = time.now()
print(t1:format("2006-01-02 15:04:05.000"), t1:unix_nano() - t0:unix_nano(), t1:sub(t0))
local t2 = t0:add("1500ms")
print(t2 == t1, t2:equal(t1), t0 < t1, t1 <= t2, t0 > t1)
print(t0:before(t1), t0:after(t1), t1:add(-1500000000) == t0)
print(pcall(function() return t0:add("soon") end))
print(pcall(function() return t0 < 5 end))
