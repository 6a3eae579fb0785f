-- math.fmod: C's fmod (truncated), integer and float versions.
local ints = {{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {0, 5}, {5, 1}, {5, -1},
  {math.mininteger, -1}, {math.mininteger, 1}, {math.maxinteger, -1},
  {math.mininteger, math.maxinteger}, {math.maxinteger, math.mininteger},
  {math.mininteger, 2}, {math.mininteger, -3}, {10, 10}, {-10, 10}}
for _, p in ipairs(ints) do
  local r = math.fmod(p[1], p[2])
  print(p[1], p[2], r, math.type(r))
end
local floats = {{7.5, 2}, {-7.5, 2}, {7.5, -2}, {-7.5, -2}, {7, 2.5}, {1, 0.1},
  {5.0, 3}, {5, 3.0}, {0.0, 1}, {-0.0, 1}, {-0.0, -1}, {1e308, 3}, {1e-310, 3},
  {3, 1e-310}, {5, math.huge}, {-5, math.huge}, {5, -math.huge}, {2^53, 3}, {-2^63, 7}}
for _, p in ipairs(floats) do
  local r = math.fmod(p[1], p[2])
  print(p[1], p[2], r, math.type(r))
end
-- strings take the float path
print(math.fmod("7", 3), math.fmod(7, "3"), math.fmod("7", "3"))
-- errors: integer division by zero, bad arguments (the second one is checked first)
print(pcall(math.fmod, 1, 0))
print(pcall(math.fmod, math.mininteger, 0))
print(pcall(math.fmod, 1))
print(pcall(math.fmod))
print(pcall(math.fmod, "x", 1))
print(pcall(math.fmod, 1, "x"))
print(pcall(math.fmod, "x", "y"))
print(pcall(math.fmod, nil, nil))
print(pcall(math.fmod, 1.5, nil))
print(pcall(function() return math.fmod(1, 0) end))
-- a float zero divisor is not an error
print(math.fmod(1, 0.0), math.fmod(1.0, 0), math.fmod(0.0, 0))
