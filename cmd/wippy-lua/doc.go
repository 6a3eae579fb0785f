// Command wippy-lua runs, compiles and type-checks Lua programs:
//
//	wippy-lua run [--sandbox] [-e chunk] [-l name] script.lua [args...]
//	wippy-lua compile [-l [-l]] [-p] [-s] [-o out.luac] script.lua
//	wippy-lua check FILE|DIR...
//
// All the work is in package internal/cli, so that the command can be
// tested in-process; this package only connects it to the process's
// arguments, streams and exit status.
//
// default.pgo is a CPU profile of the benchmark programs, which go build
// uses for profile-guided optimisation of this command (5-15% faster
// interpreter on most of bench/programs). Regenerate it after large
// changes to the interpreter with
//
//	go test ./bench -run '^$' -bench 'Program/' -benchtime 3x -cpuprofile cmd/wippy-lua/default.pgo
package main
