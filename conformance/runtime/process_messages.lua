-- covers: process.pid; process.send to oneself; the inbox (one channel
-- per process); message objects: topic, from, payload:data with one,
-- several and no values; messages from one sender arrive in order;
-- topics starting with '@' are refused; sending to a pid that has exited
-- succeeds and does nothing; an unknown name is a NOT_FOUND error
local me = process.pid()
print(type(me), me)
local inbox = process.inbox()
print(inbox == process.inbox())
for i = 1, 5 do process.send(me, "n", i) end
print(process.send(me, "multi", "a", 2, true))
process.send(me, "empty")
for _ = 1, 5 do
  local m = inbox:receive()
  io.write(m:topic(), m:payload():data(), " ")
end
print()
local m = inbox:receive()
print(m:topic(), m:from() == me, m:payload():data())
m = inbox:receive()
print(m:topic(), select("#", m:payload():data()), m:payload():data())
print(pcall(function() process.send(me, "@system", 1) end))
print(process.send("{local|0x99}", "t", 1))
local ok, err = process.send("nobody", "t", 1)
print(ok, err, err:kind())
