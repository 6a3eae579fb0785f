-- table.insert appends or shifts elements up.
local function show(t, n)
  local parts = {}
  for i = 1, n or #t do parts[i] = tostring(t[i]) end
  print(#t, table.concat(parts, ","))
end
local t = {}
table.insert(t, "a")
table.insert(t, "b")
show(t)
table.insert(t, 1, "front")
show(t)
table.insert(t, 2, "second")
show(t)
table.insert(t, #t + 1, "end")
show(t)
table.insert(t, #t, "before-last")
show(t)
-- inserting nil with an explicit position shifts the rest up
local u = {1, 2, 3}
table.insert(u, 2, nil)
show(u, 4)
-- appending nil changes nothing
local v = {1, 2}
table.insert(v, nil)
show(v)
-- positions may be floats with integral values or numeric strings
local w = {"x"}
table.insert(w, 1.0, "y")
table.insert(w, "2", "z")
show(w)
-- insert returns nothing
print(select("#", table.insert({}, 1)))
print(select("#", table.insert({}, 1, 1)))
-- a long sequence of front insertions
local q = {}
for i = 1, 200 do table.insert(q, 1, i) end
print(#q, q[1], q[100], q[200])
-- the table's own length rules: insertion after a border
local b = {1, 2, 3}
b[5] = 5
table.insert(b, "x")
print(b[4] == "x" or b[6] == "x")
