local function f(items: {string}): string?
  local found: string? = nil
  for _, item in ipairs(items) do
    if item:sub(1, 1) == "a" then
      found = item
      break
    end
  end
  return found
end
local function g(n: number): number
  local x: number? = nil
  while n > 0 do
    x = n
    n = n - 1
  end
  return x -- expect-error: TYPE_MISMATCH
end
print(f({"b", "ab"}), g(3))
