-- covers: __pairs metamethod, pairs without it, custom iteration order via __pairs
local function isort(t)
  for i = 2, #t do
    local v, j = t[i], i - 1
    while j >= 1 and t[j] > v do t[j + 1] = t[j]; j = j - 1 end
    t[j + 1] = v
  end
  return t
end
-- __pairs returning an ordered iterator
local ordered = setmetatable({c = 3, a = 1, b = 2}, {__pairs = function(t)
  local keys = {}
  for k in next, t do keys[#keys + 1] = k end
  isort(keys)
  local i = 0
  return function()
    i = i + 1
    local k = keys[i]
    if k ~= nil then return k, t[k] end
  end, t, nil
end})
for k, v in pairs(ordered) do print(k, v) end
-- __pairs receives the table and its three results are used
local got
local proxy = setmetatable({}, {__pairs = function(t)
  got = t
  return function(s, c)
    if c < s then return c + 1, (c + 1) * 10 end
  end, 3, 0
end})
for k, v in pairs(proxy) do print("proxy", k, v) end
print(got == proxy)
-- only the first three results of __pairs matter
local extra = setmetatable({}, {__pairs = function() return next, {x = 1}, nil, "ignored" end})
for k, v in pairs(extra) do print("extra", k, v) end
-- a proxy table exposing another table's contents
local backing = {one = 1, two = 2, three = 3}
local view = setmetatable({}, {__index = backing, __pairs = function() return next, backing, nil end})
local keys = {}
for k in pairs(view) do keys[#keys + 1] = k end
isort(keys)
print(#keys, keys[1], keys[2], keys[3], view.two)
-- next ignores __pairs
print(next(view))
-- pairs on a non-table without __pairs only fails once next runs
print(pcall(function() for k in pairs(nil) do end end))
print(pcall(function() for k in pairs(42) do end end))
print(select("#", pairs({})), select(3, pairs({})))
print(pcall(pairs))
