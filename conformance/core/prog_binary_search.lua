-- covers: binary search, lower/upper bounds, integer square root, bisection on floats
local function bsearch(t, x)
  local lo, hi = 1, #t
  while lo <= hi do
    local mid = (lo + hi) // 2
    if t[mid] == x then return mid
    elseif t[mid] < x then lo = mid + 1
    else hi = mid - 1 end
  end
  return nil
end
local function lower_bound(t, x)
  local lo, hi = 1, #t + 1
  while lo < hi do
    local mid = (lo + hi) // 2
    if t[mid] < x then lo = mid + 1 else hi = mid end
  end
  return lo
end
local data = {}
for i = 1, 100 do data[i] = i * 3 end
print(bsearch(data, 3), bsearch(data, 150), bsearch(data, 300), bsearch(data, 151), bsearch(data, 0))
print(lower_bound(data, 1), lower_bound(data, 3), lower_bound(data, 4), lower_bound(data, 301))
local dup = {1, 2, 2, 2, 3, 5}
print(lower_bound(dup, 2), lower_bound(dup, 4), lower_bound({}, 1))
local function isqrt(n)
  local lo, hi = 0, n
  while lo < hi do
    local mid = (lo + hi + 1) // 2
    if mid <= n // mid then lo = mid else hi = mid - 1 end
  end
  return lo
end
print(isqrt(0), isqrt(1), isqrt(15), isqrt(16), isqrt(1000000), isqrt(0x7fffffffffffffff))
local function bisect(f, a, b)
  for _ = 1, 60 do
    local m = (a + b) / 2
    if (f(a) < 0) == (f(m) < 0) then a = m else b = m end
  end
  return a
end
local root = bisect(function(x) return x * x - 2 end, 0, 2)
print(root, root * root - 2 < 1e-12)
local cube = bisect(function(x) return x * x * x - 27 end, 0, 10)
print(cube)
