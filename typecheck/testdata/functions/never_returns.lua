local function fail(msg: string): never
  error(msg)
end
local function get(v: number?): number
  if v == nil then
    fail("missing")
  end
  return v
end
local function inferredFail(msg: string)
  error(msg)
end
local function get2(v: number?): number
  if v == nil then
    inferredFail("missing")
  end
  return v
end
print(get(1), get2(2))
