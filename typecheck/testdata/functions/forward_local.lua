local isEven: (n: integer) -> boolean
local function isOdd(n: integer): boolean
  if n == 0 then return false end
  return isEven(n - 1)
end
isEven = function(n)
  if n == 0 then return true end
  return isOdd(n - 1)
end
print(isEven(4))
isEven("x") -- expect-error: TYPE_MISMATCH
