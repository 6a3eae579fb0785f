-- spec: validators after a type, checked at run time: @min, @max,
-- @min_len, @max_len, @pattern; on locals, record fields, array
-- elements, union members.
local port: integer @min(1) @max(65535) = 8080
type User = {name: string @min_len(1) @max_len(32), tags: {string @pattern("^%w+$")}}
local code: (string @min_len(3)) | (integer @min(0)) = 5
local u: User = {name = "ann", tags = {"x"}}
local p2: integer @min(1) = "x" -- expect-error: TYPE_MISMATCH
print(port, code, u, p2)
