-- covers: __index as a function: arguments, return value truncation, defaults, memoisation
local calls = 0
local t = setmetatable({}, {__index = function(tab, key)
  calls = calls + 1
  return "computed:" .. tostring(key)
end})
print(t.foo, t[1], t[true], calls)
print(rawget(t, "foo"))
-- only the first return value is used
local m = setmetatable({}, {__index = function() return 1, 2, 3 end})
print(m.x)
local x, y = m.x
print(x, y)
-- self argument is the original table
local self_ok
local o = setmetatable({}, {__index = function(tab, k) self_ok = (tab ~= nil); return k end})
print(o.zzz, self_ok)
-- memoising fibonacci via __index
local fib = setmetatable({[0] = 0, [1] = 1}, {__index = function(tab, n)
  local v = tab[n - 1] + tab[n - 2]
  rawset(tab, n, v)
  return v
end})
print(fib[10], fib[50], fib[90])
-- defaults table
local function withDefaults(d)
  return setmetatable({}, {__index = function(_, k) return d[k] end})
end
local cfg = withDefaults({color = "red", size = 10})
cfg.size = 12
print(cfg.color, cfg.size, cfg.weight)
-- __index function returning nil
local n = setmetatable({}, {__index = function() end})
print(n.anything)
-- __index function that raises
local bad = setmetatable({}, {__index = function(_, k) error("no field " .. k) end})
print(pcall(function() return bad.zap end))
-- __index chain mixing table and function
local last = setmetatable({}, {__index = function(_, k) return "fn:" .. k end})
local first = setmetatable({}, {__index = last})
print(first.q)
