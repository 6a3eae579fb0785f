-- covers: closure-based iterators and generators; function composition; currying
local function range(a, b, step)
  step = step or 1
  local i = a - step
  return function()
    i = i + step
    if (step > 0 and i <= b) or (step < 0 and i >= b) then return i end
  end
end
local out = {}
for v in range(1, 10, 3) do out[#out + 1] = v end
print(out[1], out[2], out[3], out[4], #out)
out = {}
for v in range(5, 1, -2) do out[#out + 1] = v end
print(out[1], out[2], out[3], #out)
local function compose(f, g) return function(...) return f(g(...)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(compose(inc, inc), dbl)(1))
local function curry3(f)
  return function(a) return function(b) return function(c) return f(a, b, c) end end end
end
local sum3 = curry3(function(a, b, c) return a + b + c end)
print(sum3(1)(2)(3))
local function memoize(f)
  local cache, hits = {}, 0
  return function(n)
    if cache[n] ~= nil then hits = hits + 1; return cache[n] end
    local v = f(n)
    cache[n] = v
    return v
  end, function() return hits end
end
local slowsq = function(n) return n * n end
local msq, hits = memoize(slowsq)
print(msq(4), msq(4), msq(5), msq(4), hits())
local function fibgen()
  local a, b = 0, 1
  return function() local r = a; a, b = b, a + b; return r end
end
local fg = fibgen()
local fibs = {}
for i = 1, 15 do fibs[i] = fg() end
print(fibs[1], fibs[2], fibs[10], fibs[15])
-- map/filter/reduce with closures
local function map(t, f) local r = {} for i = 1, #t do r[i] = f(t[i]) end return r end
local function filter(t, p) local r = {} for i = 1, #t do if p(t[i]) then r[#r + 1] = t[i] end end return r end
local function reduce(t, f, acc) for i = 1, #t do acc = f(acc, t[i]) end return acc end
local nums = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
local evens = filter(nums, function(x) return x % 2 == 0 end)
local squares = map(evens, function(x) return x * x end)
print(#evens, reduce(squares, function(a, b) return a + b end, 0))
