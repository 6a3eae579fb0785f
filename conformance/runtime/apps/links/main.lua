-- covers: links: an error exit of a linked process kills a process that
-- does not trap links (sched.LinkError as its error), a normal exit ends
-- the link quietly, trap_links turns the failure into a LINK_DOWN event,
-- link/unlink by hand, linking to a process that has exited, failure
-- spreading along a chain of links; spawn_linked, spawn_monitored and
-- spawn_linked_monitored
local function describe(ev)
  return ev.kind .. " " .. tostring(ev.result.value or ev.result.error)
end

return {main = function()
  local events = process.events()
  print("trap_links by default:", process.get_options().trap_links)

  process.spawn_monitored("app:middle", "app:host", "crash", false)
  print("1.", describe(events:receive()))

  process.spawn_monitored("app:middle", "app:host", "ok", false)
  print("2.", describe(events:receive()))

  process.spawn_monitored("app:middle", "app:host", "crash", true)
  print("3.", describe(events:receive()))

  local w = process.spawn("app:child", "app:host", "wait")
  print("4.", process.link(w), process.unlink(w), process.monitor(w))
  process.send(w, "go")
  print("4.", describe(events:receive()))
  print("4.", process.link(w))

  process.set_options{trap_links = true}
  local c = process.spawn_linked("app:middle", "app:host", "crash", false)
  local ev = events:receive()
  print("5.", ev.kind, ev.from == c, ev.result.error)
end}
