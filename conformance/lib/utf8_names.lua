-- How utf8 functions are named in error messages.
print(pcall(utf8.char, -1))
print(pcall(function() utf8.char(-1) end))
local u = utf8
print(pcall(function() u.len("x", 7) end))
local char = utf8.char
print(pcall(function() char(0x110000) end))
local t = {f = utf8.codepoint}
print(pcall(function() t.f("x", 3) end))
print(pcall(function() t:f() end))
local names = {}
for k, v in pairs(utf8) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
print(package.loaded.utf8 == utf8)
