-- spec "Subtyping", variance: readonly fields covariant, mutable fields
-- invariant, parameters contravariant, returns covariant.
type IntBox = {value: integer}
type NumBox = {value: number}
type ReadNumBox = {readonly value: number}
local ib: IntBox = {value = 1}
-- Mutable fields are invariant: through nb, 2.5 could be written into ib.
local nb: NumBox = ib -- expect-error: TYPE_MISMATCH
-- A readonly field is covariant: nothing can be written through it.
local rb: ReadNumBox = ib
rb.value = 2.5 -- expect-error: READONLY_FIELD
local writable: NumBox = rb -- expect-error: TYPE_MISMATCH
local seen: number = rb.value
local fresh: ReadNumBox = {value = 1.5} -- a constructor may set it
-- Parameters are contravariant: a function taking any number does for
-- one taking integers, not the other way round.
local anyNum: (number) -> () = function(n: number) print(n) end
local intsOnly: (integer) -> () = anyNum
local wrong: (number) -> () = intsOnly -- expect-error: TYPE_MISMATCH
-- Results are covariant.
local giveInt: () -> integer = function() return 1 end
local giveNum: () -> number = giveInt
local giveIntAgain: () -> integer = giveNum -- expect-error: TYPE_MISMATCH
print(nb, seen, fresh, writable, wrong, giveIntAgain)
