local xs: {number} = {1, 2, 3}
local first: number = xs[1]
xs[4] = 4
xs[5] = "five" -- expect-error: TYPE_MISMATCH
local ys: {string} = {"a", 2} -- expect-error: TYPE_MISMATCH
local n: integer = #xs
print(first, n, ys)
