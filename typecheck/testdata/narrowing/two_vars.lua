local function f(a: number?, b: number?): number
  if a == nil or b == nil then
    return 0
  end
  return a + b
end
local function g(a: number?, b: number?): number
  if a ~= nil then
    if b ~= nil then
      return a + b
    end
    return a + b -- expect-error: NIL_ACCESS
  end
  return 0
end
print(f(1, 2), g(1, nil))
