-- covers: integer arithmetic (+ - * // % unary -) results stay integers
local a, b = 17, 5
print(a + b, a - b, a * b, a // b, a % b)
print(b - a, -a, - -a, -(-a))
print(0 + 0, 0 * 123, 1 - 1)
print(100000 * 100000, 123456789 * 1000)
local x = 7
x = x + 1
print(x)
x = x * x - x
print(x)
x = x // 3
print(x)
x = x % 10
print(x)
-- chained operations with precedence
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 + 4 * 5, 10 - 4 - 3, 100 // 10 // 3)
print(7 % 3 * 2, 7 * 3 % 4, 1 + 7 % 3)
-- large but non-overflowing values
print(4611686018427387904 + 4611686018427387903)
print(-4611686018427387904 - 4611686018427387904)
print(3037000499 * 3037000499)
-- loop accumulations
local sum, prod = 0, 1
for i = 1, 20 do
  sum = sum + i
  prod = prod * i
end
print(sum, prod)
local alt = 0
for i = 1, 100 do
  if i % 2 == 0 then alt = alt + i else alt = alt - i end
end
print(alt)
-- integer results printed without a decimal point
print(10 // 2, 9 // 3, 0 // 5)
print(1 == 1, 2 * 3 == 6)
