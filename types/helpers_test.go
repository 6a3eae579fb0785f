package types_test

import (
	"strings"
	"testing"

	"wippylua/ast"
	"wippylua/parser"
	"wippylua/types"
)

// declare parses a chunk of type aliases and resolves them all in one
// scope, returning the scope and the errors.
func declare(t *testing.T, src string) (*types.MapScope, []*types.ResolveError) {
	t.Helper()
	chunk, err := parser.ParseString(src, "=test")
	if err != nil {
		t.Fatalf("parse %q: %v", src, err)
	}
	scope := &types.MapScope{Types: map[string]*types.Alias{}}
	var aliases []*types.Alias
	for _, s := range chunk.Block.Stmts {
		if d, ok := s.(*ast.TypeAliasStmt); ok {
			a := types.NewAlias(d, scope)
			scope.Types[d.Name.Name] = a
			aliases = append(aliases, a)
		}
	}
	var errs []*types.ResolveError
	for _, a := range aliases {
		errs = append(errs, a.Define()...)
	}
	return scope, errs
}

// typeOf resolves the type written src, in a scope where the aliases
// declared by decls are visible.
func typeOf(t *testing.T, decls, src string) *types.Type {
	t.Helper()
	scope, errs := declare(t, decls+"\ntype __T = "+src)
	if len(errs) > 0 {
		t.Fatalf("resolving %q: %v", src, errs)
	}
	return scope.Types["__T"].Type
}

// mustType resolves src with no other aliases and returns it unnamed.
func mustType(t *testing.T, src string) *types.Type {
	t.Helper()
	return unname(typeOf(t, "", src))
}

// unname drops the alias name the test wrapper gave.
func unname(t *types.Type) *types.Type {
	if t.Name == "__T" {
		c := *t
		c.Name = ""
		return &c
	}
	return t
}

func errorCodes(errs []*types.ResolveError) string {
	var cs []string
	for _, e := range errs {
		cs = append(cs, e.Code)
	}
	return strings.Join(cs, ",")
}
