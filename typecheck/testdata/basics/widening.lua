local a = 1
local b = "s"
local c = true
local ai: integer = a
local bs: string = b
local cb: boolean = c
local exact: 1 = a -- expect-error: TYPE_MISMATCH
print(ai, bs, cb, exact)
