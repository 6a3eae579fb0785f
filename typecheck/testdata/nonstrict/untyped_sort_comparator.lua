local xs = {3, 1, 2}
table.sort(xs, function(a, b) return a > b end)
print(pcall(table.sort, xs, function(a, b) return nil end))
print(pcall(table.sort, {1, "x"}))
