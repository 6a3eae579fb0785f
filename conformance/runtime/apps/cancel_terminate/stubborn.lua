-- Traps links and ignores every event: only terminate ends it.
return {main = function()
  process.set_options{trap_links = true}
  local events = process.events()
  while true do events:receive() end
end}
