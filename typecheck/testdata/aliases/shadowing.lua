type T = number
local a: T = 1
do
  type T = string
  local b: T = "s"
  local c: T = 1 -- expect-error: TYPE_MISMATCH
  print(b, c)
end
local d: T = "s" -- expect-error: TYPE_MISMATCH
print(a, d)
