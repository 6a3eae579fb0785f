-- spec: `typeof(e)` gives the static type of an expression.
local defaults = {retries = 3, verbose = false}
local opts: typeof(defaults) = {retries = 5, verbose = true}
local r: integer = opts.retries
local bad: typeof(defaults) = {retries = "x", verbose = true} -- expect-error: TYPE_MISMATCH
print(r, bad)
