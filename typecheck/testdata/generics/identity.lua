local function id<T>(x: T): T
  return x
end
local n: number = id(1)
local s: string = id("a")
local bad: string = id(1) -- expect-error: TYPE_MISMATCH
local function first<T>(xs: {T}): T?
  return xs[1]
end
local f: number? = first({1, 2, 3})
local g: string? = first({1, 2}) -- expect-error: TYPE_MISMATCH
print(n, s, bad, f, g)
