-- covers: table constructors: positional, named, [k]=, separators, multi-value expansion
local function three() return 1, 2, 3 end
local function none() end
local t = {10, 20, 30; 40}
print(#t, t[1], t[4])
local n = {x = 1, y = 2, ["z"] = 3, [1 + 1] = "two", [true] = "yes"}
print(n.x, n.y, n.z, n[2], n[true])
local m = {"a", x = "X", "b", [10] = "ten", "c",}
print(#m, m[1], m[2], m[3], m.x, m[10])
local e = {three()}
print(#e, e[1], e[2], e[3])
local f = {three(), three()}
print(#f, f[1], f[2], f[3], f[4])
local g = {(three())}
print(#g, g[1], g[2])
local h = {three(), 10}
print(#h, h[1], h[2], h[3])
local i = {none()}
print(#i, i[1])
local j = {none(), none()}
print(j[1], j[2], j[3])
local k = {0, three()}
print(#k, k[4])
-- explicit index overridden by later positional item
local p = {[1] = "explicit", "positional"}
print(p[1])
-- nil holes: read individually
local holes = {1, nil, 3, nil, 5}
print(holes[1], holes[2], holes[3], holes[4], holes[5])
-- nested constructors
local nest = {{1, 2}, {3, {4, 5}}, k = {v = "deep"}}
print(nest[1][2], nest[2][2][1], nest.k.v, #nest)
-- expressions as values and keys
local base = 5
local ex = {base * 2, [base] = base + 1, ["k" .. base] = "kv"}
print(ex[1], ex[5], ex.k5)
local empty = {}
print(#empty, empty[1], next(empty))
local vt = {...}
print(#vt)
