-- covers: __newindex as function and table, rawset inside, only for absent keys
local log = {}
local t = setmetatable({}, {__newindex = function(tab, k, v)
  log[#log + 1] = tostring(k) .. "=" .. tostring(v)
  rawset(tab, k, v * 2)
end})
t.a = 1
t.b = 2
t.a = 10 -- key exists now: no metamethod
print(t.a, t.b, #log, log[1], log[2])
-- __newindex table: assignment is redirected there
local store = {}
local proxy = setmetatable({}, {__newindex = store})
proxy.x = 5
print(rawget(proxy, "x"), store.x)
-- redirected table has its own __newindex
local inner_log = {}
local inner = setmetatable({}, {__newindex = function(_, k, v) inner_log[#inner_log + 1] = k end})
local outer = setmetatable({}, {__newindex = inner})
outer.p = 1
outer.q = 2
print(inner_log[1], inner_log[2], rawget(inner, "p"))
-- read-only table
local function readonly(src)
  return setmetatable({}, {
    __index = src,
    __newindex = function(_, k) error("attempt to modify read-only field " .. tostring(k), 2) end,
  })
end
local ro = readonly({v = 1})
print(ro.v)
print(pcall(function() ro.v = 2 end))
print(pcall(function() ro.w = 2 end))
-- existing key with nil value goes through __newindex again
local c = 0
local u = setmetatable({}, {__newindex = function(tab, k, v) c = c + 1; rawset(tab, k, v) end})
u.k = 1
u.k = nil
u.k = 2
print(c, u.k)
-- rawset bypasses
local r = setmetatable({}, {__newindex = function() error("should not run") end})
rawset(r, "z", 26)
print(r.z)
-- __newindex with integer keys and array growth
local arr = setmetatable({}, {__newindex = function(tab, k, v) rawset(tab, k, v .. "!") end})
for i = 1, 3 do arr[i] = "v" .. i end
print(#arr, arr[1], arr[3])
