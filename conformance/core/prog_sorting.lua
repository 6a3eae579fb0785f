-- covers: hand-written sorting algorithms (insertion, quick, merge, heap) on the same data
local function copy(t) local r = {} for i = 1, #t do r[i] = t[i] end return r end
local function show(t) local s = "" for i = 1, #t do s = s .. t[i] .. (i < #t and "," or "") end return s end
local function insertion(t)
  for i = 2, #t do
    local v, j = t[i], i - 1
    while j >= 1 and t[j] > v do t[j + 1] = t[j]; j = j - 1 end
    t[j + 1] = v
  end
  return t
end
local function quick(t, lo, hi)
  lo, hi = lo or 1, hi or #t
  if lo < hi then
    local p, i = t[hi], lo - 1
    for j = lo, hi - 1 do
      if t[j] <= p then i = i + 1; t[i], t[j] = t[j], t[i] end
    end
    t[i + 1], t[hi] = t[hi], t[i + 1]
    quick(t, lo, i)
    quick(t, i + 2, hi)
  end
  return t
end
local function merge(t)
  if #t <= 1 then return t end
  local mid = #t // 2
  local l, r = {}, {}
  for i = 1, mid do l[#l + 1] = t[i] end
  for i = mid + 1, #t do r[#r + 1] = t[i] end
  l, r = merge(l), merge(r)
  local out, i, j = {}, 1, 1
  while i <= #l and j <= #r do
    if l[i] <= r[j] then out[#out + 1] = l[i]; i = i + 1 else out[#out + 1] = r[j]; j = j + 1 end
  end
  while i <= #l do out[#out + 1] = l[i]; i = i + 1 end
  while j <= #r do out[#out + 1] = r[j]; j = j + 1 end
  return out
end
local function heap(t)
  local n = #t
  local function sift(start, stop)
    local root = start
    while 2 * root <= stop do
      local child = 2 * root
      if child + 1 <= stop and t[child] < t[child + 1] then child = child + 1 end
      if t[root] < t[child] then t[root], t[child] = t[child], t[root]; root = child else return end
    end
  end
  for s = n // 2, 1, -1 do sift(s, n) end
  for e = n, 2, -1 do t[1], t[e] = t[e], t[1]; sift(1, e - 1) end
  return t
end
-- deterministic pseudo-random data (linear congruential generator)
local seed = 12345
local function rnd() seed = (seed * 1103515245 + 12345) % 2147483648; return seed % 1000 end
local data = {}
for i = 1, 40 do data[i] = rnd() end
print(show(data))
local a, b, c, d = insertion(copy(data)), quick(copy(data)), merge(copy(data)), heap(copy(data))
print(show(a))
print(show(a) == show(b), show(b) == show(c), show(c) == show(d))
print(show(quick({3.5, -1, 2, 2.0, 0})), show(merge({"pear", "apple", "fig"})))
