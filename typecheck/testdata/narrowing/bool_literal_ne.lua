local function f(flag: boolean?): boolean
  if flag ~= false and flag ~= nil then
    local t: true = flag
    return t
  end
  return false
end
print(f(true))
