-- math.sinh, math.cosh and math.tanh (LUA_COMPAT_MATHLIB in lua5.3).
for _, x in ipairs({0, -0.0, 1e-300, 2^-30, 0.1, 0.34, 0.35, 0.5, 1, -1, 2, 5, 10, 21.9, 22, 22.1,
    30, 100, 700, 709.78, 710, 710.47, 710.48, 1000}) do
  print(x, math.sinh(x), math.cosh(x), math.tanh(x))
  print(-x, math.sinh(-x), math.cosh(-x), math.tanh(-x))
end
print(math.sinh(math.huge), math.sinh(-math.huge), math.cosh(-math.huge), math.tanh(math.huge), math.tanh(-math.huge))
print(math.sinh(0/0), math.cosh(-(0/0)), math.tanh(0/0))
for i = -20, 20 do
  local x = i / 4
  print(x, math.sinh(x), math.cosh(x), math.tanh(x))
end
