local function total(xs: {number}): number
  local sum = 0
  for _, x in ipairs(xs) do
    sum = sum + x
  end
  return sum
end
local function count(xs: {string}): string
  local n = 0
  for _ in ipairs(xs) do
    n = n + 1
  end
  return n -- expect-error: TYPE_MISMATCH
end
local function concat(xs: {string})
  local s = ""
  for _, x in ipairs(xs) do s = s .. x end
  local len: integer = #s
  return s
end
local r: string = concat({"a"})
print(total({1}), count({}), r)
