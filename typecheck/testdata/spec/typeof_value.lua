-- spec "Syntax": `typeof(e)` gives the static type of an expression as a
-- type value (and names that type in annotations).
local config = {host = "localhost", port = 8080}
local Config = typeof(config)
local c2, err = Config:is({host = "h", port = 1})
if c2 then
  local p: integer = c2.port
  print(p)
end
local same: typeof(config) = {host = "x", port = 1}
local wrong: typeof(config) = {host = 1, port = 1} -- expect-error: TYPE_MISMATCH
print(err, same, wrong)
