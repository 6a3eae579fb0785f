-- spec "Syntax", tables: records `{name: string, age?: number}`, arrays
-- `{T}`, maps `{[K]: V}`.
type Person = {name: string, age?: number}
local p: Person = {name = "ann"}
local q: Person = {name = "bob", age = 30}
local noName: Person = {age = 3} -- expect-error: MISSING_FIELD
local typo: Person = {name = "c", agee = 3} -- expect-error: UNDEFINED_FIELD
local age: number = p.age -- expect-error: TYPE_MISMATCH
local age2: number = p.age or 0
local xs: {string} = {"a", "b"}
xs[3] = "c"
xs[4] = 4 -- expect-error: TYPE_MISMATCH
local first: string = xs[1]
local m: {[string]: number} = {one = 1, two = 2}
m.three = 3
m[4] = 4 -- expect-error: TYPE_MISMATCH
local badMap: {[string]: number} = {one = "1"} -- expect-error: TYPE_MISMATCH
for k, v in pairs(m) do
  local key: string = k
  local val: number = v
  print(key, val)
end
print(q, noName, typo, age, age2, first, badMap)
