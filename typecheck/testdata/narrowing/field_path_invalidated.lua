type Box = {v: number?}
local function f(b: Box): number
  if b.v then
    b.v = nil
    return b.v -- expect-error: TYPE_MISMATCH
  end
  return 0
end
local function g(b: Box): number
  if b.v == nil then
    b.v = 5
  end
  return b.v
end
print(f({v = 1}), g({}))
