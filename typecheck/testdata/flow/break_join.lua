local function find(xs: {string}, want: string): string
  local found: string? = nil
  for _, x in ipairs(xs) do
    if x == want then
      found = x
      break
    end
  end
  if found == nil then
    return ""
  end
  return found
end
print(find({"a"}, "a"))
