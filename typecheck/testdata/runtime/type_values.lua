local n = number(5)
local i: integer = integer(3)
local s: string = string("x")
local okv, err = integer:is(3.5)
local k: string = number:kind()
local bad: string = number(5) -- expect-error: TYPE_MISMATCH
local up: string = string.upper("x")
print(n, i, s, okv, err, k, bad, up)
