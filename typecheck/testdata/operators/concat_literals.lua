local s: string = "n=" .. 1 .. "," .. 2.5
local t: string = 1 .. ""
print(s, t, "x" .. nil) -- expect-error: NIL_ACCESS
