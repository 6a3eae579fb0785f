-- table.pack and table.unpack.
local t = table.pack()
print(t.n, t[1])
t = table.pack(1, "two", 3.0)
print(t.n, t[1], t[2], t[3])
t = table.pack(nil, 2, nil)
print(t.n, t[1], t[2], t[3])
t = table.pack(nil)
print(t.n, t[1])
-- pack keeps every argument, even many
local many = {}
for i = 1, 250 do many[i] = i end
t = table.pack(table.unpack(many))
print(t.n, t[1], t[250])
-- n is a plain field
print(rawget(t, "n"), getmetatable(t))
print(table.unpack({1, 2, 3}))
print(table.unpack({1, 2, 3}, 2))
print(table.unpack({1, 2, 3}, 2, 5))
print(table.unpack({1, 2, 3}, 3, 2))
print(table.unpack({1, 2, 3}, -1, 1))
print(table.unpack({1, 2, 3}, nil, 2))
print(table.unpack({1, 2, 3}, "2", 3.0))
print(select("#", table.unpack({})))
print(select("#", table.unpack({}, 1, 0)))
print(select("#", table.unpack({}, 1, 3)))
-- ranges at the ends of the integers
print(select("#", table.unpack({}, math.maxinteger, math.maxinteger)))
print(select("#", table.unpack({}, math.mininteger, math.mininteger)))
print(select("#", table.unpack({}, math.maxinteger - 2, math.maxinteger)))
print(select("#", table.unpack({}, math.mininteger, math.mininteger + 2)))
print(select("#", table.unpack({}, math.maxinteger, math.mininteger)))
-- a round trip keeps nils with pack's n
local p = table.pack(1, nil, 3, nil)
print(select("#", table.unpack(p, 1, p.n)))
-- unpack of a fairly long list
local long = {}
for i = 1, 10000 do long[i] = i end
print(select("#", table.unpack(long)), select(10000, table.unpack(long)))
-- string keys are not included
print(table.unpack({1, 2, x = 3}))
