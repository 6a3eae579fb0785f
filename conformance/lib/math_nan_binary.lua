-- Special values of the two-argument functions atan, log and pow.
local inputs = {0/0, -(0/0), math.huge, -math.huge, 0.0, -0.0, -1, 2, -2, 1e308, 1e-310, 0.5, -0.5, 1.5, -1.5, 10, 3}
local two = {{"atan", math.atan}, {"log", math.log}, {"pow", math.pow}}
for _, e in ipairs(two) do
  for _, x in ipairs(inputs) do
    local out = {}
    for i, y in ipairs(inputs) do out[i] = tostring(e[2](x, y)) end
    print(e[1], x, table.concat(out, " "))
  end
end
-- pow with a NaN base and odd integer exponents gives back a positive NaN
local nan = 0/0
print(math.pow(nan, 1), math.pow(-nan, 1), math.pow(nan, 3), math.pow(nan, -1), math.pow(nan, 2), math.pow(nan, 0.5))
print(math.pow(1, nan), math.pow(1, -nan), math.pow(-1, nan), math.pow(nan, 0), math.pow(nan, 2^53))
