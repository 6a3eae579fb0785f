type Dir = "north" | "south"
local d: Dir = "north"
local e: Dir = "west" -- expect-error: TYPE_MISMATCH
local one: 1 = 1
local two: 1 = 2 -- expect-error: TYPE_MISMATCH
local t: true = true
local f: true = false -- expect-error: TYPE_MISMATCH
print(d, e, one, two, t, f)
