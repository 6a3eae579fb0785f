// Command wippy-lua runs, compiles and (later) type-checks Lua programs:
//
//	wippy-lua run [--sandbox] [-e chunk] [-l name] script.lua [args...]
//	wippy-lua compile [-l [-l]] [-p] [-s] [-o out.luac] script.lua
//	wippy-lua check FILE|DIR...
//
// All the work is in package internal/cli, so that the command can be
// tested in-process; this package only connects it to the process's
// arguments, streams and exit status.
package main
