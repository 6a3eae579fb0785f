--!strict
-- No annotations, but strict by request.
local s = "x"
print(s:nosuch()) -- expect-error: UNDEFINED_FIELD
print(math.floor({})) -- expect-error: TYPE_MISMATCH
local n = nil
print(n.x) -- expect-error: NIL_ACCESS
