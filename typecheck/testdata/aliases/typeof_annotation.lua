local template = {name = "x", size = 1}
local copy: typeof(template) = {name = "y", size = 2}
local n: string = copy.name
local bad: typeof(template) = {name = 1, size = 2} -- expect-error: TYPE_MISMATCH
print(n, bad)
