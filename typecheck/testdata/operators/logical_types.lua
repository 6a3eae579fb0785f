local function f(a: number?, b: string): string | number
  local x = a and b
  local y = a or b
  local z: number | string = y
  local w: string = a and b or "default"
  return z
end
local function g(a: number?): number
  return a or "none" -- expect-error: TYPE_MISMATCH
end
print(f(1, "b"), g(nil))
