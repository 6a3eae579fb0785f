-- covers: os.date("!*t") fields for fixed UTC stamps, local round trips
-- os.time(os.date("*t", T)) == T (independent of the time zone), os.time
-- normalization writing back into the table, field arithmetic (adding
-- days/months) and os.date format strings built from the *t fields
local stamps = {0, 59, 3600, 86400, 951782400, 978307199, 1234567890, 1700000000, 2000000000, 4107542400}
local keys = {"year", "month", "day", "hour", "min", "sec", "wday", "yday", "isdst"}
for _, T in ipairs(stamps) do
  local u = os.date("!*t", T)
  local vals = {}
  for i, k in ipairs(keys) do vals[i] = tostring(u[k]) end
  local loc = os.date("*t", T)
  local back = os.time(loc)
  -- rebuild the UTC text from fields and compare with the direct format
  local manual = string.format("%04d-%02d-%02d %02d:%02d:%02d", u.year, u.month, u.day, u.hour, u.min, u.sec)
  print(T, table.concat(vals, " "), back == T, manual == os.date("!%Y-%m-%d %H:%M:%S", T))
end

-- os.time normalizes the table passed to it (fields updated in place)
local t = {year = 2021, month = 14, day = 35, hour = 12, min = 75, sec = -10}
local stamp = os.time(t)
print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, type(t.isdst))
print(os.date("%Y-%m-%d %H:%M:%S", stamp))

-- adding months via field arithmetic, clamping at month ends
local function add_months(y, m, d, k)
  local tt = {year = y, month = m + k, day = 1, hour = 12}
  os.time(tt)
  local last = os.date("*t", os.time{year = tt.year, month = tt.month + 1, day = 0, hour = 12}).day
  tt.day = math.min(d, last)
  return os.date("%Y-%m-%d", os.time(tt))
end
for _, k in ipairs{1, 2, 12, -1, -13, 25} do
  print("2024-01-31 +" .. k .. " months", add_months(2024, 1, 31, k))
end

-- day-of-week table for a week, via os.date on noon stamps
local names = {}
for d = 0, 6 do
  local tt = os.date("*t", os.time{year = 2024, month = 7, day = 14 + d, hour = 12})
  names[#names + 1] = string.format("%s=%d/%d", os.date("%a", os.time(tt)), tt.wday, tt.yday)
end
print(table.concat(names, " "))

-- leap years via day 60
local leaps = {}
for y = 1896, 2104, 4 do
  local tt = os.date("*t", os.time{year = y, month = 1, day = 60, hour = 12})
  if tt.month == 2 then leaps[#leaps + 1] = y end
end
print(#leaps, table.concat(leaps, ",", 1, 3), table.concat(leaps, ",", #leaps - 2))
-- isdst=false/true/nil in input table only matters for zones with DST; only check types
print(math.type(os.time{year = 2020, month = 1, day = 1, hour = 12, isdst = false}))
print(pcall(os.time, {year = 2020, month = 1}))
print(pcall(os.time, {year = 2020, month = "x", day = 1}))
print(pcall(os.time, {year = 2020, month = 1.5, day = 1}))
