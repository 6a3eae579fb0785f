type Level = 1 | 2 | 3
local function name(l: Level): string
  if l == 1 then
    return "low"
  elseif l == 2 then
    return "mid"
  end
  local three: 3 = l
  return tostring(three)
end
print(name(1))
