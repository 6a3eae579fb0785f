local function f(v: any): string
  if v == nil then
    local n: nil = v
    return "nil"
  end
  return tostring(v)
end
print(f(nil))
