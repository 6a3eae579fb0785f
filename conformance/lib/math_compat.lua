-- The LUA_COMPAT_MATHLIB functions of lua5.3: pow, frexp, ldexp, log10.
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(10, -2), math.pow(-2, 3), math.pow(-8, 1/3))
print(math.pow(0, 0), math.pow(0, -1), math.pow(-0.0, -1), math.pow(-0.0, 3), math.pow(0, 5))
print(math.pow(1, 0/0), math.pow(0/0, 0), math.pow(-1, math.huge), math.pow(2, math.huge), math.pow(0.5, math.huge))
print(math.pow(2, 1023), math.pow(2, 1024), math.pow(2, -1074), math.pow(2, -1075), math.pow(10, 308), math.pow(10, 309))
print(math.pow(-2, 2^60), math.pow(-2, 0.5), math.pow(-math.huge, 3), math.pow(-math.huge, 2), math.pow(-math.huge, 0.5))
print(math.type(math.pow(2, 3)), math.pow(3, 2) == 9, math.pow(2, 0.5) == math.sqrt(2))
for _, x in ipairs({0, 1, -1, 8, 0.5, 3.5, -3.5, 1e300, 1e-300, 2^-1074, 2^-1070, math.maxinteger}) do
  print("frexp", x, math.frexp(x))
end
print(math.frexp(math.huge))
print(math.frexp(-math.huge))
print(math.frexp(0/0))
print(math.frexp(-0.0))
print(math.type(select(2, math.frexp(8))))
for _, p in ipairs({{1, 10}, {0.5, 3}, {3, -2}, {1, 1023}, {1, 1024}, {1, -1074}, {1, -1075}, {0.75, -1073},
    {-1, 5}, {0, 100}, {1, 2^31}, {1, 2^32 + 1}, {3, math.mininteger}, {1, -2^31}}) do
  print("ldexp", p[1], p[2], math.ldexp(p[1], p[2]))
end
for _, x in ipairs({1, 10, 100, 1000, 1e15, 1e-5, 2, 5, 0.5, 1e300, 1e-300, 1e-310, 0, -1}) do
  print("log10", x, math.log10(x))
end
print(math.log10(math.huge), math.log10(-math.huge), math.log10(0/0))
