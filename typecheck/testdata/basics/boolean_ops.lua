local function f(a: boolean, b: boolean): boolean
  return a and not b or (a == b)
end
local r: boolean = f(true, false)
local n: number = f(true, true) -- expect-error: TYPE_MISMATCH
print(r, n)
