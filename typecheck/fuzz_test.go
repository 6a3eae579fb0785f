package typecheck_test

import (
	"os"
	"path/filepath"
	"testing"

	"wippylua/parser"
	"wippylua/typecheck"
)

// FuzzCheck: whatever parses must check without panicking, in both modes.
func FuzzCheck(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*/*.lua")
	for _, p := range paths {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(string(src))
		}
	}
	f.Add("local x: {[string]: (number) -> ()?} = {} x.y(1)")
	f.Fuzz(func(t *testing.T, src string) {
		chunk, err := parser.ParseString(src, "=fuzz")
		if err != nil {
			return
		}
		typecheck.Check(chunk, &typecheck.Config{Mode: typecheck.ModeStrict})
		typecheck.Check(chunk, &typecheck.Config{Mode: typecheck.ModeNonStrict})
	})
}
