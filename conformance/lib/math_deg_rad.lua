-- math.deg and math.rad.
for _, x in ipairs({0, -0.0, 1, -1, math.pi, math.pi / 2, 2 * math.pi, 180, 90, 45, 360, 1e300, 1e-300, 3}) do
  print(x, math.deg(x), math.rad(x))
end
print(math.deg(math.huge), math.rad(-math.huge), math.deg(0/0), math.rad(-(0/0)))
print(math.deg(math.pi) == 180, math.rad(180) == math.pi, math.type(math.deg(1)), math.type(math.rad(0)))
print(math.rad(math.deg(1)), math.deg(math.rad(1)))
