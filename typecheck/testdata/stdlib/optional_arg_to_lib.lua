local function f(n: number?): integer
  return math.floor(n) -- expect-error: TYPE_MISMATCH
end
local function g(n: number?): integer
  return math.floor(n or 0)
end
print(f(1), g(nil))
