local time = require("time")

local function main(n)
  n = n or 3
  local pid = process.spawn("app:ponger", "app:processes", process.pid())
  local inbox = process.inbox()
  for i = 1, n do
    process.send(pid, "ping", i)
    local msg = inbox:receive()
    print(msg:topic(), msg:payload():data())
    time.sleep("10ms")
  end
  process.send(pid, "stop")
  return n
end

local function ponger(parent)
  local inbox = process.inbox()
  while true do
    local msg = inbox:receive()
    if msg:topic() == "stop" then return end
    process.send(parent, "pong", msg:payload():data() * 10)
  end
end

return {main = main, ponger = ponger}
