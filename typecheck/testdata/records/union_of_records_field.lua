type A = {kind: "a", shared: number, onlyA: string}
type B = {kind: "b", shared: number}
local function f(v: A | B): number
  return v.shared
end
local function g(v: A | B): string
  return v.onlyA -- expect-error: UNDEFINED_FIELD
end
print(f({kind = "b", shared = 1}), g({kind = "a", shared = 1, onlyA = "x"}))
