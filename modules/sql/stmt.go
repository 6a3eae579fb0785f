package sql

import (
	"context"
	gosql "database/sql"

	"wippylua/modules/host"
	"wippylua/vm"
)

// stmtHandle is a prepared statement, of the database (tx nil) or of a
// transaction, which closes it when it ends.
type stmtHandle struct {
	d      *Database
	tx     *txHandle
	stmt   *gosql.Stmt
	stop   func() bool // stops the close planned for the process's exit
	closed bool
}

// usableStmt returns the statement of argument 1, or the error that
// makes it unusable now.
func usableStmt(t *vm.Thread) (*stmtHandle, error) {
	h := check[*stmtHandle](t, 1, "sql.stmt")
	switch {
	case h.closed:
		return nil, invalid("statement is closed")
	case h.tx != nil && h.tx.done:
		return nil, invalid("transaction is not active")
	}
	return h, nil
}

func stmtRun(t *vm.Thread, exec bool) int {
	h, err := usableStmt(t)
	if err != nil {
		return fail(t, err)
	}
	args, err := params(t, 2)
	if err != nil {
		return fail(t, err)
	}
	start := func(t *vm.Thread) int { return run(t, prepared{h.stmt}, "", args, exec) }
	if h.tx != nil {
		return start(t)
	}
	return access(t, h.d, false, start)
}

func stmtClose(t *vm.Thread) int {
	h := check[*stmtHandle](t, 1, "sql.stmt")
	if h.closed {
		t.Push(vm.True)
		t.Push(vm.Nil)
		return 2
	}
	h.closed = true
	h.stop()
	// Closing may wait for the connection a statement of another process
	// is running on.
	return host.Await(t, func(context.Context) (any, error) {
		if err := h.stmt.Close(); err != nil {
			return nil, failure(err)
		}
		return nil, nil
	}, finishTrue)
}
