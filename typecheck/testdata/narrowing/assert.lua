local function maybe(): number?
  return 1
end
local a = maybe()
assert(a)
local b: number = a + 1
local c = maybe()
local d: number = assert(c)
local e = maybe()
assert(type(e) == "number", "need a number")
print(b, d, e + 1)
local f = maybe()
print(f + 1) -- expect-error: NIL_ACCESS
