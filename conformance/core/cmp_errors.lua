-- covers: errors comparing values of different or non-comparable types
print(pcall(function() return 1 < "2" end))
print(pcall(function() return "2" < 1 end))
print(pcall(function() return 1 <= nil end))
print(pcall(function() return nil < 1 end))
print(pcall(function() return {} < {} end))
print(pcall(function() return {} <= {} end))
print(pcall(function() return {} < 1 end))
print(pcall(function() return true < false end))
print(pcall(function() return print < print end))
print(pcall(function() local a, b = 1, nil; return a > b end))
print(pcall(function() local a, b = "x", 2; return a >= b end))
print(pcall(function() return coroutine.create(print) < 1 end))
local t = {}
print(pcall(function() return t.x < 1 end))
print(pcall(function() return 1 < t end))
-- equality never errors
print(pcall(function() return 1 == "1", {} == 1, nil == false end))
-- numeric strings are not converted for comparison
print(pcall(function() return "10" < 9 end))
print(pcall(function() return 9 <= "10" end))
-- comparison errors inside helper functions report the helper's line
local function less(a, b) return a < b end
print(pcall(less, 1, 2), pcall(less, "a", "b"))
print(pcall(less, {}, 1))
