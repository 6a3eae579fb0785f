local x: number
x = 5
local y: number = x
local z: string
z = 1 -- expect-error: TYPE_MISMATCH
print(y, z)
