local function two(): (number, string)
  return 1, "a"
end
local a: number, b: string = two()
local c: string, d: number = two() -- expect-error: TYPE_MISMATCH, TYPE_MISMATCH
local e: number, f: string, g: boolean = two() -- expect-error: TYPE_MISMATCH
print(a, b, c, d, e, f, g)
