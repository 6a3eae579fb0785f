// Command glua runs one Lua file with gopher-lua (a Lua 5.1 interpreter in
// Go), the second reference point of the benchmark runner in
// bench/cmd/luabench. It lives in its own module so that the main module
// keeps no external dependency.
//
//	go build -C bench/gopher -o /tmp/glua && /tmp/glua file.lua
package main

import (
	"fmt"
	"os"

	lua "github.com/yuin/gopher-lua"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: glua file.lua")
		os.Exit(2)
	}
	// The defaults, except for the value stack ("registry"): it starts
	// small and may grow. gopher-lua's fixed default (lua.RegistrySize
	// slots) would make deep recursion fail where lua5.3 does not, and
	// every coroutine gets a stack of the initial size, so the default
	// would make creating a coroutine cost about 80 KB of allocation.
	L := lua.NewState(lua.Options{
		RegistrySize:    1024,
		RegistryMaxSize: 1 << 22,
	})
	defer L.Close()
	if err := L.DoFile(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "glua:", err)
		os.Exit(1)
	}
}
