local function op(): (number?, error?)
  return nil, errors.new({message = "failed", kind = errors.TIMEOUT, retryable = true})
end
local v, err = op()
if err then
  local retry: boolean = err:retryable()
  local kind = err:kind()
  local msg: string = err:message()
  local is_timeout: boolean = errors.is(err, errors.TIMEOUT)
  print(retry, kind, msg, is_timeout)
  print(err:nosuch()) -- expect-error: UNDEFINED_FIELD
end
print(v)
