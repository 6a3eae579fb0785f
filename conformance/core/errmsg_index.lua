-- covers: "attempt to index" error messages naming locals, globals, fields, upvalues
print(pcall(function() local t = nil; return t.x end))
print(pcall(function() return undefinedglobal.x end))
print(pcall(function() local t = {}; return t.a.b end))
print(pcall(function() local t = {}; return t.a.b.c end))
local up = nil
print(pcall(function() return up.x end))
print(pcall(function() return up[1] end))
print(pcall(function() local n = 5; return n.x end))
print(pcall(function() local b = false; return b.x end))
print(pcall(function() local f = print; return f.x end))
print(pcall(function() local t = {}; t.a.b = 1 end))
print(pcall(function() local t; t.x = 1 end))
print(pcall(function() undefinedglobal.y = 2 end))
print(pcall(function() up.z = 3 end))
print(pcall(function() local t = {}; return t[1][2] end))
print(pcall(function() local t = {}; local k = "key"; return t[k].v end))
print(pcall(function() local t = {{}}; return t[1][2][3] end))
print(pcall(function() return (nil).x end))
print(pcall(function() local t = {}; return t.x:method() end))
print(pcall(function() local co = coroutine.create(print); return co.x end))
-- indexing the result of a function call
print(pcall(function() local function f() end; return f().x end))
-- indexing with a method call on nil upvalue
print(pcall(function() return up:m() end))
-- index on a global table's missing subfield
print(pcall(function() return coroutine.missing.x end))
