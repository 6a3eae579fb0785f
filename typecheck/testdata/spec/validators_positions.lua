-- spec "Syntax", validators `@min(n)`, `@max(n)`, `@min_len(n)`,
-- `@max_len(n)`, `@pattern(p)`: checked at run time; the checker checks
-- their arguments and targets, and literals against them, on locals,
-- record fields, array elements and union members.
local port: integer @min(1) @max(65535) = 8080
local zero: integer @min(1) = 0 -- expect-error: VALIDATION
type User = {name: string @min_len(1) @max_len(8), tags: {string @pattern("^%w+$")}}
local u: User = {name = "ann", tags = {"ok"}}
local long: User = {name = "much too long", tags = {}} -- expect-error: VALIDATION
local codes: {integer @max(9)} = {1, 2, 12} -- expect-error: VALIDATION
local either: (string @min_len(2)) | (integer @min(0)) = "x" -- expect-error: VALIDATION
local either2: (string @min_len(2)) | (integer @min(0)) = 5
local ok: {string @pattern("^%w+$")} = {"abc", "a b"} -- expect-error: VALIDATION
local digits: string @pattern("^%d+$") = "123"
local dyn: integer @min(1) = port - 9000 -- not a literal: checked at run time
local bad1: boolean @min_len(1) = true -- expect-error: BAD_VALIDATOR
local bad2: integer @min("x") = 1 -- expect-error: BAD_VALIDATOR
local bad3: string @unknown(1) = "s" -- expect-error: BAD_VALIDATOR
print(zero, u, long, codes, either, either2, ok, digits, dyn, bad1, bad2, bad3)
