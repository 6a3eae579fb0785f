type Named = {name: string}
type Aged = {age: number}
type Both = Named & Aged
local b: Both = {name = "a", age = 1} :: Both
local n: string = b.name
local a: number = b.age
local x = b.other -- expect-error: UNDEFINED_FIELD
local function takesNamed(v: Named): string return v.name end
print(n, a, x, takesNamed(b))
