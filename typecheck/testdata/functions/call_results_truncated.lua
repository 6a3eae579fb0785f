local function two(): (number, string)
  return 1, "a"
end
local a, b = (two())
local n: number = a
print(b)
local function takes(x: number, y: string) print(x, y) end
takes(two())
takes((two())) -- expect-error: ARG_COUNT
print(n)
