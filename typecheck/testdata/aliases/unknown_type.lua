local x: Foo = 1 -- expect-error: UNKNOWN_TYPE
type Pair = {a: Bar, b: number} -- expect-error: UNKNOWN_TYPE
local function f(a: Baz): number -- expect-error: UNKNOWN_TYPE
  return 1
end
print(x, f(1))
