type Parse = ((s: string) -> number) & ((s: string, base: integer) -> integer)
local parse: Parse = tonumber :: Parse
local a: number = parse("1")
local b: integer = parse("ff", 16)
parse(1, 2, 3) -- expect-error: ARG_COUNT
parse(1) -- expect-error: TYPE_MISMATCH
print(a, b)
