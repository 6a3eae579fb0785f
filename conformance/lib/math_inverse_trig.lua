-- math.asin, math.acos and math.atan (with one and two arguments).
for _, x in ipairs({0, -0.0, 0.5, -0.5, 1, -1, 0.1, 0.9, 0.99, 0.999999, 1e-10, 1e-300, 0.7071067811865476}) do
  print(x, math.asin(x), math.acos(x), math.atan(x))
end
print(math.asin(1.0000001), math.acos(-2), math.asin(math.huge), math.acos(0/0))
for _, x in ipairs({2, 10, 1e10, 1e300, -1e300, math.huge, -math.huge}) do
  print(x, math.atan(x))
end
-- the quadrants of atan(y, x), signed zeros and infinities
local ys = {1, -1, 0.0, -0.0, math.huge, -math.huge, 3}
local xs = {1, -1, 0.0, -0.0, math.huge, -math.huge, 4}
for _, y in ipairs(ys) do
  local row = {}
  for i, x in ipairs(xs) do row[i] = tostring(math.atan(y, x)) end
  print(y, table.concat(row, " "))
end
-- tiny and huge ratios
print(math.atan(1e-300, 1e300), math.atan(1e-300, -1e300), math.atan(1e300, 1e-300), math.atan(-1e300, -1e-300))
print(math.atan(5e-324, 1), math.atan(1, 5e-324), math.atan(-5e-324, -1))
-- atan(y) is atan(y, 1); the default x is 1 even when nil is passed
print(math.atan(0.5) == math.atan(0.5, 1), math.atan(0.5, nil) == math.atan(0.5))
-- a sweep
for i = -20, 20 do
  local x = i / 20
  print(x, math.asin(x), math.acos(x), math.atan(x * 10), math.atan(x, 0.3))
end
