local x: number = 1
x = 2
x = "three" -- expect-error: TYPE_MISMATCH
local y: string? = nil
y = "now"
y = nil
y = 5 -- expect-error: TYPE_MISMATCH
print(x, y)
