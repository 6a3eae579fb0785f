-- Every conversion lua5.3 accepts, in UTC ("!"), at fixed times.
local convs = {"a", "A", "b", "B", "c", "C", "d", "D", "e", "F", "g", "G",
  "h", "H", "I", "j", "m", "M", "n", "p", "r", "R", "S", "t", "T", "u", "U",
  "V", "w", "W", "x", "X", "y", "Y", "z", "Z", "%",
  "Ec", "EC", "Ex", "EX", "Ey", "EY",
  "Od", "Oe", "OH", "OI", "Om", "OM", "OS", "Ou", "OU", "OV", "Ow", "OW", "Oy"}
local times = {0, 1, 59, 3599, 43199, 43200, 86399, 951782400, 1000000000,
  1234567890, 1700000000, 2147483647, 2147483648, 4102444800, -1, -86400,
  -2208988800, 253402300799}
for _, t in ipairs(times) do
  local line = t .. ":"
  for _, c in ipairs(convs) do
    line = line .. " [" .. c .. "]" .. os.date("!%" .. c, t)
  end
  print(line)
end
-- conversions mixed with text
print(os.date("!Today is %A, %d %B %Y; it is %H:%M:%S (%I %p).", 1500000000))
print(os.date("!%%d %%%d %%%%", 1500000000))
print(os.date("!", 0) == "", os.date("", 0) == "")
print(os.date("!no conversions at all", 0))
