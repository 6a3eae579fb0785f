-- covers: nil and NaN as table keys: reads return nil, writes raise errors
local t = {}
print(t[nil], t[0 / 0])
print(pcall(function() t[nil] = 1 end))
print(pcall(function() t[0 / 0] = 1 end))
print(pcall(function() local k; t[k] = 1 end))
print(pcall(function() rawset(t, nil, 1) end))
print(pcall(function() rawset(t, 0 / 0, 1) end))
print(pcall(function() return {[nil] = 1} end))
print(pcall(function() local nan = 0 / 0; return {[nan] = 1} end))
-- assigning nil to an absent key is fine
print(pcall(function() t.absent = nil; return "ok" end))
print(rawget(t, nil), rawget(t, 0 / 0))
-- __newindex is consulted before the key check
local seen
local p = setmetatable({}, {__newindex = function(_, k, v) seen = tostring(k) .. "=" .. tostring(v) end})
p[nil] = 5
print(seen)
-- next(t) on an empty table and indexing with nil inside a function
local function get(tab, key) return tab[key] end
print(get({}, nil), next({}))
