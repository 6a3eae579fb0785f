-- covers: rawget, rawset, rawequal, rawlen bypassing metamethods, and their argument errors
local mt = {
  __index = function() return "meta" end,
  __newindex = function() error("no writes") end,
  __len = function() return 99 end,
  __eq = function() return true end,
}
local t = setmetatable({1, 2}, mt)
print(t.x, rawget(t, "x"), rawget(t, 1))
print(rawset(t, "x", "raw") == t, t.x, rawget(t, "x"))
print(#t, rawlen(t), rawlen("four"))
local u = setmetatable({}, mt)
print(t == u, rawequal(t, u), rawequal(t, t))
print(rawequal(1, 1), rawequal(1, 1.0), rawequal("a", "a"), rawequal(nil, nil), rawequal({}, {}))
print(rawequal(0, -0), rawequal(0/0, 0/0))
-- rawset with integer-valued float key normalises
rawset(t, 3.0, "three")
print(rawget(t, 3), rawlen(t))
-- argument errors
print(pcall(rawget, "str", 1))
print(pcall(rawget, nil, 1))
print(pcall(rawget, {}))
print(pcall(rawset, {}, 1))
print(pcall(rawset, 1, 1, 1))
print(pcall(rawequal, 1))
print(pcall(rawlen, nil))
print(pcall(rawlen))
-- rawget/rawset inside metamethods avoid recursion
local count = 0
local cache = setmetatable({}, {__index = function(tab, k)
  count = count + 1
  local v = k * 2
  rawset(tab, k, v)
  return v
end})
print(cache[5], cache[5], cache[6], count)
