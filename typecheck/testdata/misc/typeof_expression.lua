local point = {x = 1, y = 2}
local T = typeof(point)
local p = T({x = 3, y = 4})
local x: integer = p.x
local ok, err = T:is({x = 1})
print(x, ok, err, T:kind())
