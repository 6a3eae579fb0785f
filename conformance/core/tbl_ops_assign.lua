-- covers: table field assignment forms, a.b / a["b"] / a[expr], length after assignment
local t = {}
t.a = 1
t["b"] = 2
t[1] = "one"
t[1 + 1] = "two"
local key = "c"
t[key] = 3
print(t.a, t.b, t.c, t[1], t[2], #t)
t.a, t.b = t.b, t.a
print(t.a, t.b)
local i = 1
i, t[i] = i + 1, "changed"
print(i, t[1], t[2])
local s = {}
s[1], s[2], s[3] = "x", "y"
print(s[1], s[2], s[3], #s)
local function f() return "p", "q" end
local u = {}
u.x, u.y, u.z = f()
print(u.x, u.y, u.z)
u.x, u.y, u.z = f(), "r"
print(u.x, u.y, u.z)
local counter = {n = 0}
for _ = 1, 5 do counter.n = counter.n + 1 end
print(counter.n)
local nested = {}
nested[1] = {}
nested[1][1] = {}
nested[1][1][1] = "deep"
print(nested[1][1][1])
local list = {}
for idx = 1, 5 do list[#list + 1] = idx * 3 end
print(#list, list[1], list[5])
