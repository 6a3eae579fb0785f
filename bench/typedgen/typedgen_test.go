package typedgen_test

import (
	"regexp"
	"strings"
	"testing"

	"wippylua/bench/typedgen"
	"wippylua/parser"
	"wippylua/typecheck"
)

// The generated code is typed Lua the checker accepts without a single
// diagnostic, and it is checked strictly (it has annotations).
func TestGeneratedChecksClean(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		src := typedgen.Generate(3000, seed)
		chunk, err := parser.ParseString(src, "=gen")
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if typecheck.ModeOf([]byte(src)) != typecheck.ModeStrict {
			t.Errorf("seed %d: not strict", seed)
		}
		_, ds := typecheck.Check(chunk, nil)
		for i, d := range ds {
			if i == 10 {
				t.Errorf("... %d in all", len(ds))
				break
			}
			line := strings.Split(src, "\n")[d.Line-1]
			t.Errorf("seed %d: %s\n\t%s", seed, d, line)
		}
	}
}

// Generate gives about the lines asked for, the same text for the same
// seed, and modules that differ from each other.
func TestGenerateShape(t *testing.T) {
	a := typedgen.Generate(20000, 7)
	if a != typedgen.Generate(20000, 7) {
		t.Error("not deterministic")
	}
	if a == typedgen.Generate(20000, 8) {
		t.Error("the seed changes nothing")
	}
	n := strings.Count(a, "\n")
	if n < 20000 || n > 20400 {
		t.Errorf("%d lines for 20000", n)
	}
	// Modules with their numbers erased: no two alike.
	digits := regexp.MustCompile(`[0-9]+`)
	modules := strings.Split(a, "\ndo\n")[1:]
	seen := map[string]int{}
	for i, m := range modules {
		k := digits.ReplaceAllString(m, "N")
		if j, dup := seen[k]; dup {
			t.Errorf("modules %d and %d are the same", j+1, i+1)
		}
		seen[k] = i
	}
	if len(modules) < 50 {
		t.Errorf("only %d modules", len(modules))
	}
}
