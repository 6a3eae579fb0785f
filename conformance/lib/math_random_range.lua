-- math.random results stay in range and have the right types (the values
-- themselves are not printed: they differ from lua5.3's C library).
math.randomseed(1234)
local ok = true
for i = 1, 2000 do
  local r = math.random()
  if math.type(r) ~= "float" or r < 0 or r >= 1 then ok = false end
end
print("float", ok)
local function check(lo, hi, n)
  local good, seenlo, seenhi = true, false, false
  for i = 1, n do
    local r = hi and math.random(lo, hi) or math.random(lo)
    local l, h = hi and lo or 1, hi or lo
    if math.type(r) ~= "integer" or r < l or r > h then good = false end
    if r == l then seenlo = true end
    if r == h then seenhi = true end
  end
  return good, seenlo, seenhi
end
print("1..6", check(6, nil, 2000))
print("1..1", check(1, nil, 10))
print("-3..3", check(-3, 3, 2000))
print("5..5", check(5, 5, 10))
print("0..1", check(0, 1, 200))
print("big", check(math.maxinteger - 3, math.maxinteger, 500))
print("small", check(math.mininteger, math.mininteger + 3, 500))
print("wide", (check(0, math.maxinteger, 500)))
print("wide2", (check(math.mininteger, -1, 500)))
print("neg", (check(-1000000, -999990, 500)))
print(math.random(7, 7), math.random(math.maxinteger, math.maxinteger), math.random(math.mininteger, math.mininteger))
print(math.random(1.0), math.random(3.0, 3), math.random("2", "2"))
-- every value of a small range shows up
local seen = {}
for i = 1, 1000 do seen[math.random(10)] = true end
local count = 0
for k in pairs(seen) do count = count + 1 end
print(count)
-- a float and a fraction of a range are not the same thing
print(math.type(math.random(2^53)), math.type(math.random(1, 2^53)))
