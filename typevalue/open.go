package typevalue

import (
	"wippylua/types"
	"wippylua/vm"
)

// globalTypes are the built-in types installed as globals by Open. The
// other built-in names are taken: nil and function are keywords, error
// and type base functions, string and table libraries (see Open).
var globalTypes = []string{"number", "integer", "boolean", "any", "unknown", "never", "thread", "userdata"}

// libraryTypes are the library tables that also stand for a type.
var libraryTypes = []string{"string", "table"}

// libTypeField is the metatable field of a library table that holds the
// type value the table stands for.
const libTypeField = "__type"

// Open installs the built-in type values of s: the globals of
// globalTypes, and for the string and table libraries (when present) a
// metatable that makes them usable as types: string(v), string:is(v),
// table:kind(). The library functions themselves are untouched.
func Open(s *vm.State) {
	g := s.Globals()
	for _, name := range globalTypes {
		g.SetStr(name, Value(types.Builtins[name]))
	}
	for _, name := range libraryTypes {
		lib := g.GetStr(name).AsTable()
		if lib == nil || lib.Metatable() != nil {
			continue
		}
		mt := vm.NewTable(0, 4)
		mt.SetStr("__call", meta.GetStr("__call"))
		mt.SetStr("__index", meta.GetStr("__index"))
		mt.SetStr(libTypeField, Value(types.Builtins[name]))
		lib.SetMetatable(mt)
	}
}
