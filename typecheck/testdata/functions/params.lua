local function greet(name: string, times: number?): string
  return string.rep(name, times or 1)
end
print(greet("a"))
print(greet("a", 2))
print(greet(1)) -- expect-error: TYPE_MISMATCH
print(greet()) -- expect-error: ARG_COUNT
print(greet("a", 1, 2)) -- expect-error: ARG_COUNT
print(greet("a", "b")) -- expect-error: TYPE_MISMATCH
