-- hash: tables keyed by strings (insertion, lookup, update, deletion,
-- traversal with pairs) and table.sort with a comparator. Traversal
-- order differs between engines, so only order-independent sums of a
-- pairs loop are printed.

local N = 150000

-- 1. Insert and look up generated keys.
local t = {}
for i = 1, N do
  t["key" .. i] = i
end
local hits, sum = 0, 0
for round = 1, 4 do
  for i = 1, N, round do
    local v = t["key" .. i]
    if v then
      hits = hits + 1
      sum = (sum + v) % 1000000007
    end
  end
end
print(string.format("lookup: %d %d", hits, sum))

-- 2. Word counting: keys repeat, values are updated in place.
local syll = { "ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "we", "zu", "ha", "do" }
local nsyll = #syll
local counts = {}
local seed = 42
local function rand(n)
  -- The Park-Miller generator: exact in doubles (products stay below
  -- 2^53), so every engine sees the same sequence, which math.random
  -- would not give.
  seed = (seed * 16807) % 2147483647
  return seed % n + 1
end
local words = {}
for i = 1, 4000 do
  words[i] = syll[rand(nsyll)] .. syll[rand(nsyll)] .. syll[rand(nsyll)]
end
for round = 1, 60 do
  for i = 1, #words, round % 3 + 1 do
    local w = words[i]
    counts[w] = (counts[w] or 0) + 1
  end
end
local distinct, total = 0, 0
for _, c in pairs(counts) do
  distinct = distinct + 1
  total = total + c
end
print(string.format("words: %d %d", distinct, total))

-- 3. Sort the distinct words by count (descending), then by name, with a
-- comparator closure.
local keys = {}
for w in pairs(counts) do keys[#keys + 1] = w end
local sorted = 0
for _ = 1, 16 do
  local k = {}
  for i = 1, #keys do k[i] = keys[i] end
  table.sort(k, function(a, b)
    local ca, cb = counts[a], counts[b]
    if ca ~= cb then return ca > cb end
    return a < b
  end)
  sorted = sorted + #k
  keys = k
end
print(string.format("sorted: %d %s %s %s", sorted, keys[1], keys[2], keys[#keys]))

-- 4. Sort of records by a string field.
local recs = {}
for i = 1, 30000 do
  recs[i] = { name = words[(i * 7) % #words + 1] .. i % 10, id = i }
end
table.sort(recs, function(a, b)
  if a.name ~= b.name then return a.name < b.name end
  return a.id < b.id
end)
local chk = 0
for i = 1, #recs, 97 do chk = (chk * 31 + recs[i].id) % 1000000007 end
print(string.format("records: %s %s %d", recs[1].name, recs[#recs].name, chk))

-- 5. Delete every other key, then refill, then traverse.
for i = 1, N, 2 do t["key" .. i] = nil end
local left, lsum = 0, 0
for k, v in pairs(t) do
  left = left + 1
  lsum = (lsum + v + #k) % 1000000007
end
for i = 1, N, 2 do t["key" .. i] = -i end
local neg = 0
for _, v in pairs(t) do
  if v < 0 then neg = neg + 1 end
end
print(string.format("delete: %d %d %d", left, lsum, neg))
