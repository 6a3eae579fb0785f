local function swap<A, B>(a: A, b: B): (B, A)
  return b, a
end
local x, y = swap(1, "s")
local xs: string = x
local yn: integer = y
local bad: integer = x -- expect-error: TYPE_MISMATCH
print(xs, yn, bad)
