-- Equality, subtyping, identity, table keys and printing.
type P1 = {x: number, y: number}
type P2 = {x: number, y: number}
type P3 = {y: number, x: number}
type Id = string

-- == is type equality: aliases are transparent, field order is not
-- significant. (string is a library table: == with it is always false.)
type Text = string?
print(P1 == P2, P1 == P3, Id == Text:inner(), integer == number, Id == string)
-- Interning: the same structure with the same name is the same value...
local again = assert(load("type P1 = {x: number, y: number} return P1"))()
print(rawequal(again, P1), again == P1)
-- ...a different name is another value, still ==.
print(rawequal(P1, P2), P1 == P2)

-- Types as table keys: by identity.
local seen = {}
seen[P1] = "p1"
seen[number] = "num"
print(seen[again], seen[P2], seen[number], seen[integer])

-- <= is subtyping, < strict subtyping.
print(integer <= number, number <= integer, integer < number, number < number, number <= number)
type Named = {name: string}
type Person = {name: string, age: number}
print(Person <= Named, Named <= Person, Person < Named)
print(never <= integer, integer <= any, "x" == number)
type Lit = "a"
print(Lit <= string, Lit < string, string <= Lit)
-- Comparing a type with something else is an error, as in Lua.
print(pcall(function() return number <= 1 end))
print(pcall(function() return 1 < number end))

-- == between a type and other values is false.
print(number == 1, number == nil, number == errors.new("x"))

-- tostring prints annotation syntax.
type Complex = {
  id: integer @min(1),
  name?: string,
  tags: {string},
  meta: {[string]: any},
  kind: "a" | "b",
  cb: (number, string) -> boolean,
}
print(tostring(Complex))
print(tostring(integer), tostring(Complex:field("cb")))
print(string.format("%s|%s", number, Id))
