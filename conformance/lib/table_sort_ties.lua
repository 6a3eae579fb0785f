-- Sorting is not stable: the order of equal keys follows lua5.3's algorithm.
local function run(n, keys)
  local t = {}
  for i = 1, n do t[i] = {k = keys(i), id = i} end
  table.sort(t, function(a, b) return a.k < b.k end)
  local out = {}
  for i = 1, n do out[i] = t[i].k .. "/" .. t[i].id end
  print(table.concat(out, " "))
end
run(10, function(i) return i % 3 end)
run(12, function(i) return i % 2 end)
run(15, function() return 0 end)
run(20, function(i) return (i * 7) % 5 end)
run(31, function(i) return (i * i) % 4 end)
-- a '<=' comparator is invalid but often goes unnoticed
local t = {}
for i = 1, 9 do t[i] = {k = i % 3, id = i} end
local ok, err = pcall(table.sort, t, function(a, b) return a.k <= b.k end)
local out = {}
for i = 1, #t do out[i] = t[i].k .. "/" .. t[i].id end
print(ok, err, table.concat(out, " "))
