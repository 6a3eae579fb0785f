local s: string = "Hello"
local u: string = s:upper()
local n: integer = s:len()
local sub: string = s:sub(1, 2)
local bad: number = s:upper() -- expect-error: TYPE_MISMATCH
print(s:nosuch()) -- expect-error: UNDEFINED_FIELD
local f: string = string.format("%d", 1)
local i, j = s:find("l")
print(u, n, sub, bad, f, i, j)
