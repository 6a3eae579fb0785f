type Counter = {count: integer, label: string?}
local c: Counter = {count = 0}
c.count = c.count + 1
c.label = "x"
c.label = nil
c.count = "one" -- expect-error: TYPE_MISMATCH
c.count = nil -- expect-error: TYPE_MISMATCH
print(c.count)
