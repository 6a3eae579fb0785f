-- covers: uncaught runtime error deep inside nested calls (position of the faulting line)
local config = {server = {port = 8080, name = "srv"}}
local function getHost(cfg)
  return cfg.server.host.name
end
local function getName(cfg)
  return cfg.server.name
end
local function connect(cfg)
  local host = getHost(cfg)
  return "connected to " .. host
end
local function main()
  print("port", config.server.port)
  print("name", getName(config))
  print(pcall(connect, config))
  config.server.host = {name = "example"}
  print(connect(config))
  config.server.host = nil
  print(connect(config))
end
main()
print("never printed")
