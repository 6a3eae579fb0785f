-- covers: variable descriptions in error messages: global vs local _ENV, upvalues, constants, methods
print(pcall(function() return missing_global.x end))
print(pcall(function() local _ENV = {}; return missing_in_env.x end))
local _ENV2 = {}
print(pcall(function() local _ENV = _ENV2; return x.y end))
print(pcall(function() return _G.nothere.x end))
local tbl = {sub = {}}
print(pcall(function() return tbl.sub.deeper.x end))
print(pcall(function() tbl.sub:method() end))
print(pcall(function() local t = {}; t.a.b.c = 1 end))
print(pcall(function() local a = {}; return a[#a + 1].x end))
print(pcall(function() local a = {}; return a[1 + 1].x end))
print(pcall(function() local a = {}; local k = 1; return a[k].x end))
print(pcall(function() local a = {}; return a.b + a.c end))
print(pcall(function() local a = {b = 1}; return a.b + a.c end))
print(pcall(function() return math_missing.floor(1) end))
print(pcall(function() local f = function() end; return f().x end))
print(pcall(function() local t = setmetatable({}, {__index = function() return nil end}); return t.a.b end))
print(pcall((function() local up2 = tbl; return function() return up2.missing.x end end)()))
-- local variables named like globals, and globals accessed through _G
local print_local = nil
print(pcall(function() return print_local() end))
print(pcall(function() return _G.print_missing() end))
print(pcall(function() local G = _G; return G.nope.x end))
