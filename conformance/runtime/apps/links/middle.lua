-- Spawns a child linked and monitored, and reports what it saw of the
-- child's exit (unless the exit killed it).
return {main = function(mode, trap)
  process.set_options{trap_links = trap}
  local events = process.events()
  process.spawn_linked_monitored("app:child", "app:host", mode)
  local ev = events:receive()
  local seen = ev.kind .. ":" .. tostring(ev.result.value or ev.result.error)
  local r = channel.select{events:case_receive(), default = true}
  if not r.default then
    seen = seen .. " " .. r.value.kind .. ":" .. tostring(r.value.result.error)
  end
  return "middle saw " .. seen
end}
