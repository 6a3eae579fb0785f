package compiler

import (
	"wippylua/ast"
	"wippylua/bytecode"
	"wippylua/types"
)

// Type aliases are run-time values (spec/types.md): `[export] type Name =
// T` declares a local variable Name, initialised from a type constant
// (bytecode.ConstType) holding the descriptor of T, exactly as
// `local Name = <constant>` would. Generic aliases too: their value is the
// type with its parameters unresolved.
//
// Names in T are resolved here, at compile time, with types.Resolve: the
// aliases of a block are in scope in the whole block (so that they can
// refer to each other and to themselves in any order) and in the blocks
// and functions nested in it. Aliases live in their own namespace: a later
// `local Name = 1` hides the variable, not the type. Resolution problems
// (an unknown name...) are the checker's to report; here they leave `any`
// in their place, so that annotations never stop a program from running.

// typeScope is the alias scope of one statement list.
type typeScope struct {
	types.MapScope
	aliases map[*ast.TypeAliasStmt]*types.Alias
}

// openTypeScope puts the aliases declared by stmts in scope, when there
// are any, and returns the scope to restore afterwards.
func (c *compiler) openTypeScope(stmts []ast.Stmt) (saved *typeScope, opened bool) {
	var ts *typeScope
	for _, s := range stmts {
		decl, ok := s.(*ast.TypeAliasStmt)
		if !ok {
			continue
		}
		if ts == nil {
			ts = &typeScope{aliases: make(map[*ast.TypeAliasStmt]*types.Alias)}
			ts.Types = make(map[string]*types.Alias)
			if c.types != nil {
				ts.Parent = c.types
			} else {
				ts.Typeof = c.staticType // `type T = typeof(x)`
			}
		}
		a := types.NewAlias(decl, ts)
		ts.aliases[decl] = a
		if _, dup := ts.Types[decl.Name.Name]; !dup {
			ts.Types[decl.Name.Name] = a
		}
	}
	if ts == nil {
		return nil, false
	}
	saved = c.types
	c.types = ts
	return saved, true
}

// typeAliasStat compiles `type Name = T` as `local Name = <type of T>`.
func (c *compiler) typeAliasStat(s *ast.TypeAliasStmt) {
	fs := c.fs
	c.line = s.Pos.Line
	a := c.types.aliases[s]
	a.Define()
	// From here on the name means this declaration, also when an earlier
	// one of the block had the same name.
	c.types.Types[s.Name.Name] = a
	c.newLocalVar(s.Name.Name, s.Name)
	var e expdesc
	e.init(kK, fs.typeK(string(types.Encode(a.Type))))
	c.adjustAssign(1, 1, &e)
	fs.adjustLocalVars(1)
}

// typeK adds a type constant. Each alias statement has its own, so there
// is no cache.
func (fs *funcState) typeK(desc string) int {
	return fs.newK(bytecode.Constant{Kind: bytecode.ConstType, Str: desc})
}
