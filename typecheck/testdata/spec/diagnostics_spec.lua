-- spec: one diagnostic per problem, with stable codes.
local a: number = "x" -- expect-error: TYPE_MISMATCH
local b: Missing = 1 -- expect-error: UNKNOWN_TYPE
local function f(x: number): number return x end
f() -- expect-error: ARG_COUNT
f(1, 2) -- expect-error: ARG_COUNT
local t: {x: number} = {x = 1}
print(t.y) -- expect-error: UNDEFINED_FIELD
print(a, b)
