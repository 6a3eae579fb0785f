type Point = {x: number, y: number}
local p: Point = {x = 1, y = 2}
print(p.x + p.y)
print(p.z) -- expect-error: UNDEFINED_FIELD
p.z = 3 -- expect-error: UNDEFINED_FIELD
p.x = "one" -- expect-error: TYPE_MISMATCH
p.y = 5
