local function f(a: number?, b: number?): boolean
  return a < b -- expect-error: NIL_ACCESS, NIL_ACCESS
end
local function g(a: number?, b: number?): boolean
  if a and b then
    return a < b
  end
  return false
end
print(f(1, 2), g(1, 2))
