-- spec: generic functions `function id<T>(x: T): T`, constrained `<T: HasName>`.
type HasName = {name: string}
local function id<T>(x: T): T
  return x
end
local function getName<T: HasName>(x: T): string
  return x.name
end
local n: number = id(1)
local s: string = getName({name = "a"})
getName({nom = "a"}) -- expect-error: GENERIC_CONSTRAINT
print(n, s)
