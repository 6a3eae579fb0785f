local function fail(): never
  error("always")
end
local function bad(): never
  return 1 -- expect-error: TYPE_MISMATCH
end
local function check(v: string | number)
  if type(v) == "string" then
    print(v)
  elseif type(v) == "number" then
    print(v)
  else
    local n: never = v
    print(n)
  end
end
check(1)
print(fail, bad)
