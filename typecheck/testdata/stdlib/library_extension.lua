function string.trim(s: string): string
  return (s:gsub("^%s+", ""):gsub("%s+$", ""))
end
local s = "  x  "
print(s:trim())
print(s:anything_goes_now())
