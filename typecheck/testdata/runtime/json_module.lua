--!strict
local json = require("json")
local text, err = json.encode({1, 2, 3})
if err then
  error(err)
end
local upper: string = text:upper()
local value, derr = json.decode(text)
json.decode({}) -- expect-error: TYPE_MISMATCH
print(upper, value, derr)
