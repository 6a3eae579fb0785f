type Point = {x: number, y: number}
local P = Point
local p = P({x = 1, y = 2})
local x: number = p.x
local ok, err = Point:is({x = 1})
local kind: string = Point:kind()
print(x, ok, err, kind)
