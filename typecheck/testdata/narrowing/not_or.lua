local function f(a: string?, b: string?): string
  if not a or not b then
    return "missing"
  end
  return a .. b
end
local function g(a: string?, b: string?): string
  if not (a and b) then
    return "missing"
  end
  return a .. b
end
local function h(a: string?, b: string?): string
  if not a and not b then
    return "none"
  end
  return a .. b -- expect-error: NIL_ACCESS, NIL_ACCESS
end
print(f("a", "b"), g("a", "b"), h("a", nil))
