local xs: {string} = {"a", "b", "c"}
local second: string? = table.remove(xs, 2)
local last = table.remove(xs)
if last then print(last:upper()) end
print(last:upper()) -- expect-error: NIL_ACCESS
print(second)
