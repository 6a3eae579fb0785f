package types_test

import (
	"strings"
	"testing"

	"wippylua/ast"
	"wippylua/parser"
	"wippylua/types"
)

// FuzzPrintRoundTrip: any type that resolves prints as text that parses
// and resolves to an equal type printing the same way.
func FuzzPrintRoundTrip(f *testing.F) {
	for _, s := range []string{
		"{name: string, age?: number}", "<T>(T) -> T", "number @min(1) | string",
		"{[string]: {number?}}", "(number, ...string) -> (boolean, ...any)", `"a" | "b" | nil`,
		"((number) -> string)?", "{a: number} & {b: string}", "{f: () -> (number) -> string}",
		"{readonly id: integer, readonly: boolean, readonly tag?: string}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if strings.ContainsAny(src, "\n\r") || strings.Contains(src, "typeof") || strings.Contains(src, "--") {
			return
		}
		first, ok := resolveText("type __T = " + src)
		if !ok {
			return
		}
		printed := first.String()
		second, ok := resolveText("type __T = " + printed)
		if !ok {
			t.Fatalf("%q printed as %q, which does not resolve", src, printed)
		}
		if !types.Equal(first, second) {
			t.Fatalf("%q printed as %q, which reads back as %s", src, printed, second)
		}
		if again := second.String(); again != printed {
			t.Fatalf("%q printed as %q, then as %q", src, printed, again)
		}
	})
}

// resolveText resolves the single alias of src; ok is false when src does
// not parse or resolve cleanly (unknown names and such are not the
// printer's business).
func resolveText(src string) (*types.Type, bool) {
	chunk, err := parser.ParseString(src, "=fuzz")
	if err != nil || len(chunk.Block.Stmts) != 1 {
		return nil, false
	}
	d, ok := chunk.Block.Stmts[0].(*ast.TypeAliasStmt)
	if !ok || len(d.Params) > 0 {
		return nil, false
	}
	scope := &types.MapScope{Types: map[string]*types.Alias{}}
	a := types.NewAlias(d, scope)
	scope.Types[d.Name.Name] = a
	if errs := a.Define(); len(errs) > 0 {
		return nil, false
	}
	t := *a.Type
	t.Name = ""
	return &t, true
}
