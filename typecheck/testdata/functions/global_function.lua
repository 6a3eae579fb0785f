function greet(name: string): string
  return "hello " .. name
end
local s: string = greet("a")
greet(42) -- expect-error: TYPE_MISMATCH
local bad: number = greet("b") -- expect-error: TYPE_MISMATCH
print(s, bad)
