-- covers: "attempt to call" error messages for every kind of variable
print(pcall(function() undefinedfn() end))
print(pcall(function() local lf; lf() end))
local up
print(pcall(function() up() end))
local t = {}
print(pcall(function() t.field() end))
print(pcall(function() t:method() end))
print(pcall(function() t.a.b() end))
print(pcall(function() t["str key"]() end))
print(pcall(function() local n = 5; n() end))
print(pcall(function() ("str")() end))
print(pcall(function() local b = true; b() end))
print(pcall(function() t[1]() end))
print(pcall(function() local k = "dyn"; t[k]() end))
local nested = {inner = {}}
print(pcall(function() nested.inner.deep() end))
print(pcall(function() nested.inner:deep() end))
print(pcall(function() return (nil)() end))
print(pcall(function() local f = {}; return f(1, 2) end))
-- calling the result of a call
print(pcall(function() local function g() return nil end; g()() end))
-- calling a global table field
print(pcall(function() coroutine.nothing() end))
-- pcall itself with a non-function
print(pcall(42))
print(pcall(nil))
print(pcall(pcall))
