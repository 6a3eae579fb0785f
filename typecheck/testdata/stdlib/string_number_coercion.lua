local n: integer = 42
local len: integer = string.len(n)
local up: string = string.upper(n)
local f: integer = math.floor("3.7")
local bad = math.floor("three") -- expect-error: TYPE_MISMATCH
print(len, up, f, bad)
