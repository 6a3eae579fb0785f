-- covers: longer arithmetic expressions mixing all operators, evaluated in loops
local function poly(x) return 3 * x ^ 3 - 2 * x ^ 2 + x - 7 end
for x = -2, 2 do print(x, poly(x)) end
local function ipoly(x) return ((3 * x - 2) * x + 1) * x - 7 end
for x = -2, 2 do print(x, ipoly(x)) end
-- integer-only accumulation
local h = 0
for i = 1, 1000 do h = (h * 31 + i) % 1000000007 end
print(h)
-- hash with wrap-around multiplication (FNV-like, 64-bit)
local fnv = 0xcbf29ce484222325
for i = 1, 100 do fnv = (fnv ~ i) * 0x100000001b3 end
print(fnv)
-- averages and float accumulation
local sum, sumsq = 0, 0
for i = 1, 10 do sum = sum + i; sumsq = sumsq + i * i end
local mean = sum / 10
print(sum, sumsq, mean, sumsq / 10 - mean * mean)
-- integer power by repeated squaring stays integer
local function ipow(b, e) local r = 1 while e > 0 do if e % 2 == 1 then r = r * b end b = b * b; e = e // 2 end return r end
print(ipow(3, 20), ipow(2, 62), ipow(2, 63), ipow(2, 64), ipow(-3, 5), ipow(7, 0))
-- mixed expressions with parentheses
local a, b, c = 7, 3, 2.0
print((a + b) * c, a + b * c, (a - b) / c, a // b * b + a % b, -a % b, a % -b)
print(a * b // c, a * b / c, (a + 0.5) // 1, (-a - 0.5) // 1)
-- digit manipulation
local n, rev = 123456789, 0
while n > 0 do rev = rev * 10 + n % 10; n = n // 10 end
print(rev)
-- temperature conversion table with floats
for cdeg = -40, 100, 35 do print(cdeg, cdeg * 9 / 5 + 32) end
