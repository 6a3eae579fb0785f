-- covers: forwarding varargs through several calls, many arguments, varargs with nils
local function count(...) return select("#", ...) end
local function forward(...) return count(...) end
local function forward2(...) return forward(...) end
print(forward2(), forward2(nil), forward2(1, nil), forward2(nil, nil, nil))
-- 250 arguments through a vararg function
local function many(...)
  local t = {...}
  local s = 0
  for i = 1, select("#", ...) do s = s + t[i] end
  return select("#", ...), s
end
local args = {}
for i = 1, 250 do args[i] = i end
local function unpack_(t, i, j)
  i = i or 1
  j = j or #t
  if i > j then return end
  return t[i], unpack_(t, i + 1, j)
end
print(many(unpack_(args)))
print(count(unpack_({1, 2, 3}, 2)))
-- vararg captured into a table and re-expanded
local function capture(...)
  local n = select("#", ...)
  local t = {...}
  return function() return unpack_(t, 1, n) end
end
print(capture(1, nil, 3)())
-- varargs in the middle of an argument list are truncated to one value
local function three() return 1, 2, 3 end
print(count(three(), three()), count(three(), nil), count((three())))
-- vararg functions with fixed parameters
local function fixed(a, b, ...) return a, b, select("#", ...) end
print(fixed())
print(fixed(1))
print(fixed(1, 2, 3, 4))
-- ... used in arithmetic and comparisons (first value only)
local function first_plus(...) return ... + 1 end
print(first_plus(10, 20))
local function cmp(...) return ... == 5 end
print(cmp(5, 6), cmp(6, 5))
-- returning ... from main-chunk style load chunks
print(load("return ...")("x", nil, "z"))
