type Cfg = {db: {host: string, port: number?}?}
local function port(c: Cfg): number
  if c.db and c.db.port then
    return c.db.port
  end
  return 5432
end
local function bad(c: Cfg): number
  if c.db then
    return c.db.port -- expect-error: TYPE_MISMATCH
  end
  return 0
end
print(port({}), bad({db = {host = "h"}}))
