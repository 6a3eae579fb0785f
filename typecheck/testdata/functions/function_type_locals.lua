local add: (number, number) -> number = function(a, b) return a + b end
local r: number = add(1, 2)
add("1", 2) -- expect-error: TYPE_MISMATCH
add(1) -- expect-error: ARG_COUNT
local bad: (number) -> string = function(n) return n end -- expect-error: TYPE_MISMATCH
local pick: (string) -> number = add -- expect-error: TYPE_MISMATCH
print(r, bad, pick)
