local function f(a: string?, b: number | string): number
  assert(a, "a is required")
  assert(type(b) == "number")
  return #a + b
end
local function g(a: string?, b: string?): number
  assert(a and b)
  return #a + #b
end
local function h(a: string?): number
  assert(a ~= nil)
  return #a
end
print(f("a", 1), g("a", "b"), h("c"))
