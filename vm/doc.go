// Package vm is the Lua 5.3 virtual machine: values, tables, closures,
// coroutines and the register-based interpreter loop.
//
// Values are 16-byte structs (see Value): numbers and booleans never
// allocate, and a string value points at the Go string's bytes with no
// header object. Tables have an array part and an open-addressing hash
// part, sized on rehash by lua5.3's rule so that # finds lua5.3's borders.
//
// The interpreter never recurses on the Go stack for calls between Lua
// functions, metamethods implemented in Lua, pcall or generic-for
// iterators: it pushes a call frame and continues. Because every bit of
// execution state lives in the thread's stack and frames, the loop can stop
// after any instruction and continue later exactly there:
//
//   - when the budget given to Run is spent (RunPreempted). The budget is
//     counted in reductions: one per call, per backward jump or loop step,
//     and per 64 bytes of concatenation, so every non-terminating program
//     is preempted while straight-line code pays nothing;
//   - when a Go function waits (return t.Block(k): RunBlocked; the next Run
//     calls k in the same frame);
//   - when a coroutine yields.
//
// A coroutine resumed through ResumeK that blocks or is preempted stops its
// resumer too, so a whole process stops with no Go stack held. Only a Go
// function that calls back into Lua (a sort comparator, __tostring...)
// pins the Go stack; blocking or yielding under it is an error, as in
// lua5.3. A Go function that calls Lua through CallK or PCallK (lua_callk
// and lua_pcallk: the call goes on in the interpreter loop and a
// continuation finishes the Go function) pins nothing. The process
// scheduler drives threads through Run. Abort raises an error that no
// pcall, message handler or coroutine.resume stops (os.exit in a process).
//
// Many States can share their libraries: NewImage freezes a prepared
// State's globals, registry and type metatables, and Image.NewState makes
// States that start with them and copy nothing (shared.go). A shared
// table is copied into a State the first time that State writes it, and
// every read and write of table contents goes through State.view or
// State.mutable, which cost one flag test on tables that are not shared.
// Go code reaches shared contents through State.View and State.Mutable
// (CheckTable gives the view); a raw write to a shared table panics. Go
// functions that several States share keep per-State data with
// State.Local, never in closures. Thread.Release recycles the memory of a
// finished thread that no Lua value can reach (recycle.go): a process
// runtime spawns one thread per process.
//
// Lookups that follow __index through tables only (methods of classes)
// are remembered per State, keyed by metatable and key, and invalidated
// by a process-wide epoch that any change to a table of such a chain
// advances (indexcache.go).
//
// The package owns execution only. It must not import the compiler,
// parser, standard library or scheduler packages: source loading is
// injected with State.SetLoader, libraries register Go functions, and the
// scheduler drives threads through Thread.Run.
package vm

// Garbage collection metamethods. Memory is managed by Go's collector.
// __gc metamethods are not called, and __mode is accepted but weak tables
// keep their keys and values alive like ordinary tables: Go's collector
// gives no safe point at which Lua code could run during collection, and
// weak references to interior table entries would cost every table access.
// collectgarbage("count") reports the Go heap in use, in kilobytes.
