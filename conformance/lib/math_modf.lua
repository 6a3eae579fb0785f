-- math.modf: integral part (an integer when it fits) and a float fraction.
for _, x in ipairs({3, -3, 0, math.maxinteger, math.mininteger, 3.5, -3.5, 3.0, -0.5, 0.5,
    0.0, -0.0, 1e-310, 2^52 + 0.5, 2^53, 2^63, -2^63, 2^70, 1e308, math.huge, -math.huge}) do
  local i, f = math.modf(x)
  print(x, i, math.type(i), f, math.type(f))
end
print(math.modf(0/0))
print(math.modf(-(0/0)))
print(math.modf("3.25"))
print(math.modf("7"))
print(math.modf(" -2.75 "))
print(pcall(math.modf))
print(pcall(math.modf, "x"))
print(pcall(math.modf, {}))
