-- covers: uncaught error(false): the standalone interpreter reports "(error object is a boolean value)"
local ok, e = pcall(error, false)
print(ok, e)
print(pcall(error, true))
local function check(flag)
  if not flag then error(flag) end
  return "passed"
end
print(check(true))
print(check(1))
print(pcall(check, nil))
print(pcall(check, false))
-- boolean errors inside coroutines
local co = coroutine.create(function() error(true) end)
print(coroutine.resume(co))
-- a boolean error value is truthy/falsy as usual
local _, v = pcall(error, false)
print(v == false, not v, type(v))
local _, w = pcall(error, true)
print(w == true, type(w))
check(false)
