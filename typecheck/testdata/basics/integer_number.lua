local i: integer = 3
local n: number = i
local back: integer = n -- expect-error: TYPE_MISMATCH
local sum: integer = i + 1
local q: integer = i / 2 -- expect-error: TYPE_MISMATCH
local fl: integer = i // 2
local p: number = 2 ^ 3
print(n, back, sum, q, fl, p)
