local a: number? = tonumber("1")
local b: integer? = tonumber("ff", 16)
local c = tonumber("10") + 1 -- expect-error: NIL_ACCESS
local d: number = tonumber("5") or 0
local e: string = tonumber("x") -- expect-error: TYPE_MISMATCH
print(a, b, c, d, e)
