local function untyped(x)
  return x
end
local n: number = untyped("anything")
local s: string = untyped(1)
local a: any = 5
local b: string = a
print(n, s, b)
