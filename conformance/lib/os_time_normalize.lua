-- os.time normalises out-of-range fields like C's mktime and writes the
-- normalised values back into the table. Only the normalised fields, and
-- differences within a day, are printed, so that the output does not
-- depend on the time zone.
local function show(t)
  print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday)
end

local base = os.time{year = 2001, month = 3, day = 1, hour = 12}
local cases = {
  {year = 2001, month = 3, day = 0, hour = 12},       -- last day of February
  {year = 2000, month = 3, day = 0, hour = 12},       -- leap year
  {year = 1900, month = 3, day = 0, hour = 12},       -- not a leap year
  {year = 2001, month = 13, day = 1, hour = 12},      -- next year
  {year = 2001, month = 0, day = 1, hour = 12},       -- December before
  {year = 2001, month = -13, day = 1, hour = 12},
  {year = 2001, month = 25, day = 1, hour = 12},
  {year = 2001, month = 3, day = 1, hour = 36},
  {year = 2001, month = 3, day = 1, hour = -1},
  {year = 2001, month = 3, day = 1, hour = 12, min = 90},
  {year = 2001, month = 3, day = 1, hour = 12, min = -61},
  {year = 2001, month = 3, day = 1, hour = 12, sec = 3600 * 24},
  {year = 2001, month = 3, day = 1, hour = 12, sec = -1},
  {year = 2001, month = 3, day = 400, hour = 12},
  {year = 2001, month = 3, day = -400, hour = 12},
  {year = 2001, month = 14, day = -3, hour = 25, min = -70, sec = 3700},
  {year = 1999, month = 12, day = 31, hour = 12, sec = 86400},
  {year = 2004, month = 2, day = 29, hour = 12},
  {year = 2100, month = 2, day = 29, hour = 12},
}
for _, t in ipairs(cases) do
  local v = os.time(t)
  local d = v - base
  if d > -86400 and d < 86400 then print("delta", d) end
  show(t)
end
