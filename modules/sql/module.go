package sql

import (
	"strings"

	"wippylua/modules/errors"
	"wippylua/modules/host"
	"wippylua/vm"
)

// Loader returns the module table for require("sql").
func Loader(s *vm.State) vm.Value {
	m := vm.NewTable(0, 6)
	m.SetStr("get", vm.FunctionValue(getFn))
	m.SetStr("type", vm.TableValue(stringTable(map[string]string{
		"POSTGRES": TypePostgres, "MYSQL": TypeMySQL, "SQLITE": TypeSQLite, "UNKNOWN": TypeUnknown,
	})))
	iso := map[string]string{}
	for name := range isolationLevels {
		iso[strings.ToUpper(name)] = name
	}
	m.SetStr("isolation", vm.TableValue(stringTable(iso)))
	m.SetStr("NULL", typedValue(s, nil))
	as := vm.NewTable(0, 5)
	for name, conv := range map[string]func(vm.Value) (any, error){
		"int": asInt, "float": asFloat, "text": asText, "binary": asBinary,
	} {
		as.SetStr(name, vm.FunctionValue(asFunction(name, conv)))
	}
	as.SetStr("null", vm.FunctionValue(vm.NewGoFunction("null", func(t *vm.Thread) int {
		t.Push(typedValue(t.State(), nil))
		return 1
	})))
	m.SetStr("as", vm.TableValue(as))
	return vm.TableValue(m)
}

// getFn is sql.get(id): a handle on the database the app declares as
// entry id.
var getFn = vm.NewGoFunction("get", func(t *vm.Thread) int {
	id := t.CheckString(1)
	if id == "" {
		return fail(t, invalid("empty database id"))
	}
	r, err := host.Resource(t, id)
	if err != nil {
		return fail(t, errors.Fail(errors.Unavailable, err.Error(), false))
	}
	if r == nil {
		return fail(t, errors.Fail(errors.NotFound, "database '"+id+"' not found", false))
	}
	d, ok := r.(*Database)
	if !ok {
		return fail(t, invalid("entry '%s' is not a database", id))
	}
	t.Push(newHandle(t.State(), metaDB, &dbHandle{d: d}))
	return 1
})

// asFunction makes sql.as.NAME(v): v as a parameter of that SQL type.
func asFunction(name string, conv func(vm.Value) (any, error)) *vm.GoFunction {
	return vm.NewGoFunction(name, func(t *vm.Thread) int {
		v, err := conv(t.CheckAny(1))
		if err != nil {
			t.ArgError(1, err.Error())
		}
		t.Push(typedValue(t.State(), v))
		return 1
	})
}

// typedValue makes a typed parameter (sql.NULL when v is nil).
func typedValue(s *vm.State, v any) vm.Value {
	return newHandle(s, metaTyped, &typed{v: v})
}

// fail returns nil and the error value of err.
func fail(t *vm.Thread, err error) int {
	t.Push(vm.Nil)
	t.Push(errors.FromGoT(t, err))
	return 2
}

func stringTable(m map[string]string) *vm.Table {
	t := vm.NewTable(0, len(m))
	for k, v := range m {
		t.SetStr(k, vm.String(v))
	}
	return t
}
