local function f(v: string?): string
  if v == nil then
    error("nil")
  end
  local s: string = v
  return s
end
print(f("x"))
