local n: number = 1
local s = n :: string -- expect-error: BAD_CAST
local b = (true :: number) -- expect-error: BAD_CAST
local ok = n :: integer
local u = (n :: number | string)
print(s, b, ok, u)
