local function validate(x: number): (number?, error?)
  if x < 0 then
    return nil, errors.new({message = "negative", kind = errors.INVALID})
  end
  return x, nil
end
local v, err = validate(-1)
if err then
  local k = err:kind()
  if k == "INVALID" then
    print("invalid: " .. err:message())
  end
  local wrapped = errors.wrap(err, "validating")
  print(wrapped)
else
  print(v + 1)
end
errors.new({message = "x", kind = "WRONG_KIND"}) -- expect-error: TYPE_MISMATCH
