-- spec: `T?` = `T | nil`; types are non-nullable by default.
local s: string = nil -- expect-error: TYPE_MISMATCH
local t: string? = nil
local u: string | nil = t
local v: string? = u
print(s, t, u, v)
