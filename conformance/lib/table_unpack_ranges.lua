-- covers: table.unpack with explicit ranges, negative and zero indices,
-- holes (nil values inside the range), i > j, very wide ranges rejected,
-- and interaction with select('#'), table.pack, string.char and math.max
local t = {[-2] = "m2", [-1] = "m1", [0] = "z", "a", "b", "c", nil, "e"}
local function show(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = tostring((select(i, ...))) end
  print(n, table.concat(parts, ","))
end
show(table.unpack(t, -2, 2))
show(table.unpack(t, -1, -1))
show(table.unpack(t, 0, 5))
show(table.unpack(t, 3, 5))
show(table.unpack(t, 4, 4))
show(table.unpack(t, 5, 3))
show(table.unpack(t, 2, 1))
show(table.unpack(t, 10, 12))
show(table.unpack({}, 1, 3))
show(table.unpack({1, 2, 3}, -1))
show(table.unpack({1, 2, 3}, 2.0, "3"))
show(table.unpack({"x"}, math.maxinteger, math.maxinteger))
show(table.unpack({"x"}, math.mininteger, math.mininteger))
show(table.unpack({"x"}, math.maxinteger, math.mininteger))
print(pcall(table.unpack, {}, 1, 1 << 40))
print(pcall(table.unpack, {}, math.mininteger, -1))
print(pcall(table.unpack, {}, 0, math.maxinteger))
print(pcall(table.unpack, {}, 1.5))
-- feeding ranges to other functions
local bytes = {72, 101, 108, 108, 111, 33, 63}
print(string.char(table.unpack(bytes, 1, 5)), string.char(table.unpack(bytes, 6)), string.char(table.unpack(bytes, 3, 2)) == "")
print(math.max(table.unpack(bytes)), math.min(table.unpack(bytes, 2, 4)))
local p = table.pack(table.unpack(t, -2, 5))
print(p.n, p[1], p[3], p[7], p[8])
-- unpack results are adjusted like any call
local a, b, c = table.unpack({1, 2})
print(a, b, c)
local x, y = table.unpack({1, 2, 3}), 10
print(x, y)
print((table.unpack({"first", "second"})))
-- a large but allowed range
local big = {}
for i = 1, 5000 do big[i] = i end
print(select("#", table.unpack(big)), select(-1, table.unpack(big)), select(4999, table.unpack(big, 1, 5000)))
-- table.move and unpack over negative indices
local m = table.move({10, 20, 30}, 1, 3, -1)
show(table.unpack(m, -1, 3))
-- string.byte and unpack symmetry
local s = "unpack!"
local codes = {s:byte(1, -1)}
print(#codes, string.char(table.unpack(codes)) == s, string.char(table.unpack(codes, -2 + #codes)))
