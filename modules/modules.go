// Package modules installs the runtime's modules into a State: the errors
// global and the modules that require finds (json, http_client, sql).
// Each module lives in its own subpackage; this package only wires them.
// Modules that wait for I/O or use the app's resources reach the runtime
// through the small contract of modules/host, which the process runtime
// implements.
//
// It imports vm, the module subpackages and typevalue; it must not import
// the scheduler or the process runtime.
package modules

import (
	"wippylua/modules/errors"
	"wippylua/modules/httpclient"
	"wippylua/modules/json"
	"wippylua/modules/sql"
	"wippylua/typevalue"
	"wippylua/vm"
)

// loaders builds each module's table on first require.
var loaders = map[string]func(*vm.State) vm.Value{
	"json":        json.Loader,
	"http_client": httpclient.Loader,
	"sql":         sql.Loader,
}

// Open installs the errors global and makes the modules loadable: through
// package.preload when the State has the package library (standard
// profile), and through Require otherwise.
func Open(s *vm.State) {
	errors.Open(s)
	typevalue.Open(s) // the built-in type values (spec/types.md)
	pkg := s.Globals().GetStr("package").AsTable()
	if pkg == nil {
		return
	}
	preload := pkg.GetStr("preload").AsTable()
	if preload == nil {
		return
	}
	for name, load := range loaders {
		load := load
		preload.SetStr(name, vm.FunctionValue(vm.NewGoFunction(name, func(t *vm.Thread) int {
			t.Push(load(t.State()))
			return 1
		})))
	}
}

// RequireFunc is a require for States without the package library: it
// finds only the runtime's modules.
func RequireFunc(t *vm.Thread) int {
	name := t.CheckString(1)
	v, ok := Require(t.State(), name)
	if !ok {
		t.Errorf("module '%s' not found", name)
	}
	t.Push(v)
	return 1
}

// Require returns module name for a State without the package library,
// loading it once into the registry's _LOADED table; ok is false for an
// unknown module.
func Require(s *vm.State, name string) (v vm.Value, ok bool) {
	loaded := s.RegistryField("_LOADED").AsTable()
	if loaded != nil {
		if v := s.View(loaded).GetStr(name); !v.IsNil() {
			return v, true
		}
	}
	load, ok := loaders[name]
	if !ok {
		return vm.Nil, false
	}
	v = load(s)
	if loaded != nil {
		s.Mutable(loaded).SetStr(name, v)
	}
	return v, true
}
