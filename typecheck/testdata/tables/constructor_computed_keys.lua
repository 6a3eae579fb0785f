local key = "k"
local t = {[key] = 1, ["literal"] = 2, [10] = 3}
local lit: integer = t.literal
local any = t.k
local m: {[string]: number} = {[key] = 1}
local bad: {[string]: number} = {[1] = 1} -- expect-error: TYPE_MISMATCH
print(lit, any, m, bad)
