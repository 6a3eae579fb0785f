-- covers: arbitrary precision arithmetic with digit arrays (base 10^7): factorials, powers
local BASE = 10000000
local function fromint(n) local r = {} repeat r[#r + 1] = n % BASE; n = n // BASE until n == 0 return r end
local function add(a, b)
  local r, carry = {}, 0
  for i = 1, (#a > #b and #a or #b) do
    local s = (a[i] or 0) + (b[i] or 0) + carry
    r[i] = s % BASE
    carry = s // BASE
  end
  if carry > 0 then r[#r + 1] = carry end
  return r
end
local function mulsmall(a, m)
  local r, carry = {}, 0
  for i = 1, #a do
    local p = a[i] * m + carry
    r[i] = p % BASE
    carry = p // BASE
  end
  while carry > 0 do r[#r + 1] = carry % BASE; carry = carry // BASE end
  return r
end
local function tostr(a)
  local s = tostring(a[#a])
  for i = #a - 1, 1, -1 do
    local chunk = tostring(a[i])
    while #chunk < 7 do chunk = "0" .. chunk end
    s = s .. chunk
  end
  return s
end
local f = fromint(1)
for i = 1, 50 do f = mulsmall(f, i) end
print("50! =", tostr(f))
local p = fromint(1)
for _ = 1, 100 do p = mulsmall(p, 2) end
print("2^100 =", tostr(p))
local a, b = fromint(0), fromint(1)
for _ = 1, 200 do a, b = b, add(a, b) end
print("fib(200) =", tostr(a))
local s = tostr(f)
local digits = 0
for _ = 1, #s do digits = digits + 1 end
print(#s, digits)
print(tostr(add(fromint(9999999), fromint(1))), tostr(fromint(0)), tostr(mulsmall(fromint(123456789), 1000)))
