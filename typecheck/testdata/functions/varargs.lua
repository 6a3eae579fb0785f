local function sum(...: number): number
  local total = 0
  for _, v in ipairs({...}) do
    total = total + v
  end
  return total
end
local s: number = sum(1, 2, 3)
sum(1, "2") -- expect-error: TYPE_MISMATCH
local function count(...): integer
  return select("#", ...)
end
local c: integer = count(1, nil, "x")
print(s, c)
