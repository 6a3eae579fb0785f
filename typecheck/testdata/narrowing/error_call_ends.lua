local function need(v: number?): number
  if not v then
    error("need a value")
  end
  return v + 1
end
local function need2(v: number?): number
  if v == nil then error({code = 1}) end
  return v
end
local function need3(v: number?): number
  if v == nil then
    print("no value")
  end
  return v -- expect-error: TYPE_MISMATCH
end
print(need(1), need2(2), need3(3))
