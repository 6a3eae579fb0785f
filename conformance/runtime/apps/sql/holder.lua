-- Holds a transaction on app:db across a sleep, then commits.
local sql = require("sql")
local time = require("time")

return {main = function(reader)
  local db = assert(sql.get("app:db"))
  local tx = assert(db:begin())
  assert(tx:execute("INSERT INTO kv (k, v) VALUES (?, ?)", {"held", 1}))
  process.send(reader, "begun")
  time.sleep("2s")
  print("holder: commit after 2s", tx:commit())
end}
