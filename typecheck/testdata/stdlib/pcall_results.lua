local function risky(n: number): number
  if n < 0 then error("negative") end
  return n
end
local ok, res = pcall(risky, 1)
local b: boolean = ok
pcall(risky, "x") -- expect-error: TYPE_MISMATCH
local ok2, err2 = pcall(function() error("boom") end)
print(b, res, ok2, err2)
