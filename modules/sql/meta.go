package sql

import (
	"fmt"

	"wippylua/vm"
)

// The module's userdata: handles on a database (sql.get), a transaction
// (db:begin), a prepared statement (prepare), and the typed parameters
// of sql.as and sql.NULL. Their metatables hold shared Go functions but
// are tables, which belong to one State: each State makes its own on
// first use and keeps them in its registry.

// metaKind names one of the metatables.
type metaKind int

const (
	metaDB metaKind = iota
	metaTx
	metaStmt
	metaTyped
)

// metaInfo describes a metatable: its registry key, __name and methods.
var metaInfo = [...]struct {
	key, name string
	methods   *map[string]*vm.GoFunction
}{
	metaDB:    {"wippylua.sql.db", "sql.db", &dbMethods},
	metaTx:    {"wippylua.sql.tx", "sql.tx", &txMethods},
	metaStmt:  {"wippylua.sql.stmt", "sql.stmt", &stmtMethods},
	metaTyped: {"wippylua.sql.value", "sql.value", nil},
}

// metatable returns s's metatable of kind k, making it on first use.
func metatable(s *vm.State, k metaKind) *vm.Table {
	info := metaInfo[k]
	if mt := s.Registry().GetStr(info.key).AsTable(); mt != nil {
		return mt
	}
	mt := vm.NewTable(0, 4)
	if info.methods != nil {
		methods := vm.NewTable(0, len(*info.methods))
		for name, f := range *info.methods {
			methods.SetStr(name, vm.FunctionValue(f))
		}
		mt.SetStr("__index", vm.TableValue(methods))
	}
	mt.SetStr("__name", vm.String(info.name))
	mt.SetStr("__metatable", vm.String(info.name))
	mt.SetStr("__tostring", vm.FunctionValue(tostringFn))
	s.Registry().SetStr(info.key, vm.TableValue(mt))
	return mt
}

// newHandle makes a userdata of kind k around data.
func newHandle(s *vm.State, k metaKind, data any) vm.Value {
	return vm.UserdataValue(vm.NewUserdata(data, metatable(s, k)))
}

// check returns argument n as a handle of type T, raising otherwise.
func check[T any](t *vm.Thread, n int, what string) T {
	if ud := t.Arg(n).AsUserdata(); ud != nil {
		if h, ok := ud.Data.(T); ok {
			return h
		}
	}
	t.TypeError(n, what)
	var zero T
	return zero
}

var tostringFn = vm.NewGoFunction("tostring", func(t *vm.Thread) int {
	ud := t.Arg(1).AsUserdata()
	var s string
	switch h := ud.Data.(type) {
	case *dbHandle:
		s = "sql.db: " + h.d.id
	case *txHandle:
		s = "sql.tx: " + h.d.id
	case *stmtHandle:
		s = "sql.stmt: " + h.d.id
	case *typed:
		if h.v == nil {
			s = "sql.NULL"
		} else {
			s = fmt.Sprintf("sql.value: %T %v", h.v, h.v)
		}
	}
	t.Push(vm.String(s))
	return 1
})
