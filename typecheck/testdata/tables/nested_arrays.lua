local grid: {{number}} = {{1, 2}, {3, 4}}
local v: number = grid[1][2]
grid[1][1] = 5
grid[2] = {6, 7}
grid[3] = {"x"} -- expect-error: TYPE_MISMATCH
local row: {number} = grid[1]
print(v, row)
