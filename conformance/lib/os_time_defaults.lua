-- Default fields of os.time: hour 12, min 0, sec 0; extra fields ignored;
-- wday/yday are recomputed.
local noon = os.time{year = 2010, month = 6, day = 15}
print(noon - os.time{year = 2010, month = 6, day = 15, hour = 0})
print(noon - os.time{year = 2010, month = 6, day = 15, hour = 12, min = 0, sec = 0})
local t = {year = 2010, month = 6, day = 15, wday = 99, yday = -5, extra = "x"}
print(os.time(t) == noon, t.wday, t.yday, t.extra, t.hour, t.min, t.sec)
-- fields given as strings or integral floats are accepted
t = {year = "2010", month = 6.0, day = "15", hour = "12"}
print(os.time(t) == noon, t.year, t.month, t.day)
print(type(t.year), type(t.month))
-- the time of day changes the result linearly
print(os.time{year = 2010, month = 6, day = 15, hour = 13, min = 1, sec = 1} - noon)
-- os.time() is an integer close to now
local now = os.time()
print(type(now), now > 1500000000)
