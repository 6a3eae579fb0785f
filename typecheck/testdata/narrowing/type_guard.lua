local function describe(v: string | number | boolean): string
  if type(v) == "string" then
    return v:upper()
  elseif type(v) == "number" then
    local n: number = v
    return tostring(n + 1)
  end
  local b: boolean = v
  return b and "yes" or "no"
end
local function wrong(v: string | number): string
  if type(v) ~= "string" then
    return v:upper() -- expect-error: NOT_INDEXABLE
  end
  return v
end
print(describe(1), wrong("a"))
