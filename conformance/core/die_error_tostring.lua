-- covers: uncaught error whose value is a table with __tostring: the message is used
local E = {}
E.__index = E
E.__tostring = function(e) return "MyError: " .. e.msg end
local function new(msg) return setmetatable({msg = msg}, E) end
print(tostring(new("preview")))
local function validate(x)
  if x < 0 then error(new("negative input " .. x)) end
  return x
end
print(validate(5))
-- caught: the object is delivered, tostring gives the text
local ok, e = pcall(validate, -1)
print(ok, getmetatable(e) == E, e.msg, tostring(e))
-- error objects can carry extra data
local ok2, e2 = pcall(function()
  local err = new("with data")
  err.code = 17
  error(err)
end)
print(ok2, e2.code, tostring(e2))
validate(-3)
print("never printed")
