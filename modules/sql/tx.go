package sql

import (
	"context"
	gosql "database/sql"

	"wippylua/modules/host"
	"wippylua/vm"
)

// txHandle is an open transaction. It holds the database's connection
// until it ends: by commit or rollback, or when its process exits
// (database/sql rolls it back when the process's context is cancelled).
type txHandle struct {
	d     *Database
	tx    *gosql.Tx
	owner any         // the State of the process that began it
	stop  func() bool // stops the release planned for the process's exit
	done  bool
}

// begin begins a transaction on d, whose connection the calling process
// has claimed. The claim ends with the transaction, or when the process
// exits; database/sql rolls back a transaction whose context (the
// process's) is cancelled.
func begin(t *vm.Thread, d *Database, opts *gosql.TxOptions) int {
	owner := any(t.State())
	stop := host.OnExit(t, func() { d.free(owner) })
	pctx := host.Context(t)
	return host.Await(t, func(context.Context) (any, error) {
		tx, err := d.db.BeginTx(pctx, opts)
		if err != nil {
			return nil, failure(err)
		}
		return tx, nil
	}, func(t *vm.Thread, v any, err error) int {
		if err != nil {
			if stop() {
				d.free(owner)
			}
			return fail(t, err)
		}
		t.Push(newHandle(t.State(), metaTx, &txHandle{d: d, tx: v.(*gosql.Tx), owner: owner, stop: stop}))
		return 1
	})
}

// activeTx returns the transaction of argument 1, or the error when it
// has ended.
func activeTx(t *vm.Thread) (*txHandle, error) {
	h := check[*txHandle](t, 1, "sql.tx")
	if h.done {
		return nil, invalid("transaction is not active")
	}
	return h, nil
}

// end marks the transaction ended and gives the connection back.
func (h *txHandle) end() {
	if h.done {
		return
	}
	h.done = true
	if h.stop() {
		h.d.free(h.owner)
	}
}

func txType(t *vm.Thread) int {
	h := check[*txHandle](t, 1, "sql.tx")
	t.Push(vm.String(h.d.typ))
	t.Push(vm.Nil)
	return 2
}

func txRun(t *vm.Thread, exec bool) int {
	h, err := activeTx(t)
	q, args, err := statement(t, err)
	if err != nil {
		return fail(t, err)
	}
	return run(t, h.tx, q, args, exec)
}

func txPrepare(t *vm.Thread) int {
	h, err := activeTx(t)
	q := t.CheckString(2)
	if err != nil {
		return fail(t, err)
	}
	return prepare(t, h.d, h, func(ctx context.Context) (*gosql.Stmt, error) { return h.tx.PrepareContext(ctx, q) })
}

// txEnd commits or rolls back. The transaction is over afterwards even
// when that fails (database/sql gives the connection back either way).
func txEnd(t *vm.Thread, end func(*gosql.Tx) error) int {
	h, err := activeTx(t)
	if err != nil {
		return fail(t, err)
	}
	return host.Await(t, func(context.Context) (any, error) {
		if err := end(h.tx); err != nil {
			return nil, failure(err)
		}
		return nil, nil
	}, func(t *vm.Thread, v any, err error) int {
		h.end()
		return finishTrue(t, v, err)
	})
}

// isSavepointName reports whether name is an identifier
// ([A-Za-z_][A-Za-z0-9_]*): it is written into the statement, so
// nothing else is allowed.
func isSavepointName(name string) bool {
	for i := 0; i < len(name); i++ {
		c := name[i]
		letter := c == '_' || ('a' <= c|0x20 && c|0x20 <= 'z')
		if !letter && (i == 0 || c < '0' || c > '9') {
			return false
		}
	}
	return name != ""
}

// txSavepoint runs verb (SAVEPOINT, ROLLBACK TO SAVEPOINT, RELEASE
// SAVEPOINT) with the name of argument 2.
func txSavepoint(t *vm.Thread, verb string) int {
	h, err := activeTx(t)
	name := t.CheckString(2)
	if err != nil {
		return fail(t, err)
	}
	if !isSavepointName(name) {
		return fail(t, invalid("invalid savepoint name %q (letters, digits and _ only)", name))
	}
	return host.Await(t, func(ctx context.Context) (any, error) {
		if _, err := h.tx.ExecContext(ctx, verb+name); err != nil {
			return nil, failure(err)
		}
		return nil, nil
	}, finishTrue)
}
