local function f(v: any): string
  if type(v) == "string" then
    local s: string = v
    return s
  end
  if type(v) == "number" then
    local n: number = v
    return tostring(n)
  end
  return "other"
end
local function g(v: unknown): number
  if type(v) == "number" then
    return v
  end
  return 0
end
local function h(v: unknown): number
  return v -- expect-error: TYPE_MISMATCH
end
print(f(1), g(2), h(3))
