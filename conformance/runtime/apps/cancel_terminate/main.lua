-- covers: process.cancel is graceful: the target gets a CANCEL event with
-- the reason and the canceller's pid and decides what to do (here it
-- returns); process.terminate is forceful: an error exit ("process
-- terminated") that neither trap_links nor ignoring events prevents;
-- terminate and cancel of a process that has exited fail with NOT_FOUND
return {main = function()
  local events = process.events()
  local s = process.spawn_monitored("app:service", "app:host", process.pid())
  print("cancel:", process.cancel(s, "shutting down"))
  local ev = events:receive()
  print("cancel:", ev.kind, ev.result.value)

  local t = process.spawn_monitored("app:stubborn", "app:host")
  process.cancel(t, "please")
  print("terminate:", process.terminate(t))
  ev = events:receive()
  print("terminate:", ev.kind, ev.result.error)
  print("again:", process.terminate(t))
  print("again:", process.cancel(t))
end}
