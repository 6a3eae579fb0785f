-- covers: integer division/modulo by zero errors vs float division by zero
print(pcall(function() local a, b = 1, 0; return a // b end))
print(pcall(function() local a, b = 1, 0; return a % b end))
print(pcall(function() local a, b = -7, 0; return a // b end))
print(pcall(function() local a, b = 0, 0; return a % b end))
print(pcall(function() return 5 // 0 end))
print(pcall(function() return 5 % 0 end))
-- float versions never raise
print(1 / 0, -1 / 0, 1.0 // 0, -1.0 // 0, 1 // 0.0, -1 // 0.0)
print(5 / 0 == 1 / 0)
local z = 0
print(pcall(function() return 10 / z end))
print((0 / z) ~= (0 / z))
-- Lua 5.3 converts string operands of arithmetic to FLOATS, so these do not raise
print(pcall(function() return "10" // "0" end))
print(pcall(function() local r = "10" % 0; return r ~= r end))
print(pcall(function() return "10" // 0.0 end))
-- dividing by zero via a table field
local t = {n = 0}
print(pcall(function() return 3 % t.n end))
print(pcall(function() return 3 // t.n end))
print(1 // -1, -1 // 1, 0 // -3, 0 % -3)
