-- math.abs keeps integers integers and floats floats.
for _, x in ipairs({0, 1, -1, 7, -7, math.maxinteger, -math.maxinteger, math.mininteger,
    0.0, -0.0, 1.5, -1.5, 1e308, -1e308, -1e-310, math.huge, -math.huge, 2^63, -2^63}) do
  local r = math.abs(x)
  print(x, r, math.type(r))
end
print(math.abs(0/0), math.abs(-(0/0)))
-- numeric strings become floats
print(math.abs("-3"), math.abs("  -2.5  "), math.abs("0x10"), math.abs("-0x10"))
print(pcall(math.abs))
print(pcall(math.abs, nil))
print(pcall(math.abs, "x"))
print(pcall(math.abs, {}))
print(pcall(function() return math.abs() end))
