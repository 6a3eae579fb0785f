package sql

import (
	"context"
	gosql "database/sql"

	"wippylua/vm"
)

// runner is what a statement runs on: the database, a transaction, or a
// prepared statement (whose query text is fixed).
type runner interface {
	QueryContext(ctx context.Context, query string, args ...any) (*gosql.Rows, error)
	ExecContext(ctx context.Context, query string, args ...any) (gosql.Result, error)
}

// prepared adapts a prepared statement to runner: the query text is the
// statement's own.
type prepared struct{ stmt *gosql.Stmt }

func (p prepared) QueryContext(ctx context.Context, _ string, args ...any) (*gosql.Rows, error) {
	return p.stmt.QueryContext(ctx, args...)
}

func (p prepared) ExecContext(ctx context.Context, _ string, args ...any) (gosql.Result, error) {
	return p.stmt.ExecContext(ctx, args...)
}

// rowSet is the result of a query, read whole on the I/O goroutine.
type rowSet struct {
	columns []string
	rows    [][]any
}

// query runs q and reads every row.
func query(ctx context.Context, r runner, q string, args []any) (*rowSet, error) {
	rows, err := r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, failure(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, failure(err)
	}
	rs := &rowSet{columns: cols}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, failure(err)
		}
		rs.rows = append(rs.rows, vals)
	}
	if err := rows.Err(); err != nil {
		return nil, failure(err)
	}
	return rs, nil
}

// value makes the Lua result of a query: an array of rows, each a table
// from column name to value (a NULL column is absent from its row).
func (rs *rowSet) value() vm.Value {
	arr := vm.NewTable(len(rs.rows), 0)
	for i, row := range rs.rows {
		t := vm.NewTable(0, len(rs.columns))
		for j, name := range rs.columns {
			if v := luaValue(row[j]); !v.IsNil() {
				t.SetStr(name, v)
			}
		}
		arr.SetInt(int64(i+1), vm.TableValue(t))
	}
	return vm.TableValue(arr)
}

// execResult is the result of a statement run for its effect.
type execResult struct {
	rowsAffected, lastInsertID int64
}

// execute runs q for its effect.
func execute(ctx context.Context, r runner, q string, args []any) (*execResult, error) {
	res, err := r.ExecContext(ctx, q, args...)
	if err != nil {
		return nil, failure(err)
	}
	var out execResult
	// SQLite's driver always knows both; a driver that does not gives 0.
	out.rowsAffected, _ = res.RowsAffected()
	out.lastInsertID, _ = res.LastInsertId()
	return &out, nil
}

func (r *execResult) value() vm.Value {
	t := vm.NewTable(0, 2)
	t.SetStr("rows_affected", vm.Int(r.rowsAffected))
	t.SetStr("last_insert_id", vm.Int(r.lastInsertID))
	return vm.TableValue(t)
}
