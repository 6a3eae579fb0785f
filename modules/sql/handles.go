package sql

import (
	"context"
	gosql "database/sql"
	"strconv"

	"wippylua/modules/host"
	"wippylua/vm"
)

// dbHandle is what sql.get returns. Handles do not hold a connection
// (the pool lends one for each statement), so releasing one only makes
// it unusable; a process that forgets to release loses nothing.
type dbHandle struct {
	d        *Database
	released bool
}

// The methods, set by init: they make handles whose metatables hold them.
var dbMethods, txMethods, stmtMethods map[string]*vm.GoFunction

func init() {
	dbMethods = map[string]*vm.GoFunction{
		"type":    vm.NewGoFunction("type", dbType),
		"query":   vm.NewGoFunction("query", func(t *vm.Thread) int { return dbRun(t, false) }),
		"execute": vm.NewGoFunction("execute", func(t *vm.Thread) int { return dbRun(t, true) }),
		"prepare": vm.NewGoFunction("prepare", dbPrepare),
		"begin":   vm.NewGoFunction("begin", dbBegin),
		"release": vm.NewGoFunction("release", dbRelease),
		"stats":   vm.NewGoFunction("stats", dbStats),
	}
	txMethods = map[string]*vm.GoFunction{
		"db_type":     vm.NewGoFunction("db_type", txType),
		"query":       vm.NewGoFunction("query", func(t *vm.Thread) int { return txRun(t, false) }),
		"execute":     vm.NewGoFunction("execute", func(t *vm.Thread) int { return txRun(t, true) }),
		"prepare":     vm.NewGoFunction("prepare", txPrepare),
		"commit":      vm.NewGoFunction("commit", func(t *vm.Thread) int { return txEnd(t, (*gosql.Tx).Commit) }),
		"rollback":    vm.NewGoFunction("rollback", func(t *vm.Thread) int { return txEnd(t, (*gosql.Tx).Rollback) }),
		"savepoint":   vm.NewGoFunction("savepoint", func(t *vm.Thread) int { return txSavepoint(t, "SAVEPOINT ") }),
		"rollback_to": vm.NewGoFunction("rollback_to", func(t *vm.Thread) int { return txSavepoint(t, "ROLLBACK TO SAVEPOINT ") }),
		"release":     vm.NewGoFunction("release", func(t *vm.Thread) int { return txSavepoint(t, "RELEASE SAVEPOINT ") }),
	}
	stmtMethods = map[string]*vm.GoFunction{
		"query":   vm.NewGoFunction("query", func(t *vm.Thread) int { return stmtRun(t, false) }),
		"execute": vm.NewGoFunction("execute", func(t *vm.Thread) int { return stmtRun(t, true) }),
		"close":   vm.NewGoFunction("close", stmtClose),
	}
}

// --- running statements -------------------------------------------------------

// valuer is a result that becomes one Lua value.
type valuer interface{ value() vm.Value }

// finishValue continues a call on the Lua thread: the result's value, or
// nil and the error.
func finishValue(t *vm.Thread, v any, err error) int {
	if err != nil {
		return fail(t, err)
	}
	t.Push(v.(valuer).value())
	return 1
}

// finishTrue continues a call that returns true, nil on success.
func finishTrue(t *vm.Thread, v any, err error) int {
	if err != nil {
		return fail(t, err)
	}
	t.Push(vm.True)
	t.Push(vm.Nil)
	return 2
}

// describe shows v in a message: strings quoted, other values by type.
func describe(v vm.Value) string {
	if v.IsString() {
		return strconv.Quote(v.AsString())
	}
	return "of type " + v.TypeName()
}

// run runs the statement q with args on r and returns the rows (exec
// false) or the effect (exec true).
func run(t *vm.Thread, r runner, q string, args []any, exec bool) int {
	return host.Await(t, func(ctx context.Context) (any, error) {
		if exec {
			return execute(ctx, r, q, args)
		}
		return query(ctx, r, q, args)
	}, finishValue)
}

// access runs start once the calling process may use d's connection; a
// transaction being begun (exclusive) claims it. While another process's
// transaction holds it, the caller parks until that one ends, then tries
// again. While the caller's own transaction holds it, the call fails
// (CONFLICT) rather than wait for ever.
func access(t *vm.Thread, d *Database, exclusive bool, start func(t *vm.Thread) int) int {
	free, mine := d.claim(t.State(), exclusive)
	switch {
	case free:
		return start(t)
	case mine:
		return fail(t, conflict("database '%s' has one connection and this process's open transaction holds it: use the transaction, or end it first", d.id))
	}
	return host.Park(t, d.wait, func(t *vm.Thread) int { return access(t, d, exclusive, start) })
}

// --- database handles ---------------------------------------------------------

// usableDB returns the handle of argument 1, or the error when it is
// released.
func usableDB(t *vm.Thread) (*dbHandle, error) {
	h := check[*dbHandle](t, 1, "sql.db")
	if h.released {
		return nil, invalid("database handle of '%s' is released", h.d.id)
	}
	return h, nil
}

func dbType(t *vm.Thread) int {
	h := check[*dbHandle](t, 1, "sql.db")
	t.Push(vm.String(h.d.typ))
	t.Push(vm.Nil)
	return 2
}

func dbRun(t *vm.Thread, exec bool) int {
	h, err := usableDB(t)
	q, args, err := statement(t, err)
	if err != nil {
		return fail(t, err)
	}
	return access(t, h.d, false, func(t *vm.Thread) int { return run(t, h.d.db, q, args, exec) })
}

func dbPrepare(t *vm.Thread) int {
	h, err := usableDB(t)
	q := t.CheckString(2)
	if err != nil {
		return fail(t, err)
	}
	return access(t, h.d, false, func(t *vm.Thread) int {
		return prepare(t, h.d, nil, func(ctx context.Context) (*gosql.Stmt, error) { return h.d.db.PrepareContext(ctx, q) })
	})
}

// prepare prepares a statement and makes its handle, closed when the
// process exits if the program does not close it.
func prepare(t *vm.Thread, d *Database, tx *txHandle, p func(ctx context.Context) (*gosql.Stmt, error)) int {
	return host.Await(t, func(ctx context.Context) (any, error) {
		stmt, err := p(ctx)
		if err != nil {
			return nil, failure(err)
		}
		return stmt, nil
	}, func(t *vm.Thread, v any, err error) int {
		if err != nil {
			return fail(t, err)
		}
		stmt := v.(*gosql.Stmt)
		h := &stmtHandle{d: d, tx: tx, stmt: stmt}
		h.stop = context.AfterFunc(host.Context(t), func() { stmt.Close() })
		t.Push(newHandle(t.State(), metaStmt, h))
		return 1
	})
}

// isolationLevels are the values of sql.isolation. SQLite's transactions
// are serializable whatever the level asked.
var isolationLevels = map[string]gosql.IsolationLevel{
	"default":          gosql.LevelDefault,
	"read_uncommitted": gosql.LevelReadUncommitted,
	"read_committed":   gosql.LevelReadCommitted,
	"write_committed":  gosql.LevelWriteCommitted,
	"repeatable_read":  gosql.LevelRepeatableRead,
	"serializable":     gosql.LevelSerializable,
}

// dbBegin is db:begin([{isolation=, read_only=}]).
func dbBegin(t *vm.Thread) int {
	h, err := usableDB(t)
	var opts gosql.TxOptions
	if !t.Arg(2).IsNil() {
		o := t.State().View(t.CheckTable(2))
		if v := o.GetStr("isolation"); !v.IsNil() {
			level, ok := gosql.LevelDefault, false
			if v.IsString() {
				level, ok = isolationLevels[v.AsString()]
			}
			if !ok {
				return fail(t, invalid("unknown isolation level %s", describe(v)))
			}
			opts.Isolation = level
		}
		opts.ReadOnly = o.GetStr("read_only").Truthy()
	}
	if err != nil {
		return fail(t, err)
	}
	return access(t, h.d, true, func(t *vm.Thread) int { return begin(t, h.d, &opts) })
}

func dbRelease(t *vm.Thread) int {
	check[*dbHandle](t, 1, "sql.db").released = true
	t.Push(vm.True)
	t.Push(vm.Nil)
	return 2
}

// dbStats is db:stats(): the connection pool's statistics.
func dbStats(t *vm.Thread) int {
	h := check[*dbHandle](t, 1, "sql.db")
	s := h.d.db.Stats()
	out := vm.NewTable(0, 9)
	for k, v := range map[string]int64{
		"max_open_connections": int64(s.MaxOpenConnections),
		"open_connections":     int64(s.OpenConnections),
		"in_use":               int64(s.InUse),
		"idle":                 int64(s.Idle),
		"wait_count":           s.WaitCount,
		"wait_duration":        int64(s.WaitDuration),
		"max_idle_closed":      s.MaxIdleClosed,
		"max_idle_time_closed": s.MaxIdleTimeClosed,
		"max_lifetime_closed":  s.MaxLifetimeClosed,
	} {
		out.SetStr(k, vm.Int(v))
	}
	t.Push(vm.TableValue(out))
	t.Push(vm.Nil)
	return 2
}
