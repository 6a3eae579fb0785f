local groups: {[string]: {string}} = {}
groups.a = {"x"}
groups.b = {}
local list = groups.a
table.insert(list, "y")
groups.c = {1} -- expect-error: TYPE_MISMATCH
print(#list)
