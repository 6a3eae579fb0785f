-- math.floor and math.ceil return integers when the result fits.
local vals = {0, 5, -5, 3.7, -3.7, 3.0, -3.0, 0.5, -0.5, 0.0, -0.0, 1e-300, -1e-300,
  2^52 + 0.5, 2^53, 2^62, 2^63, -2^63, -2^63 - 1025, 2^70, -2^70, 1e308,
  math.huge, -math.huge, math.maxinteger, math.mininteger, 9007199254740993}
for _, x in ipairs(vals) do
  local f, c = math.floor(x), math.ceil(x)
  print(x, f, math.type(f), c, math.type(c))
end
print(math.floor(0/0), math.ceil(0/0), math.floor(-(0/0)))
-- strings are converted
print(math.floor("3.7"), math.ceil("3.2"), math.floor("10"), math.ceil(" -2.5 "), math.floor("0x1p4"))
print(math.type(math.floor("10")), math.type(math.floor(10)))
-- errors
print(pcall(math.floor))
print(pcall(math.ceil, "a"))
print(pcall(math.floor, {}))
print(pcall(math.ceil, nil))
print(pcall(math.floor, true))
-- floor/ceil of values just around integer boundaries
print(math.floor(-0.9999999999999999), math.ceil(0.9999999999999999))
print(math.floor(2^63 - 1024), math.ceil(-2^63 + 0.0))
