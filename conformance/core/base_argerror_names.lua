-- covers: how builtin "bad argument" messages name the function: by the call-site name
-- (global, field, method, local) when called from Lua, by the qualified global name via pcall
print(pcall(function() setmetatable(1, {}) end))
print(pcall(function() coroutine.status(nil) end))
print(pcall(function() local st = coroutine.status; st(nil) end))
print(pcall(function() local t = {fn = rawlen}; t.fn(1) end))
print(pcall(function() local t = {fn = coroutine.status}; t:fn() end))
print(pcall(function() tonumber("10", 99) end))
print(pcall(function() select(0) end))
print(pcall(function() rawget(1, 2) end))
print(pcall(function() return next({}, "x") end))
print(pcall(function() ipairs() end))
print(pcall(function() coroutine.resume(1) end))
print(pcall(function() coroutine.wrap(nil) end))
print(pcall(function() xpcall(print) end))
print(pcall(function() type() end))
print(pcall(function() local myfunc = tonumber; myfunc({}, 10) end))
-- called through pcall directly: the global name is found
print(pcall(setmetatable, 1, {}))
print(pcall(coroutine.status, nil))
print(pcall(rawlen, 1))
print(pcall(select, 0))
-- an upvalue holding a builtin
local up = rawequal
print(pcall(function() up(1) end))
