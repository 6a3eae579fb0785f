type Point = {x: number, y: number}
local T = Point
local kind: string = T:kind()
local name = T:name()
local elemT = T:elem()
local ok = T:is(1)
print(kind, name, elemT, ok)
T:wat() -- expect-error: UNDEFINED_FIELD
