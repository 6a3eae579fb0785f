-- table.move: copies within a table and between tables.
local function show(t, n)
  local parts = {}
  for i = 1, n do parts[i] = tostring(t[i]) end
  print(table.concat(parts, ","))
end
local function seq(n)
  local t = {}
  for i = 1, n do t[i] = i end
  return t
end
-- overlapping, destination below the source
show(table.move(seq(6), 2, 5, 1), 6)
-- overlapping, destination above the source (copied backwards)
show(table.move(seq(6), 1, 4, 3), 6)
show(table.move(seq(6), 1, 5, 2), 6)
-- same place
show(table.move(seq(4), 1, 4, 1), 4)
-- into another table, which is returned
local dst = {"a", "b", "c", "d", "e"}
local r = table.move(seq(3), 1, 3, 2, dst)
print(r == dst)
show(dst, 5)
-- the source is returned when there is no destination
local src = seq(3)
print(table.move(src, 1, 3, 1) == src)
-- empty ranges copy nothing
show(table.move(seq(3), 3, 2, 1), 3)
show(table.move(seq(3), 1, 0, 2, {}), 3)
-- nil as the fifth argument means the same table
show(table.move(seq(4), 1, 2, 3, nil), 4)
-- negative and zero indices
local t = {[-2] = "m2", [-1] = "m1", [0] = "z", "one"}
table.move(t, -2, 1, 10)
print(t[10], t[11], t[12], t[13])
-- holes are copied as nils
local h = {1, nil, 3}
local d = table.move(h, 1, 3, 1, {"x", "y", "z"})
print(d[1], d[2], d[3])
-- large indices near the limits
local big = table.move({"p", "q"}, 1, 2, math.maxinteger - 1, {})
print(big[math.maxinteger - 1], big[math.maxinteger])
local low = table.move({[math.mininteger] = "lo", [math.mininteger + 1] = "lo2"}, math.mininteger, math.mininteger + 1, 1, {})
print(low[1], low[2])
