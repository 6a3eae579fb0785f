local n: number = 1
n() -- expect-error: NOT_CALLABLE
local s: string = "x"
s() -- expect-error: NOT_CALLABLE
local t: {x: number} = {x = 1}
t.x() -- expect-error: NOT_CALLABLE
