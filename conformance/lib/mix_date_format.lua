-- covers: a date formatter using os.time{...} normalization read back
-- with local os.date (a round trip that does not depend on the time zone;
-- noon avoids DST gaps), os.date("!...") on fixed UTC stamps, os.difftime,
-- and day arithmetic
local function fmt(fields)
  local t = os.time(fields)
  return os.date("%Y-%m-%d %H:%M:%S %a %j", t)
end

print(fmt{year = 2000, month = 1, day = 1, hour = 12})
print(fmt{year = 2024, month = 2, day = 29, hour = 12})
print(fmt{year = 2023, month = 2, day = 29, hour = 12})       -- normalizes to Mar 1
print(fmt{year = 2021, month = 13, day = 1, hour = 12})       -- month overflow
print(fmt{year = 2021, month = 1, day = 0, hour = 12})        -- day 0
print(fmt{year = 2021, month = 3, day = 1, hour = 12, min = -90})
print(fmt{year = 2021, month = 6, day = 15, hour = 12, sec = 3600 * 24})

-- fixed absolute UTC times need no os.time at all
local stamps = {0, 86399, 951782400, 1234567890, 2147483647, 4102444800}
for _, s in ipairs(stamps) do
  print(s, os.date("!%Y-%m-%dT%H:%M:%SZ", s), os.date("!%A %B %d", s), os.date("!%y|%I %p|%U|%W|%w", s))
end

-- *t table in UTC
local t = os.date("!*t", 1234567890)
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(k, "=", tostring(t[k]), " ") end
print()

-- days between dates via difftime on noon timestamps
local function days_between(a, b)
  local ta = os.time{year = a[1], month = a[2], day = a[3], hour = 12}
  local tb = os.time{year = b[1], month = b[2], day = b[3], hour = 12}
  return math.floor(os.difftime(tb, ta) / 86400 + 0.5)
end
print(days_between({2000, 1, 1}, {2000, 12, 31}))
print(days_between({2023, 1, 1}, {2024, 1, 1}), days_between({2024, 1, 1}, {2025, 1, 1}))
print(days_between({2024, 3, 1}, {2024, 2, 1}))
print(math.type(os.difftime(10, 4)), os.difftime(10, 4))

-- a month calendar grid from os.date fields
local first = os.date("!*t", 1709251200) -- 2024-03-01 00:00 UTC
print(os.date("!%B %Y", 1709251200))
print("Su Mo Tu We Th Fr Sa")
local cells = {}
for i = 1, first.wday - 1 do cells[#cells + 1] = "  " end
for d = 1, 31 do cells[#cells + 1] = string.format("%2d", d) end
for i = 1, #cells, 7 do
  print(table.concat(cells, " ", i, math.min(i + 6, #cells)))
end
