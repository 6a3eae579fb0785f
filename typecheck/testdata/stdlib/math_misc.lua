local r: number = math.random()
local ri: number = math.random(1, 10)
local ti: integer? = math.tointeger(3.0)
local h: number = math.huge
local mi: integer = math.maxinteger
local m: number = math.min(1.5, 2)
local f, frac = math.modf(3.5)
local bad: integer = math.sqrt(4) -- expect-error: TYPE_MISMATCH
math.nosuch(1) -- expect-error: UNDEFINED_FIELD
print(r, ri, ti, h, mi, m, f, frac, bad)
