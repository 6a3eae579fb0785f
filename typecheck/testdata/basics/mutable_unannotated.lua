local x = 1
x = x + 0.5
local y: number = x
local s = nil
s = "now"
local l: integer = #s
local t = {}
t = {1, 2}
print(y, l, t)
