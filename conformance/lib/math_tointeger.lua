-- math.tointeger: integers, integral floats and (in 5.3) numeric strings.
local vals = {3, -3, 3.0, -3.0, 3.5, 0.0, -0.0, 2^53, 2^63, -2^63, 2^62 + 0.0, 1e100,
  math.huge, -math.huge, math.maxinteger, math.mininteger}
for _, x in ipairs(vals) do
  local r = math.tointeger(x)
  print(x, r, math.type(r))
end
print(math.tointeger(0/0))
print(math.tointeger("8"), math.tointeger("3.0"), math.tointeger(" 10 "), math.tointeger("0x10"),
  math.tointeger("1e2"), math.tointeger("3.5"), math.tointeger("x"), math.tointeger(""))
print(math.tointeger("9223372036854775807"), math.tointeger("9223372036854775808"),
  math.tointeger("-9223372036854775808"))
print(math.tointeger(nil), math.tointeger(false), math.tointeger({}), math.tointeger(print))
print(pcall(math.tointeger))
print(select("#", math.tointeger(nil)))
