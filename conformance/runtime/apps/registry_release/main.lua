-- covers: names are shared by the processes of the app: a name registered
-- by one process is found by another (lookup, send by name); registering
-- a taken name is ALREADY_EXISTS; the name is released when its owner
-- exits, before its monitors hear of the exit; registering another
-- process's pid; any process may unregister any name
return {main = function()
  local reg = process.registry
  local events = process.events()
  local owner = process.spawn_monitored("app:owner", "app:host", process.pid())
  process.inbox():receive()
  print("lookup:", reg.lookup("db") == owner)
  print("conflict:", reg.register("db"))
  process.send("db", "query", "select 1")
  print("reply:", process.inbox():receive():payload():data())
  process.send("db", "quit")
  events:receive()
  print("after exit:", reg.lookup("db"))
  print("free again:", reg.register("db"), reg.lookup("db") == process.pid())

  local other = process.spawn_monitored("app:owner", "app:host", process.pid())
  print("on behalf:", reg.register("worker", other), reg.lookup("worker") == other)
  print("unregister:", reg.unregister("worker"), reg.lookup("worker"))
  -- "db" is ours now: the second owner's register fails, and so does its
  -- assert, with the error value as its error
  local ev = events:receive()
  print("owner failed:", ev.from == other, ev.result.error)
end}
