--!strict
local pid, err = process.spawn("app.workers:handler", "app:processes", 1)
if err then
  print(err:message())
else
  local p: string = pid
  process.send(p, "task", {data = "work"})
end
local me: string = process.pid()
local inbox = process.inbox()
local msg = inbox:receive()
process.send(me) -- expect-error: ARG_COUNT
process.spawn({}, "host") -- expect-error: TYPE_MISMATCH
print(msg)
