-- Aliases of a block may refer to later ones.
type A = {b: B?}
type B = {a: A?, n: number}
local x: A = {b = {n = 1}}
local y: B = {a = x, n = 2}
local z: B = {n = "x"} -- expect-error: TYPE_MISMATCH
print(y, z)
