-- math.sin, math.cos and math.tan.
local vals = {0, -0.0, 0.5, 1, -1, 2, 3, math.pi, -math.pi, math.pi / 2, math.pi / 4, math.pi / 6,
  math.pi / 3, 2 * math.pi, 10, 100, 1000, 1e6, 1e10, 1e15, 1e22, 1e100, 1e300, 2^-30, 1e-300, 1e-310}
for _, x in ipairs(vals) do
  print(x, math.sin(x), math.cos(x), math.tan(x))
end
print(math.sin(math.huge), math.cos(-math.huge), math.tan(math.huge))
print(math.sin(0/0), math.cos(-(0/0)), math.tan(0/0))
-- integers are converted to floats
print(math.sin(1) == math.sin(1.0), math.type(math.sin(0)), math.type(math.cos(0)))
-- identities that hold exactly in correctly rounded arithmetic
print(math.sin(0) == 0, math.cos(0) == 1, math.tan(0) == 0)
local ok = true
for i = -50, 50 do
  local x = i / 7
  local s, c = math.sin(x), math.cos(x)
  if math.abs(s * s + c * c - 1) > 1e-15 then ok = false end
  if math.sin(-x) ~= -s or math.cos(-x) ~= c then ok = false end
end
print(ok)
-- a sweep, to 14 digits
for i = 0, 40 do
  local x = i * 0.4 - 8
  print(x, math.sin(x), math.cos(x), math.tan(x))
end
