local s: string = "abc"
local f = s.upper
local up: string = f(s)
local len = s.len(s)
print(up, len, s.nothing) -- expect-error: UNDEFINED_FIELD
