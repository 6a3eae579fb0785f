local function f(v: number | string): number
  if type(v) ~= "number" then
    return #v
  end
  return v + 1
end
local function g(v: number | {number}): number
  if type(v) == "table" then
    return #v
  end
  return v
end
local function h(v: number | {number}): number
  if type(v) == "table" then
    return v -- expect-error: TYPE_MISMATCH
  end
  return v
end
print(f(1), g(2), h({3}))
