// Package wippylua is the Go embedding API of wippy-lua, a Lua 5.3 runtime
// written from scratch in Go.
//
// A State is one Lua universe (globals, registry, coroutines) with the
// standard libraries of a profile installed and a source compiler wired in,
// so that load, loadfile and require can compile text chunks:
//
//	L := wippylua.New(wippylua.Options{})
//	L.Register("greet", func(t *vm.Thread) int {
//		t.Push(vm.String("hello, " + t.CheckString(1)))
//		return 1
//	})
//	res, err := L.CallGlobal("greet", "world") // []any{"hello, world"}
//
// Values cross the boundary as vm.Value; ToGo and FromGo convert them to and
// from plain Go values (bool, int64, float64, string, []any, map[any]any).
//
// The package is the one place that joins the front end (parser, compiler)
// and the runtime (vm, stdlib): it imports parser, compiler, lexer,
// bytecode, vm and stdlib. None of those may import it, and it must not
// import internal/cli or anything process- or scheduler-specific; the
// command-line tool is built on top of it, not the other way round.
package wippylua
