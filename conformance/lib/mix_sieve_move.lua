-- covers: a segmented sieve of Eratosthenes that copies segments with
-- table.move, prime gaps with string.format, table.concat ranges,
-- table.unpack into math.max, and twin/cousin prime counts
local function sieve(limit)
  local is = {}
  for i = 2, limit do is[i] = true end
  for i = 2, math.floor(math.sqrt(limit)) do
    if is[i] then for j = i * i, limit, i do is[j] = false end end
  end
  local primes = {}
  for i = 2, limit do if is[i] then primes[#primes + 1] = i end end
  return primes
end

local small = sieve(100)
print(#small, table.concat(small, " "))

-- segmented: compute primes in [lo, hi) segments and append via table.move
local base = sieve(math.floor(math.sqrt(20000)) + 1)
local all = {}
local seg = 1000
for lo = 2, 20000, seg do
  local hi = math.min(lo + seg - 1, 20000)
  local mark = {}
  for _, p in ipairs(base) do
    local start = math.max(p * p, (lo + p - 1) // p * p)
    for j = start, hi, p do mark[j - lo + 1] = true end
  end
  local found = {}
  for n = lo, hi do if not mark[n - lo + 1] then found[#found + 1] = n end end
  table.move(found, 1, #found, #all + 1, all)
end
print("count below 20000", #all, "last", all[#all])
print("matches plain sieve", #all == #sieve(20000))
print(table.concat(all, ",", #all - 4, #all))

-- gaps
local maxgap, at = 0, 0
local gapcount = {}
for i = 2, #all do
  local g = all[i] - all[i - 1]
  gapcount[g] = (gapcount[g] or 0) + 1
  if g > maxgap then maxgap, at = g, all[i - 1] end
end
print(string.format("max gap %d after %d", maxgap, at))
local gs = {}
for g in pairs(gapcount) do gs[#gs + 1] = g end
table.sort(gs)
local parts = {}
for i = 1, 6 do parts[i] = string.format("%d:%d", gs[i], gapcount[gs[i]]) end
print(table.concat(parts, " "))
print("twins", gapcount[2], "cousins", gapcount[4])

-- table.move shifting within one table (overlapping ranges)
local t = {table.unpack(small, 1, 10)}
table.move(t, 1, 5, 3)
print(table.concat(t, " "))
table.move(t, 4, 10, 1)
print(table.concat(t, " "))
print(math.max(table.unpack(small)), select("#", table.unpack(small, 20, 25)), table.unpack(small, 24, 26))
-- sum of primes as integer and float
local s = 0
for _, p in ipairs(all) do s = s + p end
print(s, math.type(s), s / #all)
