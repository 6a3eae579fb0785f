type Age = integer @min(0) @max(150)
type Name = string @min_len(1) @max_len(64)
type Email = string @pattern("^[^@]+@[^@]+$")
type Person = {name: Name, age: Age, email: Email?}
local p: Person = {name = "ann", age = 30}
local q: Person = {name = "bob", age = "old"} -- expect-error: TYPE_MISMATCH
type Bad1 = number @min("x") -- expect-error: BAD_VALIDATOR
type Bad2 = boolean @min_len(1) -- expect-error: BAD_VALIDATOR
type Bad3 = string @nope(1) -- expect-error: BAD_VALIDATOR
local tags: {string @min_len(1)} = {"a"}
print(p, q, tags)
