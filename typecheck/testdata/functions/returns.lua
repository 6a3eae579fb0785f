local function f(x: number): string
  if x > 0 then
    return "pos"
  end
  return x -- expect-error: TYPE_MISMATCH
end
local function g(): (number, string)
  return 1 -- expect-error: RETURN_COUNT
end
local function h(): number
  return 1, 2 -- expect-error: RETURN_COUNT
end
local function k(x: number): number
  if x > 0 then
    return 1
  end
end -- expect-error: RETURN_COUNT
print(f(1), g(), h(), k(1))
