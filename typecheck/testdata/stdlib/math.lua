local a: integer = math.floor(3.5)
local b: number = math.sqrt(2)
local c: integer = math.abs(-3)
local d: number = math.abs(-3.5)
local e: integer = math.abs(-3.5) -- expect-error: TYPE_MISMATCH
local m: integer = math.max(1, 2, 3)
local x: number = math.max(1, 2.5)
local t = math.type(x)
local pi: number = math.pi
print(a, b, c, d, e, m, x, t, pi)
