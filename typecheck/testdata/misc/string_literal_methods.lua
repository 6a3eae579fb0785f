local u: string = ("abc"):upper()
local n: integer = ("abc"):len()
local f: string = ("%d items"):format(3)
print(("x"):nope()) -- expect-error: UNDEFINED_FIELD
print(u, n, f)
