-- os.date("*t") and os.time are inverses in local time (noon avoids
-- daylight-saving gaps in every zone).
local function same(a, b)
  return a.year == b.year and a.month == b.month and a.day == b.day
    and a.hour == b.hour and a.min == b.min and a.sec == b.sec
end
local n = 0
for _, y in ipairs{1970, 1999, 2000, 2024, 2038, 2100, 2400} do
  for m = 1, 12 do
    for _, d in ipairs{1, 15, 28} do
      local t = {year = y, month = m, day = d, hour = 12, min = 34, sec = 56}
      local v = os.time(t)
      local back = os.date("*t", v)
      if not same(t, back) then print("mismatch", y, m, d) end
      if os.time(back) ~= v then print("not inverse", y, m, d) end
      n = n + 1
    end
  end
end
print(n, "checked")
-- the table from os.date has nine fields
local t = os.date("*t", os.time{year = 2001, month = 9, day = 9, hour = 12})
local count = 0
for k, v in pairs(t) do count = count + 1 end
print(count, type(t.isdst), t.yday, t.wday)
print(os.time(os.date("*t", 1234567890)) == 1234567890)
