-- Plain Lua: format problems are left to the run time, as for other
-- library calls (this program means to get those errors).
print(pcall(string.format, "%d", 2.5))
print(pcall(function() return string.format("%d", "x") end))
print(pcall(function() return string.format("%y", 1) end))
print(pcall(function() return string.format("%d %d", 1) end))
