-- spec: records `{name: string, age?: number}`, arrays `{T}`, maps `{[K]: V}`.
local r: {name: string, age?: number} = {name = "x"}
local a: {string} = {"a", "b"}
local m: {[string]: number} = {one = 1}
local bad: {name: string, age?: number} = {age = 1} -- expect-error: MISSING_FIELD
print(r, a, m, bad)
