local json = require("json")
local time = require("time")
local s, err = json.encode({a = 1})
if err then
  print(err:message())
else
  print(s:upper())
end
local v = json.decode("{}")
time.sleep("10ms")
local now = time.now()
local u: integer = now:unix()
json.nosuch() -- expect-error: UNDEFINED_FIELD
print(v, u)
