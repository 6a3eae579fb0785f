--!nonstrict
local function area(w: number, h: number): number
  return w * h
end
local function untyped(a, b)
  return area(a, b)
end
print(untyped(1, 2))
print(area(1)) -- expect-error: ARG_COUNT
print(area("1", 2)) -- expect-error: TYPE_MISMATCH
