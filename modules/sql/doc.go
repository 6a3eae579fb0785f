// Package sql is the `sql` module: queries on the databases an app
// declares, following Wippy's sql API. The one engine is SQLite, through
// modernc.org/sqlite (a translation of SQLite's C source to Go, so the
// project still builds with the Go toolchain alone).
//
// A database is an app entry (package app):
//
//	entries:
//	  - name: db
//	    kind: db.sql.sqlite
//	    file: data/app.db     # or ":memory:"
//
// and code reaches it by id:
//
//	local sql = require("sql")
//	local db, err = sql.get("app:db")
//	local rows, err = db:query("SELECT id, name FROM users WHERE active = ?", {1})
//	local res, err = db:execute("INSERT INTO users (name) VALUES (?)", {"alice"})
//	-- res.rows_affected, res.last_insert_id
//	local tx, err = db:begin({isolation = sql.isolation.SERIALIZABLE, read_only = false})
//	tx:query(q, params) tx:execute(q, params) tx:prepare(q)
//	tx:savepoint(name) tx:rollback_to(name) tx:release(name)
//	tx:commit() tx:rollback() tx:db_type()
//	local stmt, err = db:prepare(q)  -- stmt:query(params) stmt:execute(params) stmt:close()
//	db:type() db:stats() db:release()
//
// sql.type (POSTGRES, MYSQL, SQLITE, UNKNOWN), sql.isolation (DEFAULT,
// READ_UNCOMMITTED, READ_COMMITTED, WRITE_COMMITTED, REPEATABLE_READ,
// SERIALIZABLE), sql.NULL and sql.as.int/float/text/binary/null are
// Wippy's. Wippy's query builder (sql.builder) is not provided.
//
// # Values
//
// Parameters, an array bound to the ? placeholders in order: integers
// bind as INTEGER, floats as REAL, strings as TEXT, booleans as 1 or 0,
// nil and sql.NULL as NULL (write sql.NULL inside the array: nil would
// end it), and sql.as.int(v), sql.as.float(v), sql.as.text(v),
// sql.as.binary(v) (a BLOB) and sql.as.null() force the type. Tables,
// functions and other values are an INVALID error.
//
// Rows are an array of tables from column name to value: INTEGER gives an
// integer, REAL a float, TEXT a string, BLOB a string of its bytes, and
// NULL nothing (the column is absent from the row's table). The driver
// reads TEXT in columns declared DATE, DATETIME or TIMESTAMP as times;
// they come back as RFC 3339 strings. When two columns have the same name,
// the last one wins.
//
// # Connections and waiting
//
// Statements run on an I/O goroutine of the scheduler (host.Await): the
// calling coroutine is suspended and the process's worker runs other
// processes meanwhile. An app's database is opened on first use and
// shared by every process of the app. As in Wippy, an SQLite database
// has a single connection (SQLite writes one at a time, and a database in
// memory lives in its connection) and a file database runs in WAL journal
// mode. A transaction therefore holds the connection from begin to commit
// or rollback: another process that needs it meanwhile waits (parked, as
// on a channel: see host.Park, so that a run where every process waits is
// a deadlock and virtual time still moves), and the process holding it
// gets a CONFLICT error if it uses the database itself rather than the
// transaction, which would otherwise wait for ever. Isolation levels are
// accepted but SQLite's transactions are always serializable, and
// read_only is not enforced.
//
// A handle is a value of its process. db:release() makes the handle
// unusable (handles hold no connection, so forgetting it loses nothing).
// When a process exits, its open transactions are rolled back and its
// prepared statements closed.
//
// # Errors
//
// Failures return nil and an error value: INVALID for a bad statement
// (syntax, unknown table or column, wrong parameters), a released handle,
// an ended transaction or a closed statement; CONFLICT for a constraint
// violation (UNIQUE, NOT NULL, CHECK, FOREIGN KEY) and for the case
// above; UNAVAILABLE (retryable) for a file locked by another program;
// NOT_FOUND from sql.get for an unknown id, INVALID for an entry that is
// not a database. Wrong argument types raise.
//
// It imports vm, modules/errors, modules/host and the driver; never the
// scheduler, the process runtime or package app (which calls OpenSQLite).
package sql
