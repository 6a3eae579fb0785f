local pid, err = process.spawn_monitored("app:worker", "app:processes")
if not pid then
  error(err)
end
local ok, merr = process.monitor(pid)
local ev: ProcessEvent = process.events():receive()
if ev.kind == process.event.EXIT then
  print(ev.from, ev.result)
end
process.cancel(pid, "shutdown")
process.terminate(pid)
print(ok, merr)
