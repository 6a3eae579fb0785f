type T = {name: string, size: number}
local t: T = {["name"] = "x", ["size"] = 1}
local u: T = {["name"] = "x", ["sise"] = 1} -- expect-error: UNDEFINED_FIELD, MISSING_FIELD
print(t["name"], u)
