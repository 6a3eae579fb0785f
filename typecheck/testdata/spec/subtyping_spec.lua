-- spec "Subtyping": integer <: number; never <: everything; everything <:
-- any; A <: A | B; records structural (width); parameters contravariant,
-- returns covariant.
local i: integer = 1
local n: number = i
local u: number | string = n
local x: any = u
type P2 = {x: number, y: number}
type P3 = {x: number, y: number, z: number}
local p3: P3 = {x = 1, y = 2, z = 3}
local p2: P2 = p3
local back: P3 = p2 -- expect-error: TYPE_MISMATCH
local takesNum: (number) -> () = function(v: number) print(v) end
local takesInt: (integer) -> () = takesNum
local takesNum2: (number) -> () = takesInt -- expect-error: TYPE_MISMATCH
local givesInt: () -> integer = function() return 1 end
local givesNum: () -> number = givesInt
print(x, back, takesNum2, givesNum)
