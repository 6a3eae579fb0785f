-- From spec/types.md: annotations on locals and functions.
local x: number = 1
local function f(a: number, b: string, ...: boolean): (number, string)
  return a, b
end
local fn: (number, string) -> boolean = function(n, s) return n > 0 and #s > 0 end
local ok: boolean = fn(1, "a")
local bad: boolean = fn("a", 1) -- expect-error: TYPE_MISMATCH, TYPE_MISMATCH
print(x, f(1, "b", true, false), ok, bad)
