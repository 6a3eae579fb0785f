-- Strings share a metatable whose __index is the string table.
local mt = getmetatable("")
print(type(mt), mt == getmetatable("other"), mt.__index == string)
local count = 0
for k in pairs(mt) do count = count + 1 end
print("fields", count, rawget(mt, "__index") == string)
print(("x"):upper(), ("%d-%d"):format(1, 2), ("abc"):sub(2), ("a,b"):find(","))
local s = "method"
print(s:len(), s:byte(1), s:rep(2, "|"))
print(("x").nope, ("x").len == string.len)
string.shout = function(self) return self:upper() .. "!" end
print(("hey"):shout())
string.shout = nil
print(pcall(function() return ("x"):shout() end))
print(pcall(function() return ("x"):rep() end))
print(pcall(function() return ("x"):rep("y") end))
print(pcall(function() return string.rep() end))
print(pcall(function() local t = { f = string.upper }; return t.f() end))
print(pcall(function() return ("x"):format("%d") end))
print(#"abc" + 1, "10" + 5, "3" * "4")
