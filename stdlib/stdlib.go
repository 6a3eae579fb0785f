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

// NewImage builds the libraries of profile p once, for many States to
// share copy-on-write (see vm.Image): setup, when not nil, then adds what
// all those States have besides (the process runtime's globals, say).
// Every State made from the image behaves as if Open had run in it: a
// program that changes a library table changes its own copy only,
// math.random has its own generator, and io's standard files are its
// own, made on its first use of io.
func NewImage(p Profile, setup func(s *vm.State)) (*vm.Image, error) {
	s := vm.NewState()
	Open(s, p)
	if io := s.Global("io").AsTable(); io != nil {
		shareIO(s, io)
	}
	if setup != nil {
		setup(s)
	}
	return vm.NewImage(s)
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
