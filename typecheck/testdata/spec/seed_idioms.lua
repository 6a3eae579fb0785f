-- The idioms of the runtime's documentation.
local json = require("json")
local function parse(input: string): (any, error?)
  local data, err = json.decode(input)
  if err then
    return nil, errors.wrap(err, "decode failed")
  end
  return data, nil
end
local ch = channel.new()
local buffered = channel.new(10)
coroutine.spawn(function()
  ch:send("data")
end)
local val, ok = ch:receive()
local inbox = process.inbox()
local events = process.events()
local r = channel.select({inbox:case_receive(), events:case_receive()})
if r.channel == events then
  print("event", r.value)
else
  print("message", r.value)
end
local pid = process.spawn("app.workers:handler", "app:processes")
print(parse("{}"), buffered, val, ok, pid)
