// Package stdlib implements the Lua 5.3 standard libraries on top of the
// vm package, and the profiles that select them: Standard (full Lua 5.3,
// what `wippy-lua run file.lua` gives) and Sandbox (what app entries get:
// no file system, no environment, no loading of code, no debug library).
//
// It imports vm and bytecode only; it must not import the parser or
// compiler (source loading goes through vm.State's loader) nor the
// scheduler.
package stdlib
