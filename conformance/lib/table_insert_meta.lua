-- table.insert goes through __index, __newindex and __len.
local store = {10, 20, 30}
local log = {}
local proxy = setmetatable({}, {
  __index = function(_, k) log[#log + 1] = "get" .. k; return store[k] end,
  __newindex = function(_, k, v) log[#log + 1] = "set" .. k .. "=" .. tostring(v); store[k] = v end,
  __len = function() log[#log + 1] = "len"; return #store end,
})
table.insert(proxy, 2, 15)
print(table.concat(log, " "))
print(table.concat(store, ","))
log = {}
table.insert(proxy, 40)
print(table.concat(log, " "))
print(table.concat(store, ","))
log = {}
table.insert(proxy, 1, 5)
print(table.concat(log, " "))
print(table.concat(store, ","))
-- __newindex only applies to absent keys of the table itself
local seen = {}
local t = setmetatable({1, 2}, {__newindex = function(t, k, v) seen[#seen + 1] = k; rawset(t, k, v) end})
table.insert(t, 1, 0)
print(table.concat(seen, ","), table.concat(t, ","))
-- an error in a metamethod stops the insertion half way
local half = {1, 2, 3}
local p2 = setmetatable({}, {
  __index = half,
  __newindex = function(_, k, v) if k == 3 then error("stop at " .. k) end; half[k] = v end,
  __len = function() return #half end,
})
print(pcall(table.insert, p2, 1, 0))
print(table.concat(half, ","))
