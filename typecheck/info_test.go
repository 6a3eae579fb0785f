package typecheck_test

import (
	"testing"
	"wippylua/bench/typedgen"

	"wippylua/ast"
	"wippylua/parser"
	"wippylua/typecheck"
)

// Info records the type of expressions and of alias statements.
func TestInfoTypes(t *testing.T) {
	src := `
type Point = {x: number, y: number}
local p: Point = {x = 1, y = 2}
local n = p.x + 1
local s = tostring(n)
local maybe = tonumber(s)
`
	chunk, err := parser.ParseString(src, "=info")
	if err != nil {
		t.Fatal(err)
	}
	info, ds := typecheck.Check(chunk, nil)
	if len(ds) > 0 {
		t.Fatal(ds)
	}
	alias := chunk.Block.Stmts[0].(*ast.TypeAliasStmt)
	if got := info.Aliases[alias].String(); got != "{x: number, y: number}" {
		t.Errorf("alias type %s", got)
	}
	want := []string{"", "Point", "number", "string", "number?"}
	for i := 1; i < len(want); i++ {
		e := chunk.Block.Stmts[i].(*ast.LocalStmt).Exprs[0]
		got := info.TypeOf(e)
		if got == nil {
			t.Errorf("statement %d: no type recorded", i)
			continue
		}
		s := got.String()
		if got.Name != "" {
			s = got.Name
		}
		if s != want[i] {
			t.Errorf("statement %d: type %s, want %s", i, s, want[i])
		}
	}
	// Subexpressions are recorded too.
	bin := chunk.Block.Stmts[2].(*ast.LocalStmt).Exprs[0].(*ast.BinaryExpr)
	if got := info.TypeOf(bin.L); got == nil || got.String() != "number" {
		t.Errorf("p.x: %v", got)
	}
}

// Check can run on many chunks at once: the shared declarations and types
// are only read.
func TestCheckConcurrent(t *testing.T) {
	src := typedgen.Generate(600, 1)
	done := make(chan int)
	for g := 0; g < 4; g++ {
		go func() {
			chunk, err := parser.ParseString(src, "=conc")
			if err != nil {
				done <- -1
				return
			}
			_, ds := typecheck.Check(chunk, nil)
			done <- len(ds)
		}()
	}
	for g := 0; g < 4; g++ {
		if n := <-done; n != 0 {
			t.Errorf("goroutine got %d diagnostics", n)
		}
	}
}

func TestModeOf(t *testing.T) {
	cases := map[string]typecheck.Mode{
		"--!strict\nlocal x = 1":        typecheck.ModeStrict,
		"  --!nonstrict  \nlocal x":     typecheck.ModeNonStrict,
		"#!/usr/bin/env lua\n--!strict": typecheck.ModeStrict,
		"local x = 1 --!strict":         typecheck.ModeAuto,
		"":                              typecheck.ModeAuto,
	}
	for src, want := range cases {
		if got := typecheck.ModeOf([]byte(src)); got != want {
			t.Errorf("%q: mode %d, want %d", src, got, want)
		}
	}
}
