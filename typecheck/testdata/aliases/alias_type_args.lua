type Pair<A, B> = {a: A, b: B}
local p: Pair<number, string> = {a = 1, b = "x"}
local q: Pair<number> = {a = 1, b = "x"} -- expect-error: TYPE_ARGS
local r: number<string> = 1 -- expect-error: TYPE_ARGS
type Plain = {x: number}
local s: Plain<number> = {x = 1} -- expect-error: TYPE_ARGS
print(p, q, r, s)
