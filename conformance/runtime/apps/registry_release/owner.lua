-- Registers itself as "db" and answers queries until told to quit.
return {main = function(parent)
  assert(process.registry.register("db"))
  process.send(parent, "registered")
  local inbox = process.inbox()
  while true do
    local m = inbox:receive()
    if m:topic() == "quit" then return end
    process.send(m:from(), "reply", "result of " .. m:payload():data())
  end
end}
