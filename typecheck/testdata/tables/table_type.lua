local t: table = {}
t.x = 1
t[1] = "y"
local v = t.anything
local function takes(tt: table) return tt end
takes({1, 2})
takes({a = 1})
takes("str") -- expect-error: TYPE_MISMATCH
print(v)
