-- covers: key normalisation and identity: numbers, strings, booleans, tables, functions
local t = {}
t[1] = "int"; t[1.0] = "float one"
print(t[1])
t[2^53] = "pow"
print(t[9007199254740992])
t["1"] = "string one"
print(t[1], t["1"])
t[1.5] = "one and a half"
print(t[1.5], t[3 / 2])
t[true] = "T"; t[false] = "F"
print(t[true], t[false], t[1 == 1])
local k1, k2 = {}, {}
t[k1] = "table1"; t[k2] = "table2"
print(t[k1], t[k2], t[{}])
local fn = function() end
t[fn] = "function"
print(t[fn])
t[print] = "print"
print(t[print])
local co = coroutine.create(function() end)
t[co] = "thread"
print(t[co])
t[-0.0] = "negzero"
print(t[0], t[-0])
-- string keys vs identifier fields
local r = {["my key"] = 1, ["end"] = 2, ["1x"] = 3}
print(r["my key"], r["end"], r["1x"])
r.field = "f"
print(r["field"], r.field)
-- numeric string keys are not converted
local m = {}
m["10"] = "s"; m[10] = "n"
print(m["10"], m[10], m[10.0])
-- the same float computed differently
local a = {}
a[0.1 + 0.2] = "x"
print(a[0.3], a[0.1 + 0.2])
-- overwriting and deleting
local d = {k = 1}
d.k = nil
print(d.k, next(d))
