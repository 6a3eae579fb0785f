-- covers: errors in coroutines and coroutine API misuse messages
local co = coroutine.create(function() error("failure inside") end)
print(coroutine.resume(co))
print(coroutine.resume(co))
local co2 = coroutine.create(function() error({reason = "table"}) end)
local ok, e = coroutine.resume(co2)
print(ok, type(e), e.reason)
local co3 = coroutine.create(function() local t; return t.x end)
print(coroutine.resume(co3))
-- error after yields
local co4 = coroutine.create(function() coroutine.yield(1); error("second step", 0) end)
print(coroutine.resume(co4))
print(coroutine.resume(co4))
print(coroutine.status(co4))
-- resuming a running coroutine
local self_co
self_co = coroutine.create(function() return coroutine.resume(self_co) end)
print(coroutine.resume(self_co))
-- resuming a normal coroutine (one that resumed another)
local a, b
a = coroutine.create(function() return coroutine.resume(b) end)
b = coroutine.create(function() return coroutine.resume(a) end)
print(coroutine.resume(a))
-- yield from the main thread
print(pcall(coroutine.yield, 1))
-- API argument errors
print(pcall(coroutine.resume, 42))
print(pcall(coroutine.resume))
print(pcall(coroutine.create, 1))
print(pcall(coroutine.create))
print(pcall(coroutine.wrap))
-- wrap on a dead coroutine
local w = coroutine.wrap(function() return 1 end)
w()
print(pcall(w))
-- error with level 2 inside a coroutine
local co5 = coroutine.create(function()
  local function check() error("level two", 2) end
  check() -- line 39
end)
print(coroutine.resume(co5))
