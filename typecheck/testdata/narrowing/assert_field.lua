type Cfg = {host: string?, port: number?}
local function addr(c: Cfg): string
  assert(c.host, "host required")
  assert(c.port)
  return c.host .. ":" .. c.port
end
print(addr({host = "h", port = 1}))
