local function untyped(a, b)
  return a
end
print(untyped(1, 2, 3, 4))
print(untyped())
local function typed(a: number): number
  return a
end
print(typed(1, 2)) -- expect-error: ARG_COUNT
