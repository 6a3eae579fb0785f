local function f(v: string?): string
  if type(v) == "nil" then
    return "none"
  end
  return v
end
local function g(v: string?): number
  if type(v) == "string" then
    return #v
  end
  return #v -- expect-error: NIL_ACCESS
end
print(f(nil), g("a"))
