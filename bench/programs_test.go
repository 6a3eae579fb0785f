package bench_test

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wippylua"
)

// BenchmarkProgram runs each program of bench/programs in one State per
// iteration, output discarded: the same work as luabench's runs, in a
// form that `go test -cpuprofile` can profile.
func BenchmarkProgram(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("programs", "*.lua"))
	if err != nil || len(files) == 0 {
		b.Fatalf("no programs: %v", err)
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(file), ".lua")
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				s := wippylua.New(wippylua.Options{Stdout: io.Discard, Stderr: io.Discard})
				chunk, err := s.Load(src, "@"+file)
				if err != nil {
					b.Fatal(err)
				}
				if _, err := s.Call(chunk); err != nil {
					b.Fatalf("%s: %v", name, err)
				}
			}
		})
	}
}
