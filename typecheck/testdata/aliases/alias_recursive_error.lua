type Bad = Bad | number -- expect-error: RECURSIVE_ALIAS
-- The cycle is reported where it closes.
type Loop1 = Loop2
type Loop2 = Loop1 -- expect-error: RECURSIVE_ALIAS
local x: Bad = 1
print(x)
