-- covers: large tables: 100000-element arrays, many string keys, growth and shrink
local t = {}
for i = 1, 100000 do t[i] = i end
print(#t, t[1], t[50000], t[100000])
local s = 0
for i = 1, #t do s = s + t[i] end
print(s)
for i = #t, 50001, -1 do t[i] = nil end
print(#t)
-- many string keys
local m = {}
for i = 1, 10000 do m["key" .. i] = i end
local count, total = 0, 0
for k, v in pairs(m) do count = count + 1; total = total + v end
print(count, total, m.key1, m.key10000, m.key10001)
for i = 1, 10000, 2 do m["key" .. i] = nil end
count = 0
for _ in pairs(m) do count = count + 1 end
print(count)
-- sparse integer keys
local sp = {}
for i = 1, 1000 do sp[i * i] = i end
count = 0
for _ in pairs(sp) do count = count + 1 end
print(count, sp[1], sp[1000000], sp[2])
-- negative and zero keys are hash keys
local neg = {}
for i = -5, 5 do neg[i] = i * 2 end
print(neg[-5], neg[0], neg[5], #neg)
-- table of tables
local rows = {}
for i = 1, 1000 do rows[i] = {id = i, name = "row" .. i} end
print(#rows, rows[500].name, rows[1000].id)
