local function f(flag: boolean): number
  local v: number | string = 1
  if flag then
    v = "s"
  end
  return v -- expect-error: TYPE_MISMATCH
end
local function g(flag: boolean): number
  local v: number | string = "s"
  if flag then
    v = 1
  else
    v = 2
  end
  return v
end
print(f(true), g(false))
