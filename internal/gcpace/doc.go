// Package gcpace paces Go's garbage collector for the wippy-lua command.
//
// Go's collector lets the heap grow to at least 4 MB (times GOGC/100)
// before its first cycles, however little of it is live. A short Lua
// script that allocates briskly but keeps almost nothing (objects,
// closures, coroutines) therefore peaks at the runtime's baseline plus
// 4 MB, about twice the resident size of C Lua running the same script.
// gcpace starts the command with a lower GOGC, which halves that floor,
// and restores the default once the live heap is large enough that the
// floor no longer matters, so big programs pay no extra collection work.
//
// Only the command uses it: a Go program embedding the runtime keeps
// control of its own collector settings. gcpace imports only the standard
// library.
package gcpace
