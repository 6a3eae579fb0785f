-- spec "Syntax", annotations: `local x: T = e`, `function f(a: T, b: U,
-- ...: V): R`, multiple returns `(A, B)`, function-typed locals
-- `local f: (number, string) -> boolean`.
local x: number = 1
local y: string = x -- expect-error: TYPE_MISMATCH
local function f(a: number, b: string, ...: boolean): (number, string)
  local first: boolean? = ...
  return a + 1, b .. tostring(first)
end
local n, s = f(1, "a", true, false)
local n2: number, s2: string = f(2, "b")
f(1, "a", "not a boolean") -- expect-error: TYPE_MISMATCH
local wrongOrder: string = f(1, "a") -- expect-error: TYPE_MISMATCH
local function g(): (number, string)
  return 1 -- expect-error: RETURN_COUNT
end
local pred: (number, string) -> boolean = function(k, v) return k > #v end
local ok: boolean = pred(1, "x")
pred("x", 1) -- expect-error: TYPE_MISMATCH, TYPE_MISMATCH
local notPred: (number, string) -> boolean = function(k: string) return true end -- expect-error: TYPE_MISMATCH
print(x, y, n, s, n2, s2, wrongOrder, g(), ok, notPred)
