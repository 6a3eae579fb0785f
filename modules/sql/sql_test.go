package sql_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wippylua/app"
)

// testApp writes an app whose entries are the databases app:db (an
// SQLite file in a temporary directory) and app:mem (in memory), a
// process host, and one entry per source (name -> Lua body of main; a
// name ending in "_proc" is a process.lua entry), all allowed sql and
// time. It returns the loaded app, in deterministic mode unless real,
// and its output buffer.
func testApp(t *testing.T, real bool, sources map[string]string) (*app.App, *bytes.Buffer) {
	t.Helper()
	dir := t.TempDir()
	var idx strings.Builder
	fmt.Fprintf(&idx, `version: "1.0"
namespace: app
entries:
  - name: db
    kind: db.sql.sqlite
    file: %q
  - name: mem
    kind: db.sql.sqlite
    file: ":memory:"
  - name: processes
    kind: process.host
`, filepath.Join(dir, "data", "test.db"))
	if err := os.Mkdir(filepath.Join(dir, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range sources {
		kind := "function.lua"
		if strings.HasSuffix(name, "_proc") {
			kind = "process.lua"
		}
		fmt.Fprintf(&idx, `  - name: %s
    kind: %s
    source: file://%s.lua
    method: main
    modules: [sql, time]
`, name, kind, name)
		src := "local sql = require('sql')\nlocal time = require('time')\nlocal function main(...)\n" + body + "\nend\nreturn {main = main}\n"
		if err := os.WriteFile(filepath.Join(dir, name+".lua"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "_index.yaml"), []byte(idx.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	out := new(bytes.Buffer)
	a, err := app.LoadWithOptions(dir, app.Options{Stdout: out, Deterministic: !real})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Close)
	return a, out
}

// call runs function entry app:name and fails the test on an error.
func call(t *testing.T, a *app.App, name string) {
	t.Helper()
	if _, _, err := a.Call("app:" + name); err != nil {
		t.Fatalf("app:%s: %v", name, err)
	}
}

func expect(t *testing.T, out *bytes.Buffer, want string) {
	t.Helper()
	if got := out.String(); strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestQueryAndExecute(t *testing.T) {
	a, out := testApp(t, false, map[string]string{
		"write": `
local db = assert(sql.get("app:db"))
print(db:type())
assert(db:execute([[CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
  price REAL, qty INTEGER, data BLOB, flag BOOLEAN, note TEXT)]]))
local r = assert(db:execute("INSERT INTO items (name, price, qty, data, flag, note) VALUES (?, ?, ?, ?, ?, ?)",
  {"apple", 1.5, 3, sql.as.binary("\0\1\2"), true, sql.NULL}))
print(r.rows_affected, r.last_insert_id)
r = assert(db:execute("INSERT INTO items (name, price, qty) VALUES (?, ?, ?)",
  {"pear", sql.as.float(2), sql.as.int("7")}))
print(r.rows_affected, r.last_insert_id)
r = assert(db:execute("UPDATE items SET qty = qty + ?", {1}))
print(r.rows_affected)
assert(db:release())
`,
		"read": `
local db = assert(sql.get("app:db"))
local rows = assert(db:query("SELECT * FROM items ORDER BY id"))
print(#rows)
for _, row in ipairs(rows) do
  print(row.id, math.type(row.id), row.name, row.price, math.type(row.price), row.qty,
    row.data and #row.data, row.data == "\0\1\2", row.flag, row.note)
end
rows = assert(db:query("SELECT count(*) AS n, sum(qty) AS total FROM items WHERE price > ?", {1}))
print(rows[1].n, rows[1].total)
print(#assert(db:query("SELECT * FROM items WHERE name = ?", {"none"})))
`,
	})
	call(t, a, "write")
	call(t, a, "read") // another process, the same database
	expect(t, out, `
sqlite	nil
1	1
1	2
2
2
1	integer	apple	1.5	float	4	3	true	1	nil
2	integer	pear	2.0	float	8	nil	false	nil	nil
2	12
0
`)
}

func TestTransactions(t *testing.T) {
	a, out := testApp(t, false, map[string]string{
		"main": `
local db = assert(sql.get("app:mem"))
assert(db:execute("CREATE TABLE t (v INTEGER UNIQUE)"))
local function values()
  local vs = {}
  for _, r in ipairs(assert(db:query("SELECT v FROM t ORDER BY v"))) do vs[#vs + 1] = r.v end
  return table.concat(vs, ",")
end

local tx = assert(db:begin())
print(tx:db_type())
assert(tx:execute("INSERT INTO t VALUES (?)", {1}))
print(#assert(tx:query("SELECT * FROM t")))
local rows, err = db:query("SELECT * FROM t")  -- the transaction holds the connection
print(rows, err:kind())
print(tx:rollback())
print("after rollback:", values())

tx = assert(db:begin({isolation = sql.isolation.SERIALIZABLE}))
assert(tx:execute("INSERT INTO t VALUES (1)"))
assert(tx:savepoint("sp1"))
assert(tx:execute("INSERT INTO t VALUES (2)"))
assert(tx:rollback_to("sp1"))
assert(tx:release("sp1"))
assert(tx:execute("INSERT INTO t VALUES (3)"))
print(tx:commit())
print("after commit:", values())

local _, e1 = tx:query("SELECT 1")
local _, e2 = tx:commit()
print(e1:kind(), e2)
tx = assert(db:begin())
print(select(2, tx:savepoint("bad name")):kind())
local _, dup = tx:execute("INSERT INTO t VALUES (3)")
print(dup:kind(), dup:retryable())
assert(tx:rollback())
print(select(2, db:begin({isolation = "sometimes"})):kind())
`,
	})
	call(t, a, "main")
	expect(t, out, `
sqlite	nil
1
nil	CONFLICT
true	nil
after rollback:	
true	nil
after commit:	1,3
INVALID	INVALID: transaction is not active
INVALID
CONFLICT	false
INVALID
`)
}

func TestPreparedStatements(t *testing.T) {
	a, out := testApp(t, false, map[string]string{
		"main": `
local db = assert(sql.get("app:mem"))
assert(db:execute("CREATE TABLE t (k TEXT, v INTEGER)"))
local ins = assert(db:prepare("INSERT INTO t VALUES (?, ?)"))
for i = 1, 3 do assert(ins:execute({"k" .. i, i * 10})) end
local sel = assert(db:prepare("SELECT v FROM t WHERE k = ?"))
print(sel:query({"k2"})[1].v, #sel:query({"nope"}))
print(ins:close())
print(select(2, ins:execute({"x", 1})):kind())

local tx = assert(db:begin())
local st = assert(tx:prepare("SELECT count(*) AS n FROM t"))
print(st:query()[1].n)
print(select(2, sel:query({"k1"})):kind()) -- a statement of the database waits for the connection too
assert(tx:commit())
print(select(2, st:query()):kind())
print(sel:query({"k1"})[1].v)
`,
	})
	call(t, a, "main")
	expect(t, out, `
20	0
true	nil
INVALID
3
CONFLICT
INVALID
10
`)
}

func TestErrors(t *testing.T) {
	a, out := testApp(t, false, map[string]string{
		"main": `
local function kind(v, err) return err and err:kind() or "no error" end
print(kind(sql.get("app:nothing")), kind(sql.get("app:processes")), kind(sql.get("")))
local db = assert(sql.get("app:mem"))
print(kind(db:query("SELEC 1")), kind(db:query("SELECT * FROM missing")))
print(kind(db:query("SELECT ?", {{}})), kind(db:query("SELECT ?, ?", {1})))
local _, err = db:query("SELEC 1")
print(err:message():find("syntax error", 1, true) ~= nil)
assert(db:execute("CREATE TABLE t (v INTEGER NOT NULL)"))
print(kind(db:execute("INSERT INTO t VALUES (?)", {sql.NULL})))
db:release()
print(kind(db:query("SELECT 1")))
print(pcall(db.query, db, 42 == 42))
print(pcall(sql.as.int, "x1"))
print(tostring(sql.NULL), sql.type.SQLITE, sql.isolation.READ_COMMITTED)
`,
	})
	call(t, a, "main")
	expect(t, out, `
NOT_FOUND	INVALID	INVALID
INVALID	INVALID
INVALID	INVALID
true
CONFLICT
INVALID
false	bad argument #2 to '?' (string expected, got boolean)
false	bad argument #1 to '?' (invalid integer "x1")
sql.NULL	sqlite	read_committed
`)
}

// A transaction holds the connection until it ends: a process that needs
// it meanwhile waits (parked, not as I/O), so the holder's sleep still
// passes in virtual time, and sees the committed data.
func TestTransactionMakesOthersWait(t *testing.T) {
	a, out := testApp(t, false, map[string]string{
		"holder_proc": `
local db = assert(sql.get("app:mem"))
local tx = assert(db:begin())
assert(tx:execute("INSERT INTO t VALUES (1)"))
process.send(process.registry.lookup("reader"), "go")
time.sleep("1s")
assert(tx:execute("INSERT INTO t VALUES (2)"))
print("holder commits")
assert(tx:commit())
`,
		"main": `
assert(process.registry.register("reader"))
local db = assert(sql.get("app:mem"))
assert(db:execute("CREATE TABLE t (v INTEGER)"))
local t0 = time.now():unix_nano()
process.spawn("app:holder_proc", "app:processes")
process.inbox():receive()
print("reader queries")
local rows = assert(db:query("SELECT count(*) AS n FROM t"))
print("reader sees", rows[1].n, "after", (time.now():unix_nano() - t0) // 1000000000, "s")
`,
	})
	call(t, a, "main")
	expect(t, out, `
reader queries
holder commits
reader sees	2	after	1	s
`)
}

// A process that exits with its transaction open gives the connection
// back: the transaction is rolled back and the waiting process goes on.
func TestExitRollsBack(t *testing.T) {
	for _, real := range []bool{false, true} {
		t.Run(fmt.Sprintf("real=%v", real), func(t *testing.T) {
			a, out := testApp(t, real, map[string]string{
				"holder_proc": `
local db = assert(sql.get("app:db"))
local tx = assert(db:begin())
assert(tx:execute("INSERT INTO t VALUES (1)"))
process.send(process.registry.lookup("reader"), "go")
process.inbox():receive() -- for ever: terminated
`,
				"main": `
assert(process.registry.register("reader"))
local db = assert(sql.get("app:db"))
assert(db:execute("CREATE TABLE t (v INTEGER)"))
local pid = process.spawn("app:holder_proc", "app:processes")
process.inbox():receive()
coroutine.spawn(function() process.terminate(pid) end)
print("count", assert(db:query("SELECT count(*) AS n FROM t"))[1].n)
`,
			})
			call(t, a, "main")
			expect(t, out, "count\t0")
		})
	}
}

// A process waiting for a connection that nothing will give back is a
// deadlock, not I/O in flight.
func TestWaitingForeverIsADeadlock(t *testing.T) {
	a, _ := testApp(t, false, map[string]string{
		"holder_proc": `
local tx = assert(assert(sql.get("app:mem")):begin())
process.send(process.registry.lookup("reader"), "go")
process.inbox():receive()
`,
		"main": `
assert(process.registry.register("reader"))
local db = assert(sql.get("app:mem"))
process.spawn("app:holder_proc", "app:processes")
process.inbox():receive()
db:query("SELECT 1")
`,
	})
	if _, _, err := a.Call("app:main"); err != app.ErrDeadlock {
		t.Fatalf("got %v, want a deadlock", err)
	}
}

// Many processes write to one file database at once, with real workers.
func TestConcurrentWriters(t *testing.T) {
	const writers, rows = 8, 25
	a, out := testApp(t, true, map[string]string{
		"writer_proc": fmt.Sprintf(`
local n = ...
local db = assert(sql.get("app:db"))
for i = 1, %d do
  if i %% 5 == 0 then
    local tx = assert(db:begin())
    assert(tx:execute("INSERT INTO t VALUES (?, ?)", {n, i}))
    assert(tx:commit())
  else
    assert(db:execute("INSERT INTO t VALUES (?, ?)", {n, i}))
  end
end
`, rows),
		"main": fmt.Sprintf(`
local db = assert(sql.get("app:db"))
assert(db:execute("CREATE TABLE t (w INTEGER, i INTEGER)"))
local pids = {}
for n = 1, %d do
  pids[n] = assert(process.spawn_monitored("app:writer_proc", "app:processes", n))
end
local events = process.events()
for _ = 1, %d do
  local ev = events:receive()
  assert(ev.result.error == nil, tostring(ev.result.error))
end
local r = assert(db:query("SELECT count(*) AS n, count(DISTINCT w) AS w FROM t"))[1]
print(r.n, r.w)
`, writers, writers),
	})
	call(t, a, "main")
	expect(t, out, fmt.Sprintf("%d\t%d", writers*rows, writers))
}
