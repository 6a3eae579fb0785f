package typevalue_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wippylua"
)

// TestLuaPrograms runs every testdata/NAME.lua and compares what it prints
// with testdata/NAME.out, written by hand (lua5.3 knows nothing of types).
func TestLuaPrograms(t *testing.T) {
	files, err := filepath.Glob("testdata/*.lua")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test programs: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".lua")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(file, ".lua") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			L := wippylua.New(wippylua.Options{Stdout: &out, Stderr: &out})
			if _, err := L.DoFile(file); err != nil {
				t.Fatalf("%v\noutput so far:\n%s", err, out.String())
			}
			if got := out.String(); got != string(want) {
				t.Errorf("output differs\n--- got\n%s--- want\n%s", got, want)
			}
		})
	}
}
