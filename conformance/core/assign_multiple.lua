-- covers: multiple assignment: all expressions evaluated before assigning, swaps, adjustments
local a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
a, b = b, a
print(a, b)
local x, y = 1
print(x, y)
local p, q = 1, 2, 3
print(p, q)
-- documented example: the index is evaluated before the assignment
local i = 3
local t = {}
i, t[i] = i + 1, 20
print(i, t[3], t[4])
-- swapping table fields
local s = {1, 2}
s[1], s[2] = s[2], s[1]
print(s[1], s[2])
-- right-hand side function results
local function two() return "r1", "r2" end
local m, n, o = two()
print(m, n, o)
m, n, o = two(), two()
print(m, n, o)
m, n, o = "k", two()
print(m, n, o)
-- globals and locals in one statement
local loc
glob, loc = "global value", "local value"
print(glob, loc)
glob = nil
-- assignment to fields of the result of a call
local store = {}
local function getstore() return store end
getstore().field, getstore()["other"] = 1, 2
print(store.field, store.other)
-- the right-hand side sees old values
local u, v = 1, 2
u, v = v + 10, u + 10
print(u, v)
-- rotation of three values in a table
local r = {"a", "b", "c"}
r[1], r[2], r[3] = r[2], r[3], r[1]
print(r[1], r[2], r[3])
-- local declaration with attribs of many names
local l1, l2, l3, l4, l5 = 1, 2
print(l1, l2, l3, l4, l5)
