-- covers: sql: sql.get (found, unknown, not a database), db:type,
-- db:execute (rows_affected, last_insert_id), db:query with parameters
-- (integer, float, text, blob, boolean, sql.NULL, sql.as.*), the value
-- mapping of rows (NULL columns absent), prepared statements, a
-- transaction with a savepoint, rollback, commit, the errors of ended
-- transactions and bad statements, CONFLICT for a constraint and for
-- using the database under one's own transaction, and a process that
-- waits for another's transaction (virtual time goes on meanwhile)
local sql = require("sql")
local time = require("time")

local function kind(_, err) return err and err:kind() or "ok" end

return {main = function()
  print("get:", kind(sql.get("app:db")), kind(sql.get("app:nope")), kind(sql.get("app:host")))
  local db = assert(sql.get("app:db"))
  print("type:", db:type(), sql.type.SQLITE)

  assert(db:execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v, note TEXT)"))
  local r = assert(db:execute("INSERT INTO kv VALUES (?, ?, ?), (?, ?, ?)",
    {"int", 42, "answer", "float", 2.5, sql.NULL}))
  print("insert:", r.rows_affected, r.last_insert_id)
  assert(db:execute("INSERT INTO kv VALUES (?, ?, ?)", {"blob", sql.as.binary("a\0b"), sql.as.null()}))
  assert(db:execute("INSERT INTO kv (k, v) VALUES (?, ?), (?, ?)", {"bool", true, "text", sql.as.text(7)}))
  for _, row in ipairs(assert(db:query("SELECT k, v, typeof(v) AS t, note FROM kv ORDER BY k"))) do
    local v = row.v
    if type(v) == "number" then v = math.type(v) .. " " .. v elseif v then v = string.format("%q", v) end
    print("row:", row.k, v, row.t, row.note)
  end

  local stmt = assert(db:prepare("SELECT count(*) AS n FROM kv WHERE k > ?"))
  print("prepared:", stmt:query({"c"})[1].n, stmt:query({"g"})[1].n, stmt:close())

  local tx = assert(db:begin())
  assert(tx:execute("DELETE FROM kv"))
  print("in tx:", #assert(tx:query("SELECT * FROM kv")), kind(db:query("SELECT 1")))
  print("rollback:", tx:rollback(), #assert(db:query("SELECT * FROM kv")))
  print("after:", kind(tx:query("SELECT 1")), kind(tx:commit()))

  tx = assert(db:begin())
  assert(tx:execute("UPDATE kv SET v = v + 1 WHERE k = 'int'"))
  assert(tx:savepoint("before_delete"))
  assert(tx:execute("DELETE FROM kv WHERE k = 'int'"))
  assert(tx:rollback_to("before_delete"))
  print("commit:", tx:commit(), db:query("SELECT v FROM kv WHERE k = 'int'")[1].v)

  print("errors:", kind(db:query("SELEKT 1")), kind(db:execute("INSERT INTO kv (k) VALUES ('int')")),
    kind(db:query("SELECT ?", {{}})))

  local t0 = time.now():unix()
  process.spawn("app:holder", "app:host", process.pid())
  process.inbox():receive()
  print("main: waits for the connection")
  local row = assert(db:query("SELECT v FROM kv WHERE k = 'held'"))[1]
  print("main: got", row.v, "after", time.now():unix() - t0, "s")
  return "done"
end}
