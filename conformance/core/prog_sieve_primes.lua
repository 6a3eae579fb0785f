-- covers: integer-heavy algorithms: sieve of Eratosthenes, gcd/lcm, prime factorisation, modpow
local function sieve(n)
  local is = {}
  for i = 2, n do is[i] = true end
  for i = 2, n do
    if is[i] and i * i <= n then
      for j = i * i, n, i do is[j] = false end
    end
  end
  local primes = {}
  for i = 2, n do if is[i] then primes[#primes + 1] = i end end
  return primes
end
local p = sieve(1000)
print(#p, p[1], p[10], p[100], p[#p])
local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return a end
local function lcm(a, b) return a // gcd(a, b) * b end
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), lcm(4, 6), lcm(21, 6))
local l = 1
for i = 1, 30 do l = lcm(l, i) end
print(l)
local function factor(n)
  local f = {}
  local d = 2
  while d * d <= n do
    while n % d == 0 do f[#f + 1] = d; n = n // d end
    d = d + 1
  end
  if n > 1 then f[#f + 1] = n end
  return f
end
local function join(t) local s = "" for i = 1, #t do s = s .. t[i] .. (i < #t and "*" or "") end return s end
print(join(factor(360)), join(factor(97)), join(factor(600851475143)), join(factor(2 ^ 40 // 1)))
local function modpow(b, e, m)
  local r = 1
  b = b % m
  while e > 0 do
    if e & 1 == 1 then r = r * b % m end
    b = b * b % m
    e = e >> 1
  end
  return r
end
print(modpow(2, 10, 1000), modpow(3, 200, 1000007), modpow(7, 0, 13))
-- perfect numbers and digit sums
local perfect = {}
for n = 2, 10000 do
  local s = 1
  for d = 2, n // 2 do if n % d == 0 then s = s + d end end
  if s == n then perfect[#perfect + 1] = n end
  if n > 9000 then break end
end
print(join(perfect))
local function digitsum(n) local s = 0 while n > 0 do s = s + n % 10; n = n // 10 end return s end
print(digitsum(0), digitsum(9999), digitsum(0x7fffffffffffffff))
