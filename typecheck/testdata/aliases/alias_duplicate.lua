type T = number
type T = string -- expect-error: DUPLICATE_TYPE
local x: T = 1
print(x)
