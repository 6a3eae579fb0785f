-- covers: process.send deep-copies its values when it is called: the
-- receiver's tables are not the sender's, and later changes on either
-- side are not seen by the other; cycles and shared references are kept;
-- metatables are not copied; functions, coroutines and files cannot
-- be sent, even deep inside a table
local me = process.pid()
local inbox = process.inbox()
local shared = {n = 1}
local t = {a = shared, b = shared, list = {1, 2, 3}}
t.self = t
process.send(me, "t", t)
t.list[1] = 100
shared.n = 2
local got = inbox:receive():payload():data()
print(got ~= t, got.a ~= shared, got.a == got.b, got.self == got, got.list[1], got.a.n, #got.list)
got.a.n = 99
print(shared.n, got.b.n)
local obj = setmetatable({x = 1}, {__index = function() return "meta" end})
process.send(me, "obj", obj)
local o = inbox:receive():payload():data()
print(o.x, o.y, getmetatable(o))
for _, v in ipairs{print, coroutine.create(print), io.stdout} do
  print(pcall(function() process.send(me, "bad", 1, v) end))
end
print(pcall(function() process.send(me, "nested", {{{f = print}}}) end))
process.send(me, "keys", {[1.5] = "float", [true] = "bool", [10] = "int"})
local k = inbox:receive():payload():data()
print(k[1.5], k[true], k[10])
