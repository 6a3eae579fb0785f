type IntBox = {v: integer}
type NumBox = {v: number}
local ib: IntBox = {v = 1}
local nb: NumBox = ib -- expect-error: TYPE_MISMATCH
local nb2: NumBox = {v = 1}
local function read(b: NumBox): number return b.v end
print(read(ib)) -- expect-error: TYPE_MISMATCH
print(read({v = 2}), nb, nb2)
