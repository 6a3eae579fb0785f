-- Error handling: functions return result, error pairs.
local json = require("json")

local function decode(input)
  local data, err = json.decode(input)
  if err then
      return nil, errors.wrap(err, "decode failed")
  end
  return data
end

return {decode = decode}
