-- math.fmod with NaN, infinities and zeros: which NaN comes out is what
-- lua5.3 prints as "nan" or "-nan".
local nan = 0/0
local vals = {nan, -nan, math.huge, -math.huge, 0.0, -0.0, 1, -1, 2.5, 1e-310}
for _, x in ipairs(vals) do
  local out = {}
  for i, y in ipairs(vals) do out[i] = tostring(math.fmod(x, y)) end
  print(tostring(x), table.concat(out, " "))
end
