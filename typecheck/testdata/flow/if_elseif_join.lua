local function f(n: number): string
  local s: string?
  if n > 0 then
    s = "pos"
  elseif n < 0 then
    s = "neg"
  else
    s = "zero"
  end
  return s
end
local function g(n: number): string
  local s: string?
  if n > 0 then
    s = "pos"
  elseif n < 0 then
    s = "neg"
  end
  return s -- expect-error: TYPE_MISMATCH
end
print(f(1), g(1))
