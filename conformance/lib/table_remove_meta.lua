-- table.remove goes through __index, __newindex and __len.
local store = {"a", "b", "c", "d"}
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get" .. k; return store[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "set" .. k .. "=" .. tostring(v); store[k] = v end,
  __len = function() log[#log + 1] = "len"; return #store end,
})
print(table.remove(proxy, 2))
print(table.concat(log, " "))
print(table.concat(store, ","))
log = {}
print(table.remove(proxy))
print(table.concat(log, " "))
print(table.concat(store, ","))
log = {}
print(table.remove(proxy, #store + 1))
print(table.concat(log, " "))
-- an __index table supplies the values
local base = {"x", "y", "z"}
local derived = setmetatable({}, {__index = base, __len = function() return 3 end})
print(table.remove(derived, 1))
print(rawget(derived, 1), rawget(derived, 2), rawget(derived, 3), base[1])
