type User = {name: string, age?: number}
local a: User = {name = "a"}
local b: User = {name = "b", age = 3}
local c: User = {age = 3} -- expect-error: MISSING_FIELD
local n: number = a.age -- expect-error: TYPE_MISMATCH
local m: number = a.age or 0
print(a, b, c, n, m)
