local xs = {1, 2, 3}
local n: integer = xs[1]
local sum = 0
for _, x in ipairs(xs) do
  sum = sum + x
end
local words = {"a", "b"}
local w: string = words[2]
local mixed = {1, "a"}
local m = mixed[1]
local s: string = xs[1] -- expect-error: TYPE_MISMATCH
print(n, sum, w, m, s)
