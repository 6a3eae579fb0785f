-- covers: an empty proxy table that forwards every access to a hidden table and logs it
local function track(target)
  local log = {}
  local proxy = setmetatable({}, {
    __index = function(_, k) log[#log + 1] = "get " .. tostring(k); return target[k] end,
    __newindex = function(_, k, v) log[#log + 1] = "set " .. tostring(k) .. "=" .. tostring(v); target[k] = v end,
    __len = function() return #target end,
    __pairs = function() return next, target, nil end,
    __call = function(_, ...) log[#log + 1] = "call " .. select("#", ...); return target.fn and target.fn(...) end,
  })
  return proxy, log
end
local backing = {a = 1, 10, 20, fn = function(x) return x and x * 2 end}
local p, log = track(backing)
local x = p.a
p.b = 2
p.a = 3 -- proxy stays empty: __newindex every time
local y = p[1]
print(x, y, backing.a, backing.b, rawget(p, "a"), #p)
print(p(21))
for i = 1, #log do print(i, log[i]) end
-- pairs through the proxy sees the target contents
local n = 0
for k, v in pairs(p) do n = n + 1 end
print("pairs count", n)
-- ipairs through the proxy uses __index
local vals = ""
for i, v in ipairs(p) do vals = vals .. v .. " " end
print(vals, #log)
-- a read-only view that reports attempts
local function readonly(t)
  return setmetatable({}, {__index = t, __newindex = function(_, k) error("read-only: " .. tostring(k), 2) end, __len = function() return #t end})
end
local ro = readonly({1, 2, 3})
print(ro[2], #ro, pcall(function() ro[4] = 4 end))
