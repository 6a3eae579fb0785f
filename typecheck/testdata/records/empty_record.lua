type Empty = {}
local e: Empty = {}
local f: Empty = {x = 1} -- expect-error: UNDEFINED_FIELD
print(e, f)
