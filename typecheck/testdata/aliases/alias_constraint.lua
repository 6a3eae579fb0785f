type Numeric<T: number> = {value: T}
local a: Numeric<integer> = {value = 1}
local b: Numeric<string> = {value = "x"} -- expect-error: TYPE_ARGS
print(a, b)
