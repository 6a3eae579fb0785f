local config = {host = "localhost", port = 8080}
config.debug = true
local h: string = config.host
local p: number = config.port
local d = config.debug
local anything = config.unknownField
print(h, p, d, anything)
