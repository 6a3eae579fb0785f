type Dog = {name: string, speak: (self: Dog) -> string}
type Cat = {name: string, speak: (self: Cat) -> string, purr: (self: Cat) -> ()}
local function talk(a: Dog | Cat): string
  local n: string = a.name
  a:purr() -- expect-error: UNDEFINED_FIELD
  return n
end
print(talk)
