-- covers: messages from one sender arrive in the order sent, while those
-- of two senders interleave; values are copied when sent (a change made
-- by the sender afterwards is not seen); msg:from() is the sender's pid;
-- coroutine.yield at the top of a process lets the others run
return {main = function()
  local me = process.pid()
  local a = process.spawn("app:sender", "app:host", me, "A", 50)
  local b = process.spawn("app:sender", "app:host", me, "B", 50)
  local inbox = process.inbox()
  local last, copies, from, ended = {A = 0, B = 0}, true, true, 0
  local switches, prev = 0, nil
  while ended < 2 do
    local m = inbox:receive()
    if m:topic() == "end" then
      ended = ended + 1
    else
      local name, i, t = m:payload():data()
      if i ~= last[name] + 1 then print("out of order:", name, i) end
      last[name] = i
      copies = copies and t.count == i
      from = from and m:from() == (name == "A" and a or b)
      if prev and prev ~= name then switches = switches + 1 end
      prev = name
    end
  end
  print("received:", last.A, last.B)
  print("copied when sent:", copies)
  print("from is the sender:", from)
  print("switches between senders:", switches)
end}
