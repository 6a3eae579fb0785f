--!nonstrict
local function typed(n: number): number
  return n
end
-- annotations still count as expectations
typed("x") -- expect-error: TYPE_MISMATCH
local v: string = 1 -- expect-error: TYPE_MISMATCH
-- but untyped values are not second-guessed
local t = nil
print(pcall(function() return t.x end))
print(pcall(function() return math.floor({}) end))
