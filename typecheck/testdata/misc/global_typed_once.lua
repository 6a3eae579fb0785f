function double(n: number): number
  return n * 2
end
local function useLater(): number
  return double(2)
end
double("x") -- expect-error: TYPE_MISMATCH
print(useLater())
