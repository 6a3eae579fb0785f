package compiler

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"wippylua/parser"
)

// benchCorpus returns a large realistic chunk: every conformance program
// that parses, each wrapped in its own function, repeated to about 1 MB.
func benchCorpus(tb testing.TB) string {
	files, _ := filepath.Glob("../conformance/*/*.lua")
	var parts []string
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		body := "local function chunk(...)\n" + string(src) + "\nend\n"
		if _, err := parser.ParseString(body, "=bench"); err == nil {
			parts = append(parts, body)
		}
	}
	if len(parts) == 0 {
		tb.Skip("no conformance programs")
	}
	one := "do\n" + strings.Join(parts, "end\ndo\n") + "end\n"
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		b.WriteString("-- copy " + strconv.Itoa(i) + "\n" + one)
	}
	return b.String()
}

// BenchmarkParseCompile measures parsing plus compiling, the work
// `luac5.3 -p` does. Set BENCH_CORPUS to a file name to also write the
// corpus there (to time luac5.3 -p on it).
func BenchmarkParseCompile(b *testing.B) {
	src := benchCorpus(b)
	if name := os.Getenv("BENCH_CORPUS"); name != "" {
		os.WriteFile(name, []byte(src), 0o644)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		chunk, err := parser.ParseString(src, "=bench")
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Compile(chunk); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompile measures the compiler alone.
func BenchmarkCompile(b *testing.B) {
	src := benchCorpus(b)
	chunk, err := parser.ParseString(src, "=bench")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compile(chunk); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompileSmall measures the fixed cost of compiling a tiny chunk,
// as load() of a short string does.
func BenchmarkCompileSmall(b *testing.B) {
	chunk, err := parser.ParseString("local a, b = ... return a + b * 2, function(x) return x end", "=small")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compile(chunk); err != nil {
			b.Fatal(err)
		}
	}
}
