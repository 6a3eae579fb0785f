-- covers: process.cancel posts a CANCEL event (from, reason) to the
-- target's events channel and does nothing else; events that come before
-- process.events() wait for it; a process cannot monitor or link to
-- itself; the event kinds
print(process.event.EXIT, process.event.LINK_DOWN, process.event.CANCEL)
print(process.cancel(process.pid(), {why = "shutdown"}))
print(process.cancel(process.pid()))
local events = process.events()
local ev = events:receive()
print(ev.kind == process.event.CANCEL, ev.from == process.pid(), ev.reason.why)
ev = events:receive()
print(ev.kind, ev.reason)
print(process.monitor(process.pid()))
print(process.link(process.pid()))
print(process.cancel("nobody"))
print(process.get_options().trap_links, process.set_options{trap_links = true}, process.get_options().trap_links)
print(pcall(function() process.set_options{speed = 1} end))
