-- table.sort reads and writes through __index/__newindex: count them.
local function proxy(store, counts)
  return setmetatable({}, {
    __index = function(_, k) counts.get = counts.get + 1; return store[k] end,
    __newindex = function(_, k, v) counts.set = counts.set + 1; store[k] = v end,
    __len = function() counts.len = counts.len + 1; return #store end,
  })
end
for _, n in ipairs({2, 3, 7, 20, 100}) do
  local store = {}
  for i = 1, n do store[i] = (i * 37) % 101 end
  local counts = {get = 0, set = 0, len = 0}
  table.sort(proxy(store, counts))
  local ok = true
  for i = 2, n do if store[i] < store[i - 1] then ok = false end end
  print(n, ok, counts.len, counts.get, counts.set)
end
-- the exact access trace for a small input
local store = {4, 1, 3, 5, 2}
local trace = {}
local p = setmetatable({}, {
  __index = function(_, k) trace[#trace + 1] = "r" .. k; return store[k] end,
  __newindex = function(_, k, v) trace[#trace + 1] = "w" .. k .. "=" .. v; store[k] = v end,
  __len = function() return #store end,
})
table.sort(p)
print(table.concat(store, ","))
print(table.concat(trace, " "))
-- a table with a metatable but no __index/__newindex is sorted raw
local plain = setmetatable({3, 1, 2}, {})
table.sort(plain)
print(table.concat(plain, ","))
-- __index tables are used for reads, writes go to the proxy itself
local base = {30, 10, 20}
local view = setmetatable({}, {__index = base, __len = function() return 3 end})
table.sort(view)
print(rawget(view, 1), rawget(view, 2), rawget(view, 3), table.concat(base, ","))
