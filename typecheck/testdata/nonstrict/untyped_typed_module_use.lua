--!nonstrict
-- Untyped code calling a typed helper: only the helper's annotations are
-- expectations.
local function clamp(x: number, lo: number, hi: number): number
  if x < lo then return lo end
  if x > hi then return hi end
  return x
end
local v = clamp(5, 0, 10)
local w = clamp(v, 0) -- expect-error: ARG_COUNT
local data = {}
data.value = clamp(1, 2, 3)
print(w, data.value.nope)
