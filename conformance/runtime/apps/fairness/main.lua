-- covers: preemption: two processes that compute without ever blocking
-- both make progress on one worker; neither finishes before the other
-- has reported progress, and every message of each arrives in order
return {main = function()
  local me = process.pid()
  process.spawn("app:busy", "app:host", me, "A")
  process.spawn("app:busy", "app:host", me, "B")
  local inbox = process.inbox()
  local ticks, done_at, first_tick = {A = 0, B = 0}, {}, {}
  local n = 0
  while not (done_at.A and done_at.B) do
    local m = inbox:receive()
    local who = m:payload():data()
    n = n + 1
    if m:topic() == "tick" then
      ticks[who] = ticks[who] + 1
      first_tick[who] = first_tick[who] or n
    else
      done_at[who] = n
    end
  end
  print("ticks:", ticks.A, ticks.B)
  print("B made progress before A finished:", first_tick.B < done_at.A)
  print("A made progress before B finished:", first_tick.A < done_at.B)
end}
