-- math.type and math.ult.
for _, v in ipairs({1, 1.0, -0.0, 2^63, math.mininteger, math.huge, 0/0, "1", "1.0", true, {}, print}) do
  print(tostring(v) == tostring(v) and type(v), math.type(v))
end
print(math.type(nil))
print(pcall(math.type))
print(math.ult(1, 2), math.ult(2, 1), math.ult(1, 1))
print(math.ult(1, -1), math.ult(-1, 1), math.ult(-2, -1), math.ult(-1, -2))
print(math.ult(0, math.mininteger), math.ult(math.maxinteger, math.mininteger), math.ult(math.mininteger, math.maxinteger))
print(math.ult(1.0, 2), math.ult("1", "2"), math.ult(3, 2.0))
print(pcall(math.ult))
print(pcall(math.ult, 1))
print(pcall(math.ult, 1.5, 2))
print(pcall(math.ult, 1, 2.5))
print(pcall(math.ult, "x", 2))
print(pcall(math.ult, 1, {}))
print(pcall(math.ult, 2^63, 1))
