local n: nil = nil
local m: nil = 1 -- expect-error: TYPE_MISMATCH
local function nothing(): nil
  return nil
end
print(n, m, nothing())
