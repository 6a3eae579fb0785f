-- spec/types.md "Primitives": nil, boolean, number, integer, string, any,
-- unknown, never, table, function, thread, error.
local a: nil = nil
local b: boolean = false
local c: number = 1.5
local d: integer = 2
local e: string = "s"
local f: any = {}
local g: unknown = 1
local h: table = {}
local i: function = print
local j: thread = coroutine.create(print)
local k: error = errors.new("e")
local bad: integer = c -- expect-error: TYPE_MISMATCH
print(a, b, c, d, e, f, g, h, i, j, k, bad)
