local function f(xs: {string?}): number
  local n = 0
  for i = 1, #xs do
    local s = xs[i]
    if s == nil then
      goto continue
    end
    n = n + #s
    ::continue::
  end
  return n
end
print(f({"a", nil}))
