-- covers: exponentiation ^ (always float), right associativity, precedence with unary minus
print(2 ^ 10, 2 ^ 0, 2 ^ -1, 10 ^ 2, 10 ^ -2)
print(2 ^ 3 ^ 2, (2 ^ 3) ^ 2)
print(-2 ^ 2, (-2) ^ 2, -2 ^ -2)
print(4 ^ 0.5, 27 ^ (1 / 3) > 2.99, 0 ^ 0, 0 ^ 1, 1 ^ 1000)
print(2 ^ 53, 2 ^ 63, 2 ^ 64, 2 ^ 100)
print(2 ^ 0.5 * 2 ^ 0.5 > 1.99, 1.5 ^ 2, (-1.5) ^ 3)
print("2" ^ 3, 2 ^ "3", "2" ^ "0.5" > 1.41)
print(2 * 3 ^ 2, 2 ^ 2 * 3, 2 ^ -2 ^ 2)
print(-3 ^ 2 + 1, 1 - 2 ^ 2)
local b = 3
print(b ^ 2, b ^ b, -b ^ 2)
print(10 ^ 15, 10 ^ 16, 10 ^ -5)
print(0 ^ -1, (-0.0) ^ -1)
print(pcall(function() return {} ^ 2 end))
print(pcall(function() local s = "x"; return s ^ 2 end))
-- powers of negative bases with integral exponents
print((-2) ^ 3, (-2) ^ -3, (-1) ^ 100, (-1) ^ 101)
-- fractional powers
print(16 ^ 0.25, 8 ^ (1 / 3) > 1.99, 2 ^ 0.5 > 1.414, 100 ^ 0.5)
-- powers in loops accumulate as floats
local p = 1
for i = 1, 10 do p = p * 2 ^ 1 end
print(p, p == 1024)
