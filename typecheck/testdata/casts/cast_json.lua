local json = require("json")
type Config = {name: string, port: number}
local raw, err = json.decode('{"name": "x", "port": 1}')
if err then error(err) end
local cfg = raw :: Config
local p: number = cfg.port
print(cfg.name:upper(), p, cfg.nope) -- expect-error: UNDEFINED_FIELD
