-- table.remove: default and explicit positions.
local function show(t)
  local parts = {}
  for i = 1, #t do parts[i] = tostring(t[i]) end
  print(#t, table.concat(parts, ","))
end
local t = {"a", "b", "c", "d", "e"}
print(table.remove(t))
show(t)
print(table.remove(t, 1))
show(t)
print(table.remove(t, 2))
show(t)
print(table.remove(t, #t))
show(t)
print(table.remove(t))
show(t)
-- removing from an empty table gives nil, at #t (0) and #t+1 (1)
local e = {}
print(table.remove(e), table.remove(e, 0), table.remove(e, 1))
print(select("#", table.remove({})))
-- position #t+1 is allowed and removes t[#t+1] (normally nil)
local s = {1, 2, 3}
print(table.remove(s, 4), #s)
-- on an empty table, position 0 removes t[0]
local z = {[0] = "zero"}
print(table.remove(z, 0), z[0])
print(table.remove(z), z[0])
-- a nil element inside the range is shifted like any other (the length
-- comes from __len so that it does not depend on where the border is)
local n = setmetatable({1, nil, 3}, {__len = function() return 3 end})
print(table.remove(n, 1), n[1], n[2], n[3])
-- float and string positions
local f = {"x", "y", "z"}
print(table.remove(f, 2.0), table.remove(f, "1"), f[1], #f)
-- drain a long array from the front
local q = {}
for i = 1, 300 do q[i] = i end
local sum = 0
while #q > 0 do sum = sum + table.remove(q, 1) end
print(sum, #q)
-- and from the back
for i = 1, 300 do q[i] = i * 2 end
sum = 0
while #q > 0 do sum = sum + table.remove(q) end
print(sum)
