-- covers: memoisation with composite string keys, integer partitions, Catalan numbers, binomials
local memo = {}
local function p(n, k)
  if n == 0 then return 1 end
  if n < 0 or k == 0 then return 0 end
  local key = n .. "," .. k
  local v = memo[key]
  if v then return v end
  v = p(n - k, k) + p(n, k - 1)
  memo[key] = v
  return v
end
local out = ""
for n = 1, 15 do out = out .. p(n, n) .. " " end
print(out)
print(p(100, 100))
local cat = {[0] = 1}
for n = 1, 30 do
  local s = 0
  for i = 0, n - 1 do s = s + cat[i] * cat[n - 1 - i] end
  cat[n] = s
end
print(cat[5], cat[10], cat[30])
local function binom(n, k)
  if k < 0 or k > n then return 0 end
  local r = 1
  for i = 1, k do r = r * (n - k + i) // i end
  return r
end
print(binom(10, 3), binom(52, 5), binom(60, 30), binom(5, 7))
-- Pascal's triangle rows
for n = 0, 6 do
  local row = ""
  for k = 0, n do row = row .. binom(n, k) .. " " end
  print(row)
end
local count = 0
for _ in pairs(memo) do count = count + 1 end
print("memo entries", count > 100)
