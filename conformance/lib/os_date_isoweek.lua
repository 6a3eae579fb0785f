-- ISO 8601 weeks (%G %g %V) and the other week numbers (%U %W %u %w %j)
-- around the turn of many years, in UTC.
local day = 86400
-- days from 1970-01-01 to the first of January of year y (proleptic
-- Gregorian calendar)
local function jan1(y)
  local y1 = y - 1
  local days = 365 * (y - 1970) + (y1 // 4 - 1969 // 4) - (y1 // 100 - 1969 // 100) + (y1 // 400 - 1969 // 400)
  return days * day
end
for _, y in ipairs{1969, 1970, 1971, 1976, 1980, 1998, 1999, 2000, 2004,
    2005, 2008, 2009, 2010, 2015, 2020, 2021, 2026, 2027} do
  local line = tostring(y) .. ":"
  for d = -4, 6 do
    line = line .. " " .. os.date("!%m%d=%G-W%V-%u/%g/%U/%W/%w/%j", jan1(y) + d * day + 43200)
  end
  print(line)
end
-- mid-year and end-of-year days
for _, t in ipairs{1104451200, 1230681600, 1262217600, 1293753600, 1609372800,
    1640908800, 1703980800, 1735603200} do
  print(os.date("!%F %a %G %g %V %U %W %j", t))
end
