local events = process.events()
local ev = events:receive()
local kinds = process.event
local exitKind: "EXIT" = kinds.EXIT
process.set_options({trap_links = true})
local opts = process.get_options()
local t: boolean = opts.trap_links
process.set_options({trap = true}) -- expect-error: UNDEFINED_FIELD
print(ev, exitKind, t)
