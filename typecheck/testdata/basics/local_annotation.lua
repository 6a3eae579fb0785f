local a: number = 1
local b: string = "x"
local c: number = "x" -- expect-error: TYPE_MISMATCH
local d: string = 42 -- expect-error: TYPE_MISMATCH
local e: boolean = nil -- expect-error: TYPE_MISMATCH
local f: boolean? = nil
local g: integer = 1.5 -- expect-error: TYPE_MISMATCH
local h: number = 7
print(a, b, c, d, e, f, g, h)
