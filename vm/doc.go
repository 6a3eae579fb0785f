// Package vm is the Lua 5.3 virtual machine: values, tables, closures,
// coroutines and the register-based interpreter loop.
//
// Values are 16-byte structs (see Value): numbers and booleans never
// allocate. Tables have an array part and an open-addressing hash part.
//
// The interpreter never recurses on the Go stack for calls between Lua
// functions, metamethods implemented in Lua, pcall or generic-for
// iterators: it pushes a call frame and continues. Because every bit of
// execution state lives in the thread's stack and frames, the loop can stop
// after any instruction — when an instruction budget runs out (Run
// returns RunPreempted) or a coroutine yields — and continue later exactly
// there. The process scheduler drives threads through Run.
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
