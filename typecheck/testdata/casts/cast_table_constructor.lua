type Config = {host: string, port: number}
local c = {} :: Config
c.host = "h"
c.port = 1
c.other = 2 -- expect-error: UNDEFINED_FIELD
local d = {host = 1} :: Config -- expect-error: BAD_CAST
print(c, d)
