local function id<T>(x: T): T return x end
local f: (number) -> number = id
local g: (string) -> string = id
print(f(1), g("x"))
