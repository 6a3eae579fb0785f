local function f(s: string?): string
  if s == nil then
    return "default"
  else
    return s
  end
end
local function g(s: string?): string
  if nil == s then
    return "default"
  end
  return s
end
local function h(s: string?): string
  if s ~= nil then
    return s
  end
  return s -- expect-error: TYPE_MISMATCH
end
print(f(nil), g("x"), h(nil))
