-- covers: monitors: EXIT events carry the first result of a normal exit
-- (deep-copied, cycles kept) or the error of an error exit (a string
-- with its position, a table, an error value of the errors module, all
-- copied into the monitoring process); crash isolation: a crash ends only
-- the process that crashed; monitor and unmonitor of a running process;
-- process.exec (result, and nil plus the error)
return {main = function()
  local events = process.events()
  local function next_event()
    local ev = events:receive()
    return ev.kind, ev.result.value, ev.result.error
  end

  process.spawn_monitored("app:worker", "app:host", "table")
  local kind, v = next_event()
  print("table:", kind, v.x, v.list[2], v.self == v)

  process.spawn_monitored("app:worker", "app:host", "string")
  print("string:", select(3, next_event()))

  process.spawn_monitored("app:worker", "app:host", "table_error")
  local _, _, e = next_event()
  print("table error:", type(e), e.code)

  process.spawn_monitored("app:worker", "app:host", "error_value")
  _, _, e = next_event()
  print("error value:", tostring(e), e:kind(), e:retryable(), e:details().id, errors.is(e, errors.TIMEOUT))

  local echo = process.spawn("app:worker", "app:host", "echo")
  process.spawn_monitored("app:worker", "app:host", "string")
  next_event()
  process.send(echo, "ping", "still alive")
  print("isolation:", process.inbox():receive():payload():data())

  print("monitor:", process.monitor(echo), process.unmonitor(echo))
  process.send(echo, "stop")
  print("exec:", process.exec("app:worker", "app:host", "add", 2, 3))
  print("exec error:", process.exec("app:worker", "app:host", "string"))
  print("no event after unmonitor:", channel.select{events:case_receive(), default = true}.default)
end}
