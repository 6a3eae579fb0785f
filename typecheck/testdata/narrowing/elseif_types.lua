local function kind(v: string | number | boolean | nil): string
  if v == nil then
    return "nil"
  elseif type(v) == "string" then
    return "s:" .. v
  elseif type(v) == "number" then
    return "n:" .. v
  else
    local b: boolean = v
    return b and "t" or "f"
  end
end
print(kind(1))
