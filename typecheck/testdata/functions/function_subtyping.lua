type NumFn = (number) -> number
local function apply(f: NumFn, v: number): number return f(v) end
local function onInt(i: integer): number return i end
local function onAny(x: any): integer return 1 end
print(apply(onAny, 1))
print(apply(onInt, 1)) -- expect-error: TYPE_MISMATCH
print(apply(function(n) return n * 2 end, 3))
print(apply(function(n) return tostring(n) end, 3)) -- expect-error: TYPE_MISMATCH
