-- Sorting larger arrays, with and without a comparator.
local seed = 42
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n
end
local function check(t, lt)
  for i = 2, #t do
    if lt(t[i], t[i - 1]) then return false end
  end
  return true
end
local function sum(t)
  local s = 0
  for i = 1, #t do s = s + t[i] end
  return s
end
local lt = function(a, b) return a < b end
local gt = function(a, b) return a > b end
for _, n in ipairs({100, 1000, 20000}) do
  local t = {}
  for i = 1, n do t[i] = rand(1000) end
  local s = sum(t)
  table.sort(t)
  print(n, check(t, lt), sum(t) == s, t[1], t[n])
  table.sort(t, gt)
  print(n, check(t, gt), sum(t) == s, t[1], t[n])
end
-- floats and integers mixed
local t = {}
for i = 1, 5000 do
  local v = rand(100000)
  t[i] = (i % 2 == 0) and v or v / 7
end
table.sort(t)
print(check(t, lt), #t)
-- strings
local words = {}
for i = 1, 3000 do
  local w = {}
  for j = 1, 1 + rand(6) do w[j] = utf8.char(97 + rand(26)) end
  words[i] = table.concat(w)
end
table.sort(words)
print(check(words, lt), words[1], words[3000])
table.sort(words, gt)
print(check(words, gt), words[1], words[3000])
-- many equal elements
t = {}
for i = 1, 10000 do t[i] = rand(3) end
table.sort(t)
print(check(t, lt), t[1], t[5000], t[10000])
-- comparator-driven sort of records; ties broken by id so the result is unique
local recs = {}
for i = 1, 4000 do recs[i] = {k = rand(50), id = i} end
table.sort(recs, function(a, b) if a.k ~= b.k then return a.k < b.k end return a.id < b.id end)
local ok = true
for i = 2, #recs do
  local a, b = recs[i - 1], recs[i]
  if a.k > b.k or (a.k == b.k and a.id > b.id) then ok = false end
end
print(ok, recs[1].k, recs[1].id, recs[4000].k, recs[4000].id)
-- adversarial input: organ pipe and sawtooth patterns
t = {}
for i = 1, 3000 do t[i] = i <= 1500 and i or 3001 - i end
table.sort(t)
print(check(t, lt), t[1], t[3000])
t = {}
for i = 1, 3000 do t[i] = i % 17 end
table.sort(t, gt)
print(check(t, gt), t[1], t[3000])
