package app

import (
	"strings"
	"testing"
)

// A db.sql.sqlite entry needs a file; sql and http_client are reached
// only by entries that list them.
func TestDatabaseEntries(t *testing.T) {
	loadErr(t, map[string]string{"_index.yaml": `
version: "1.0"
namespace: app
entries:
  - name: db
    kind: db.sql.sqlite
`}, "entry 'app:db' has no file")

	a, _ := load(t, map[string]string{
		"_index.yaml": `
version: "1.0"
namespace: app
entries:
  - name: db
    kind: db.sql.sqlite
    file: ":memory:"
    pool: {max_lifetime: "1h"}   # Wippy's field, accepted
  - name: with
    kind: function.lua
    source: file://f.lua
    method: with
    modules: [sql, http_client]
  - name: without
    kind: function.lua
    source: file://f.lua
    method: without
`,
		"f.lua": `
local function with()
  local sql, http = require("sql"), require("http_client")
  local db = assert(sql.get("app:db"))
  return db:query("SELECT 1 + 1 AS two")[1].two, type(http.get)
end
local function without() return pcall(require, "sql") end
return {with = with, without = without}`,
	})
	if got, err := callJSON(t, a, "app:with"); err != nil || got != `2 "function"` {
		t.Fatalf("got %s, %v", got, err)
	}
	got, err := callJSON(t, a, "app:without")
	if err != nil || !strings.Contains(got, "module 'sql' is not allowed in entry 'app:without'") {
		t.Fatalf("got %s, %v", got, err)
	}
	if e := a.Entry("app:db"); e.DBFile != ":memory:" || e.Source != "" {
		t.Fatalf("entry %+v", e)
	}
}
