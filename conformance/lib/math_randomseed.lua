-- math.randomseed makes sequences repeatable.
local function draw(n)
  local t = {}
  for i = 1, n do t[i] = math.random(1000000) end
  t[#t + 1] = math.random()
  return table.concat(t, ",")
end
math.randomseed(42)
local a = draw(20)
math.randomseed(42)
local b = draw(20)
print(a == b)
math.randomseed(43)
print(draw(20) == a)
-- the seed is converted to a float and truncated to an integer, as in 5.3
math.randomseed(7)
local s7 = draw(10)
math.randomseed(7.9)
print(draw(10) == s7)
math.randomseed("7")
print(draw(10) == s7)
math.randomseed(-7.5)
local m7 = draw(10)
math.randomseed(-7)
print(draw(10) == m7, m7 == s7)
math.randomseed(0)
local z = draw(10)
math.randomseed(-0.0)
print(draw(10) == z)
-- different generators for different ranges are all determined by the seed
math.randomseed(99)
local mixed1 = {math.random(), math.random(6), math.random(-5, 5), math.random(0, math.maxinteger)}
math.randomseed(99)
local mixed2 = {math.random(), math.random(6), math.random(-5, 5), math.random(0, math.maxinteger)}
print(mixed1[1] == mixed2[1], mixed1[2] == mixed2[2], mixed1[3] == mixed2[3], mixed1[4] == mixed2[4])
