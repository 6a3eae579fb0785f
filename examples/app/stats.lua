local json = require("json")
local time = require("time")
local mathx = require("mathx")

local function run(...)
  local start = time.now()
  local xs = {...}
  time.sleep("1ms")
  return {
    count = #xs,
    mean = mathx.mean(xs),
    input = json.encode(xs),
    slept = time.now():sub(start) >= 1000000,
  }
end

return {run = run}
