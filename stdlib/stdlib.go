package stdlib

import (
	"io"
	"os"

	"wippylua/vm"
)

// Profile selects which libraries and functions a State gets.
type Profile uint8

const (
	// Standard is full Lua 5.3.
	Standard Profile = iota
	// Sandbox removes every way to reach the file system, the environment,
	// the process or the loader (see spec/runtime.md).
	Sandbox
)

// Open installs the libraries of profile p into s.
func Open(s *vm.State, p Profile) {
	loaded := vm.NewTable(0, 16)
	s.Registry().SetStr("_LOADED", vm.TableValue(loaded))
	openBase(s, p)
	loaded.SetStr("_G", vm.TableValue(s.Globals()))
	register(s, loaded, "coroutine", coroutineFuncs)
	openString(s, loaded, p)
	openTable(s, loaded, p)
	openMath(s, loaded, p)
	openUTF8(s, loaded, p)
	openOS(s, loaded, p)
	openIO(s, loaded, p)
	openPackage(s, loaded, p)
	openDebug(s, loaded, p)
}

// register creates a library table from funcs, stores it as a global and
// in package.loaded.
func register(s *vm.State, loaded *vm.Table, name string, funcs map[string]func(t *vm.Thread) int) *vm.Table {
	lib := vm.NewTable(0, len(funcs))
	for fname, fn := range funcs {
		lib.SetStr(fname, vm.FunctionValue(vm.NewGoFunction(fname, fn)))
	}
	s.Globals().SetStr(name, vm.TableValue(lib))
	loaded.SetStr(name, vm.TableValue(lib))
	return lib
}

// stdout returns where print and io.write go.
func stdout(s *vm.State) io.Writer {
	if s.Stdout != nil {
		return s.Stdout
	}
	return os.Stdout
}
