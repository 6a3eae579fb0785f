local function maybe() return nil end
local v = maybe()
print(pcall(function() return v.x end))
local t = {}
print(t.a.b == nil or true)
