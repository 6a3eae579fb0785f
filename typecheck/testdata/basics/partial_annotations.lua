local a: number, b = 1, "x"
local c, d: string = 2, 3 -- expect-error: TYPE_MISMATCH
local bs: string = b
print(a, bs, c, d)
