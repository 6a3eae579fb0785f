-- loops: numeric for loops with integer arithmetic and the modulo
-- operator, plus a float loop with a fractional step. Results are kept
-- small with % so that they stay exact in Lua 5.1 (doubles) as well.
local sum = 0
for i = 1, 22000000 do
  local x = i % 7
  sum = (sum + x * i + i % 13) % 1000003
end
print(string.format("int loop: %d", sum))

-- Nested loops with a data-dependent branch.
local count = 0
for i = 1, 2000 do
  for j = 1, 1500 do
    if (i * j) % 3 == 1 then
      count = count + 1
    else
      count = count + 2
    end
  end
end
print(string.format("nested: %d", count))

-- A float accumulator with a fractional step; the result is printed
-- rounded so that 5.1 and 5.3 number formatting agree.
local acc = 0.0
for x = 0, 1000, 0.0005 do
  acc = acc + x * 0.5 - x / 3
end
print(string.format("float loop: %d", math.floor(acc)))
