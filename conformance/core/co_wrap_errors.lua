-- covers: error values crossing coroutine.wrap boundaries, position prefixes (5.3 specific),
-- and errors raised while a wrap is resumed from inside another coroutine
local function at_line(f) local ok, e = pcall(f) return e end
local w1 = coroutine.wrap(function() error("plain") end)
print(at_line(function() return w1() end))
local w2 = coroutine.wrap(function() error("lvl0", 0) end)
print(at_line(function() return w2() end))
local w3 = coroutine.wrap(function() error(12) end)
print(at_line(function() return w3() end))
local w4 = coroutine.wrap(function() error() end)
print(at_line(function() return w4() end))
local w5 = coroutine.wrap(function() return nil + 1 end)
print(at_line(function() return w5() end))
local w6 = coroutine.wrap(function() coroutine.yield() end)
w6(); w6()
print(at_line(function() return w6() end))
-- nested wraps: each level adds its own caller position to string errors
local inner = coroutine.wrap(function() error("deep") end)
local outer = coroutine.wrap(function() return inner() end)
print(at_line(function() return outer() end))
-- the coroutine is dead after an error; the wrap cannot be reused
local w7 = coroutine.wrap(function() error("once", 0) end)
print(pcall(w7))
print(pcall(w7))
-- create/resume does not add positions
local co = coroutine.create(function() error("from create", 0) end)
print(coroutine.resume(co))
local co2 = coroutine.create(function() error("with pos") end)
print(coroutine.resume(co2))
