local function f(v: boolean | number): number
  if type(v) == "boolean" then
    return v and 1 or 0
  end
  return v * 2
end
print(f(true))
