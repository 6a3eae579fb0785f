type Point = {x: number, y: number}
local p: Point = {x = 1, y = 2, z = 3} -- expect-error: UNDEFINED_FIELD
local q = {x = 1, y = 2, z = 3}
local r: Point = q
print(p, r)
