-- The exact sequence of comparisons table.sort makes: lua5.3's quicksort
-- (median of three, partition around a pivot at up-1).
local calls
local function cmp(a, b)
  calls[#calls + 1] = a .. "<" .. b
  return a < b
end
local inputs = {
  {2, 1},
  {1, 2, 3},
  {3, 2, 1},
  {4, 1, 3, 2},
  {5, 3, 1, 4, 2},
  {1, 1, 1, 1, 1},
  {9, 8, 7, 6, 5, 4, 3, 2, 1},
  {3, 7, 1, 9, 4, 6, 2, 8, 5, 0},
  {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12},
}
for _, t in ipairs(inputs) do
  calls = {}
  table.sort(t, cmp)
  print(table.concat(t, ","), #calls)
  print(table.concat(calls, " "))
end
-- the same through __lt on tables
local mt = {}
mt.__lt = function(a, b)
  calls[#calls + 1] = a.v .. "<" .. b.v
  return a.v < b.v
end
local objs = {}
for i, v in ipairs({6, 2, 9, 4, 1, 8, 3}) do objs[i] = setmetatable({v = v}, mt) end
calls = {}
table.sort(objs)
local vs = {}
for i, o in ipairs(objs) do vs[i] = o.v end
print(table.concat(vs, ","), #calls)
print(table.concat(calls, " "))
