-- Rough uniformity checks of math.random (deterministic with a fixed seed;
-- only pass/fail is printed, with generous bounds).
math.randomseed(2024)
local n = 60000
local buckets = {}
for i = 1, 6 do buckets[i] = 0 end
for i = 1, n do
  local r = math.random(6)
  buckets[r] = buckets[r] + 1
end
local ok = true
for i = 1, 6 do
  if math.abs(buckets[i] - n / 6) > n / 6 * 0.05 then ok = false end
end
print("die", ok)
local sum, below = 0, 0
for i = 1, n do
  local r = math.random()
  sum = sum + r
  if r < 0.25 then below = below + 1 end
end
print("mean", math.abs(sum / n - 0.5) < 0.01, "quarter", math.abs(below / n - 0.25) < 0.01)
-- a range that is not a power of two: 0..2 (three values)
local c = {[0] = 0, 0, 0}
for i = 1, 30000 do
  local r = math.random(0, 2)
  c[r] = c[r] + 1
end
print("three", math.abs(c[0] - 10000) < 500 and math.abs(c[1] - 10000) < 500 and math.abs(c[2] - 10000) < 500)
-- high bits of a wide range are used: about half of the draws are above the middle
local high = 0
for i = 1, 20000 do
  if math.random(0, math.maxinteger) > math.maxinteger // 2 then high = high + 1 end
end
print("wide", math.abs(high - 10000) < 500)
-- negative values
local neg = 0
for i = 1, 20000 do
  if math.random(math.mininteger, -1) < math.mininteger // 2 then neg = neg + 1 end
end
print("negwide", math.abs(neg - 10000) < 500)
