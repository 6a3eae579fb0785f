package json

import (
	"wippylua/modules/errors"
	"wippylua/vm"
)

// Registry fields for the per-State sentinel and marker metatables, named
// so no Lua program collides with them.
const (
	nullKey   = "wippylua.json.null"
	arrayKey  = "wippylua.json.array"
	objectKey = "wippylua.json.object"
)

// nullData is the Data of the json.null userdata.
type nullData struct{}

// Null returns the json.null sentinel of s.
func Null(s *vm.State) vm.Value {
	if v := s.Registry().GetStr(nullKey); !v.IsNil() {
		return v
	}
	mt := vm.NewTable(0, 4)
	mt.SetStr("__name", vm.String("json.null"))
	mt.SetStr("__metatable", vm.String("json.null"))
	mt.SetStr("__tostring", vm.FunctionValue(vm.NewGoFunction("tostring", func(t *vm.Thread) int {
		t.Push(vm.String("null"))
		return 1
	})))
	v := vm.UserdataValue(vm.NewUserdata(nullData{}, mt))
	s.Registry().SetStr(nullKey, v)
	return v
}

func isNull(v vm.Value) bool {
	u := v.AsUserdata()
	if u == nil {
		return false
	}
	_, ok := u.Data.(nullData)
	return ok
}

func markMeta(s *vm.State, key, kind string) *vm.Table {
	if mt := s.Registry().GetStr(key).AsTable(); mt != nil {
		return mt
	}
	mt := vm.NewTable(0, 2)
	mt.SetStr("__jsontype", vm.String(kind))
	s.Registry().SetStr(key, vm.TableValue(mt))
	return mt
}

func arrayMeta(s *vm.State) *vm.Table  { return markMeta(s, arrayKey, "array") }
func objectMeta(s *vm.State) *vm.Table { return markMeta(s, objectKey, "object") }

// Loader returns the module table for require("json").
func Loader(s *vm.State) vm.Value {
	m := vm.NewTable(0, 8)
	for name, fn := range map[string]func(*vm.Thread) int{
		"encode": luaEncode,
		"decode": luaDecode,
		"array":  luaArray,
		"object": luaObject,
	} {
		m.SetStr(name, vm.FunctionValue(vm.NewGoFunction(name, fn)))
	}
	m.SetStr("null", Null(s))
	return vm.TableValue(m)
}

// luaEncode: json.encode(v) -> string, nil | nil, err.
func luaEncode(t *vm.Thread) int {
	out, err := Encode(t.State(), t.CheckAny(1))
	return result(t, vm.String(out), err)
}

// luaDecode: json.decode(s) -> value, nil | nil, err. Only a non-string
// argument raises: any text is data, and bad data is an err.
func luaDecode(t *vm.Thread) int {
	if !t.Arg(1).IsString() {
		t.TypeError(1, "string")
	}
	v, err := Decode(t.State(), t.Arg(1).AsString())
	return result(t, v, err)
}

func result(t *vm.Thread, v vm.Value, err error) int {
	if err != nil {
		t.Push(vm.Nil)
		t.Push(errors.NewT(t, errors.Invalid, err.Error()))
		return 2
	}
	t.Push(v)
	t.Push(vm.Nil)
	return 2
}

// luaArray: json.array([t]) marks t (or a new table) as an array.
func luaArray(t *vm.Thread) int { return mark(t, arrayMeta(t.State())) }

// luaObject: json.object([t]) marks t (or a new table) as an object.
func luaObject(t *vm.Thread) int { return mark(t, objectMeta(t.State())) }

func mark(t *vm.Thread, mt *vm.Table) int {
	var tab *vm.Table
	if t.Arg(1).IsNil() {
		tab = vm.NewTable(0, 0)
	} else {
		tab = t.CheckTable(1)
	}
	if cur := tab.Metatable(); cur != nil && cur != arrayMeta(t.State()) && cur != objectMeta(t.State()) {
		t.ArgError(1, "table already has a metatable (set __jsontype in it instead)")
	}
	tab.SetMetatable(mt)
	t.Push(vm.TableValue(tab))
	return 1
}
