local v: number | string = 1
v = "now a string"
v = true -- expect-error: TYPE_MISMATCH
local w: number | string | nil = nil
print(v, w)
