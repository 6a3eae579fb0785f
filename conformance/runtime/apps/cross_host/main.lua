-- covers: cross-host spawn: an app with two process.host entries, each a
-- scheduler; a process on one spawns on the other (pids name the host);
-- messages both ways, names registered on one host found from the other,
-- exec, monitor and link (with trap_links) across hosts; spawn errors:
-- unknown host, unknown entry, an entry that is not a process, a value
-- that cannot be copied
return {main = function()
  local function host(pid) return (pid:match("^{(.-)|")) end
  local events = process.events()
  print("main runs on", host(process.pid()))
  local e = process.spawn_monitored("app:echo", "app:remote")
  print("echo runs on", host(e), e)
  process.send(e, "ping", {n = 1})
  local m = process.inbox():receive()
  print("reply:", m:topic(), m:payload():data().n, host(m:from()))
  print("remote name:", process.registry.lookup("echo") == e)
  process.send("echo", "ping", {n = 2})
  print("by name:", process.inbox():receive():payload():data().n)
  print("exec on remote:", process.exec("app:adder", "app:remote", 20, 22))
  process.set_options{trap_links = true}
  print("link:", process.link(e))
  process.send(e, "crash")
  local ev1, ev2 = events:receive(), events:receive()
  print(ev1.kind, ev1.from == e, ev1.result.error)
  print(ev2.kind, ev2.from == e, ev2.result.error)
  print("unknown host:", process.spawn("app:echo", "app:nowhere"))
  print("unknown entry:", process.spawn("app:nope", "app:remote"))
  print("not a process:", process.spawn("app:fn", "app:remote"))
  print(pcall(function() return process.spawn("app:adder", "app:remote", print) end))
end}
