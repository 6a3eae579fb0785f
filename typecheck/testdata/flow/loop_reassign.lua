local function f(xs: {number}): number
  local acc = 0
  for _, x in ipairs(xs) do
    acc = acc + x
  end
  return acc
end
local function g(): string
  local s = ""
  for i = 1, 3 do
    s = s .. i
  end
  return s
end
print(f({1}), g())
