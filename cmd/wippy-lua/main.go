// Command wippy-lua runs and compiles Lua 5.3 programs; see internal/cli
// for the commands and their behaviour.
package main

import (
	"os"

	"wippylua/internal/cli"
	"wippylua/internal/gcpace"
)

func main() {
	gcpace.Start()
	os.Exit(cli.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
