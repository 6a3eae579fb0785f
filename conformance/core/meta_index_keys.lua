-- covers: the key passed to __index/__newindex is the original key (floats are not normalised
-- when the lookup falls through to the metamethod); rawget normalises
local seen = {}
local t = setmetatable({}, {
  __index = function(_, k) return tostring(k) end,
  __newindex = function(tab, k, v) seen[#seen + 1] = tostring(k); rawset(tab, k, v) end,
})
print(t[1], t[1.0], t[2^53], t["1"], t[-0.0])
t[2.0] = "two"
print(seen[1], rawget(t, 2), t[2], t[2.0])
-- an existing integer key is found with a float index without calling __index
rawset(t, 5, "five")
print(t[5.0], t[5])
-- boolean and table keys
local k = {}
print(t[true], t[false], t[k] == tostring(k))
-- __index receiving the same table object
local receiver
local r = setmetatable({}, {__index = function(tab) receiver = tab end})
local _ = r.x
print(receiver == r)
-- __newindex not called for existing keys, even with float spelling
local calls = 0
local u = setmetatable({[1] = "one"}, {__newindex = function() calls = calls + 1 end})
u[1.0] = "uno"
u[2.0] = "dos"
print(u[1], rawget(u, 2), calls)
