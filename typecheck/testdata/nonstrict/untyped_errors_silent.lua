-- No annotations: plain Lua, nothing is reported even where the run time
-- would raise (test suites do it on purpose).
local x = nil
print(pcall(function() return x.y end))
print(pcall(function() return math.sin("x") end))
print(pcall(function() return ("a") + {} end))
local s = "str"
print(pcall(function() return s:nosuchmethod() end))
print(pcall(string.rep))
print(pcall(function() local n = 1; return n() end))
