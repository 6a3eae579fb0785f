-- spec: unions `A | B`, intersections `A & B`, literal types.
type Id = string | number
type WithName = {name: string}
type WithAge = {age: number}
local id1: Id = "a"
local id2: Id = 1
local id3: Id = true -- expect-error: TYPE_MISMATCH
local both: WithName & WithAge = {name = "n", age = 1} :: WithName & WithAge
local n: string = both.name
local lit: "a" | 42 | true = 42
print(id1, id2, id3, n, lit)
