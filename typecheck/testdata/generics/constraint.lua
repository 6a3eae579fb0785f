type HasName = {name: string}
local function nameOf<T: HasName>(x: T): string
  return x.name
end
print(nameOf({name = "a", extra = 1}))
print(nameOf({other = 1})) -- expect-error: GENERIC_CONSTRAINT
