local function get(): unknown
  return 1
end
local u = get()
local n: number = u -- expect-error: TYPE_MISMATCH
local v = u.field -- expect-error: UNKNOWN_USE
if type(u) == "number" then
  local m: number = u
  print(m + 1)
end
local w: unknown = "anything goes in"
print(n, v, w)
