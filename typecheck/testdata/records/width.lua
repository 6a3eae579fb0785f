type Named = {name: string}
local function greet(p: Named): string
  return "hello " .. p.name
end
local full = {name = "ann", age = 3}
print(greet(full))
print(greet({name = "bob"}))
print(greet({age = 1})) -- expect-error: MISSING_FIELD, UNDEFINED_FIELD
print(greet({name = 5})) -- expect-error: TYPE_MISMATCH
