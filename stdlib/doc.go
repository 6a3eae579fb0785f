// Package stdlib implements the Lua 5.3 standard libraries on top of the
// vm package, and the profiles that select them: Standard (full Lua 5.3,
// what `wippy-lua run file.lua` gives) and Sandbox (what app entries get:
// no file system, no environment, no loading of code, no debug library).
//
// # Profiles
//
// Standard has every lua5.3 library, plus os.platform (runtime.GOOS), so
// that code written for entries also runs as a script.
//
// Sandbox leaves out io, package and require, load, loadfile, dofile,
// debug, and every os function but time, date, clock, difftime and
// platform. package.loaded is not reachable, and nothing reachable from
// _G (including the string metatable) leads to a removed function
// (profile_test.go walks it). Entries will get a require limited to the
// modules their definition lists; until then the sandbox has no require.
//
// # Sharing the libraries
//
// NewImage builds a profile's libraries once and freezes them into a
// vm.Image, for runtimes that make many States (one per process): each
// State made from it behaves as if Open had run in it, at the cost of a
// few hundred bytes. No library function keeps per-State data in a
// closure: the generator of math.random and the io/os wiring below are
// found through the running State (State.Local), and the io table is
// per State in an image (its standard files are each State's own, made
// on first use of io).
//
// # Host wiring
//
// The io and os libraries read standard input from SetStdin's reader,
// write io.stderr to SetStderr's writer and io.stdout to the State's
// Stdout (shared with print). os.exit flushes and calls SetExit's
// function (os.Exit by default; a host that must go on calls vm.Abort
// there, which nothing in Lua catches). Close flushes and closes the files a script left open, as
// lua_close does; the garbage collector closes dropped handles too.
//
// It imports vm, bytecode, internal/libm (the math functions) and its own
// subpackages only; it must not import the parser or compiler (source
// loading goes through vm.State's loader) nor the scheduler.
package stdlib
