type Bag = {items: {string}, count: integer}
local b: Bag = {items = {}, count = 0}
table.insert(b.items, "x")
b.count = b.count + 1
b.items[2] = "y"
b.items[3] = 3 -- expect-error: TYPE_MISMATCH
print(#b.items)
