local n: number = 1
local a = n :: any
local s: string = a
print(s)
