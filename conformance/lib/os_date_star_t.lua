-- os.date("!*t") tables.
local function show(t)
  print(t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst)
end
for _, v in ipairs{0, 1, -1, 86400 * 59, 86400 * 365, 951825600, 1000000000,
    2147483647, -2147483648, 4102444800, 253402300799, 253402300800,
    -62135596800, -62135596801, 10000000000000} do
  show(os.date("!*t", v))
end
-- only an exact "*t" asks for a table
print(os.date("!*tx", 0), os.date("*t ", 0) ~= nil, type(os.date("!*t", 0)))
-- a fresh table each time
print(os.date("!*t", 0) ~= os.date("!*t", 0))
