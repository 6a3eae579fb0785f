type Port = integer @min(1) @max(65535)
type Code = string @min_len(2) @max_len(3)
local a: Port = 80
local b: Port = 0 -- expect-error: VALIDATION
local c: Port = 70000 -- expect-error: VALIDATION
local d: Code = "ok"
local e: Code = "x" -- expect-error: VALIDATION
local f: {code: Code} = {code = "toolong"} -- expect-error: VALIDATION
local function listen(p: Port) print(p) end
listen(8080)
listen(-1) -- expect-error: VALIDATION
local n: integer = 5
local g: Port = n -- checked at run time only
print(a, b, c, d, e, f, g)
