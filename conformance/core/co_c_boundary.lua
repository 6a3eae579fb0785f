-- covers: yields that cross a C function boundary fail; yields in Lua callbacks are fine
-- tostring calls __tostring from C: yielding there is not allowed
local obj = setmetatable({}, {__tostring = function() coroutine.yield("from tostring"); return "x" end})
local co = coroutine.create(function() return tostring(obj) end)
print(coroutine.resume(co))
print(coroutine.status(co))
-- the same metamethod invoked by the VM for concat is fine (no C in between)
local cat = setmetatable({}, {__concat = function() return coroutine.yield("from concat") end})
local co2 = coroutine.create(function() return cat .. "y" end)
print(coroutine.resume(co2))
print(coroutine.resume(co2, "concat result"))
-- a load reader cannot yield
local co3 = coroutine.create(function()
  return load(function() coroutine.yield("from reader") end)
end)
print(coroutine.resume(co3))
-- __index function yielding when reached through rawget-free Lua access is fine
local lazy = setmetatable({}, {__index = function(_, k) return coroutine.yield("need " .. k) end})
local co4 = coroutine.create(function() return lazy.a .. lazy.b end)
print(coroutine.resume(co4))
print(coroutine.resume(co4, "A"))
print(coroutine.resume(co4, "B"))
-- yield inside a __pairs iterator called by a generic for (iterator is Lua code)
local pairsy = setmetatable({}, {__pairs = function()
  local i = 0
  return function()
    i = i + 1
    if i <= 2 then coroutine.yield("pairs step " .. i); return i, i * 10 end
  end
end})
local co5 = coroutine.wrap(function()
  local s = 0
  for _, v in pairs(pairsy) do s = s + v end
  return "pairs sum " .. s
end)
print(co5())
print(co5())
print(co5())
