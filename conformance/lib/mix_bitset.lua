-- covers: a bitset over 64-bit integer words: set/clear/test with shifts
-- and masks (including bit 63 and negative words), popcount, union/
-- intersection/difference, iteration in order, string.format("%016x"),
-- math.ult ordering, and string.pack of the words
local Bits = {}
Bits.__index = Bits
function Bits.new(n) local b = setmetatable({n = n, w = {}}, Bits); for i = 1, (n + 63) // 64 do b.w[i] = 0 end; return b end
function Bits:set(i) local k = i // 64 + 1; self.w[k] = self.w[k] | (1 << (i % 64)); return self end
function Bits:clear(i) local k = i // 64 + 1; self.w[k] = self.w[k] & ~(1 << (i % 64)); return self end
function Bits:test(i) return (self.w[i // 64 + 1] >> (i % 64)) & 1 == 1 end
local function popcount(x)
  local c = 0
  while x ~= 0 do x = x & (x - 1); c = c + 1 end
  return c
end
function Bits:count() local c = 0; for _, w in ipairs(self.w) do c = c + popcount(w) end; return c end
function Bits:items()
  local out = {}
  for k, w in ipairs(self.w) do
    for b = 0, 63 do if (w >> b) & 1 == 1 then out[#out + 1] = (k - 1) * 64 + b end end
  end
  return out
end
local function combine(a, b, f)
  local r = Bits.new(a.n)
  for k = 1, #a.w do r.w[k] = f(a.w[k], b.w[k]) end
  return r
end
Bits.__bor = function(a, b) return combine(a, b, function(x, y) return x | y end) end
Bits.__band = function(a, b) return combine(a, b, function(x, y) return x & y end) end
Bits.__sub = function(a, b) return combine(a, b, function(x, y) return x & ~y end) end
Bits.__bxor = function(a, b) return combine(a, b, function(x, y) return x ~ y end) end
Bits.__tostring = function(s)
  local hex = {}
  for k = #s.w, 1, -1 do hex[#hex + 1] = string.format("%016x", s.w[k]) end
  return table.concat(hex, "_")
end

local evens, threes = Bits.new(130), Bits.new(130)
for i = 0, 129, 2 do evens:set(i) end
for i = 0, 129, 3 do threes:set(i) end
print(tostring(evens))
print(tostring(threes))
print(evens:count(), threes:count(), (evens | threes):count(), (evens & threes):count())
print(table.concat((evens & threes):items(), ",", 1, 10))
print(table.concat((threes - evens):items(), ",", 1, 10))
print((evens ~ threes):count(), (evens ~ evens):count())
-- bit 63 makes a word negative
local b = Bits.new(64):set(63):set(0)
print(tostring(b), b.w[1], b.w[1] < 0, math.ult(1, b.w[1]), b:test(63), b:test(62))
b:clear(63)
print(tostring(b), b.w[1], b:count())
-- shifts past 63 give zero; negative shifts reverse direction
print(1 << 64, 1 << 63 >> 63, -1 >> 1 == math.maxinteger, 1 >> -3, 8 << -3, (-1) << 63 == math.mininteger)
-- words packed little-endian and back
local s = string.pack("<" .. ("j"):rep(#threes.w), table.unpack(threes.w))
print(#s, string.format("%q", s:sub(1, 8)))
local restored = Bits.new(130)
for k = 1, #threes.w do restored.w[k] = (string.unpack("<j", s, (k - 1) * 8 + 1)) end
print(tostring(restored) == tostring(threes), restored:count())
-- sieve using a bitset of composites
local comp = Bits.new(200)
for i = 2, 14 do if not comp:test(i) then for j = i * i, 199, i do comp:set(j) end end end
local primes = {}
for i = 2, 199 do if not comp:test(i) then primes[#primes + 1] = i end end
print(#primes, table.concat(primes, " ", #primes - 5))
