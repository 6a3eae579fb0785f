local t: {[string]: number} = {a = 1}
local k, v = next(t)
local rk: string? = k
local raw = rawget(t, "a")
local eq: boolean = rawequal(t, t)
local len: integer = rawlen({1, 2})
rawlen(true) -- expect-error: TYPE_MISMATCH
print(rk, v, raw, eq, len)
