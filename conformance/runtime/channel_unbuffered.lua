-- covers: unbuffered channels are rendezvous points: a send blocks until a
-- receiver takes the value (unless a receiver already waits), a receive
-- blocks until a sender comes; values arrive in the order sent; a receive
-- on a closed, drained channel gives nil, false at once
local ch = channel.new()
local log = {}
local function note(s) log[#log + 1] = s end

coroutine.spawn(function()
  for i = 1, 3 do
    note("send " .. i)
    ch:send(i)
    note("sent " .. i)
  end
  ch:close()
  note("closed")
end)

note("main starts")
for _ = 1, 4 do
  local v, ok = ch:receive()
  note("got " .. tostring(v) .. " " .. tostring(ok))
end
print(table.concat(log, "\n"))
print(ch:receive())
