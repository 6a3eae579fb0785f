package typecheck_test

import (
	"testing"

	"wippylua/bench/typedgen"
	"wippylua/parser"
	"wippylua/typecheck"
)

// The checker's speed on generated typed code (bench/typedgen). These are
// for profiling and benchstat; the figures of record, linearity included,
// come from go run ./bench/cmd/checkbench (bench/RESULTS.md), which
// measures in fresh processes.

func benchCheck(b *testing.B, lines int) {
	src := typedgen.Generate(lines, 1)
	chunk, err := parser.ParseString(src, "=bench")
	if err != nil {
		b.Fatal(err)
	}
	conf := &typecheck.Config{OmitTypes: true}
	if _, ds := typecheck.Check(chunk, conf); len(ds) > 0 {
		b.Fatalf("generated code has %d diagnostics, first: %s", len(ds), ds[0])
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		typecheck.Check(chunk, conf)
	}
	b.ReportMetric(float64(lines), "lines")
}

func BenchmarkCheck100k(b *testing.B) { benchCheck(b, 100_000) }
func BenchmarkCheck200k(b *testing.B) { benchCheck(b, 200_000) }

// BenchmarkCheckTypes100k also records the type of every expression
// (Info.Types), as the compiler's typeof needs.
func BenchmarkCheckTypes100k(b *testing.B) {
	chunk, err := parser.ParseString(typedgen.Generate(100_000, 1), "=bench")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		typecheck.Check(chunk, nil)
	}
}

// BenchmarkParseCheck100k includes parsing.
func BenchmarkParseCheck100k(b *testing.B) {
	src := typedgen.Generate(100_000, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		chunk, err := parser.ParseString(src, "=bench")
		if err != nil {
			b.Fatal(err)
		}
		typecheck.Check(chunk, &typecheck.Config{OmitTypes: true})
	}
}

// The generated code the benchmarks check is itself a test: typed code
// of every common shape that must check without a diagnostic.
func TestGeneratedClean(t *testing.T) {
	chunk, err := parser.ParseString(typedgen.Generate(2000, 3), "=gen")
	if err != nil {
		t.Fatal(err)
	}
	_, ds := typecheck.Check(chunk, nil)
	for _, d := range ds {
		t.Error(d)
	}
}
