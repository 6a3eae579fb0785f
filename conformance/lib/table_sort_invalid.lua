-- Inconsistent order functions: lua5.3 detects some cases, and in every
-- case sort finishes, leaving a permutation of the elements.
local function state(t)
  local parts = {}
  for i = 1, #t do parts[i] = tostring(t[i]) end
  return table.concat(parts, ",")
end
local function seq(n)
  local t = {}
  for i = 1, n do t[i] = n - i + 1 end
  return t
end
local always = function() return true end
local never = function() return false end
for _, n in ipairs({2, 3, 4, 5, 8, 15, 40}) do
  local t = seq(n)
  local ok, err = pcall(table.sort, t, always)
  print(n, "always", ok, err, state(t))
  t = seq(n)
  ok, err = pcall(table.sort, t, never)
  print(n, "never", ok, err, state(t))
end
-- an order function that answers by a fixed pattern
for _, n in ipairs({6, 10, 33, 100}) do
  local k = 0
  local t = seq(n)
  local ok, err = pcall(table.sort, t, function(a, b) k = k + 1; return k % 3 == 0 end)
  local sum = 0
  for i = 1, n do sum = sum + t[i] end
  print(n, "pattern", ok, err, k, sum)
end
-- random answers from a fixed generator: the result is always a permutation
local seed = 7
local function coin()
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % 2 == 0
end
for round = 1, 20 do
  local n = round * 7
  local t = seq(n)
  local ok, err = pcall(table.sort, t, function() return coin() end)
  local seen, dup = {}, false
  for i = 1, n do if seen[t[i]] then dup = true end seen[t[i]] = true end
  print(round, ok, err, dup, #t)
end
-- NaN makes '<' inconsistent
local t = {3, 0/0, 1, 0/0, 2, 5, 0/0, 4}
local ok, err = pcall(table.sort, t)
print(ok, err, state(t))
-- called directly, the error has the caller's position
print(pcall(function() table.sort({5, 4, 3, 2, 1, 0}, always) end))
