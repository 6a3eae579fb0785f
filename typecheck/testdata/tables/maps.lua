local m: {[string]: number} = {a = 1, b = 2}
m.c = 3
m["d"] = 4
m.e = "five" -- expect-error: TYPE_MISMATCH
local v: number = m.a
local w: number = m["zz"]
m[1] = 2 -- expect-error: TYPE_MISMATCH
local bad: {[string]: number} = {a = "x"} -- expect-error: TYPE_MISMATCH
print(v, w, bad)
