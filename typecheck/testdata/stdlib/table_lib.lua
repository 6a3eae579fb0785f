local xs: {number} = {3, 1, 2}
table.sort(xs)
table.sort(xs, function(a, b) return a > b end)
table.insert(xs, 4)
table.insert(xs, 1, 0)
table.insert(xs, "five") -- expect-error: TYPE_MISMATCH
local last: number? = table.remove(xs)
local joined: string = table.concat({"a", "b"}, ",")
print(last, joined, #xs)
