-- covers: / always yields a float; float arithmetic results; int/float mixing rules
print(1 / 2, 4 / 2, 3 / 3, 0 / 5, -6 / 3)
print(10 / 4, -10 / 4, 1 / 3, 2 / 3, 7 / 7)
print(1 / 8, 1 / 1024, 100 / 1000)
print(1 + 2.0, 2.0 + 1, 3 - 1.0, 2 * 1.5, 4 * 0.25)
print(1.5 + 1.5, 0.1 + 0.2, 0.3 - 0.1, 1e10 * 1e10)
print(3.0 == 3, 3.0 + 0, 3 + 0.0)
print(10 // 2.0, 10.0 // 2, 10 % 3.0, 10.0 % 3)
print(-(2.5), -(-2.5), -0.0 + 0.0)
local x = 1.0
for i = 1, 10 do x = x / 2 end
print(x, x * 1024)
local y = 0
for i = 1, 10 do y = y + 0.1 end
print(y, y == 1.0, y < 1.0)
print(1e15, 1e15 + 0.5, 123456.75 * 2)
print(7 / 2 * 2, 7 // 2 * 2, 2^2, 2^0)
print(1 / 0 > 0, -1 / 0 < 0, 1 / 0 == 2 / 0)
print(3.5 // 1, -3.5 // 1, 3.5 % 1)
-- float division results that are integral still print with ".0"
print(9 / 3, -9 / 3, 1e15 / 1e5, 2^10 / 2)
