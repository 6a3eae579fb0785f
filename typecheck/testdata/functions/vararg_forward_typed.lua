local function sum(...: number): number
  local t = 0
  for _, v in ipairs({...}) do t = t + v end
  return t
end
local function forward(...)
  return sum(...)
end
local function forwardTyped(...: string)
  return sum(...) -- expect-error: TYPE_MISMATCH
end
print(forward(1, 2), forwardTyped("a"))
