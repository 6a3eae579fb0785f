package typecheck

import (
	"wippylua/ast"
	"wippylua/types"
)

func (c *checker) block(b *ast.Block) {
	c.depth++
	defer func() { c.depth-- }()
	saved := c.openTypes(b.Stmts)
	mark := len(c.scopeSyms)
	warned := false
	for _, s := range b.Stmts {
		if c.flow.dead && !warned && c.fn.strict {
			if _, label := s.(*ast.LabelStmt); !label {
				c.report(s.Start(), 0, Unreachable, "unreachable code")
				warned = true
			}
		}
		c.stmt(s)
	}
	c.tscope = saved
	c.dropScope(mark)
}

// declared notes a local declared in the current block, whose narrowings
// the flow state drops when the block ends.
func (c *checker) declared(sym *symbol) { c.scopeSyms = append(c.scopeSyms, sym) }

// dropScope forgets the locals declared since mark: they are out of scope,
// and keeping them would make every copy of the flow state longer.
func (c *checker) dropScope(mark int) {
	syms := c.scopeSyms[mark:]
	c.scopeSyms = c.scopeSyms[:mark]
	if len(syms) == 0 || c.flow.empty() {
		return
	}
	if len(syms) == 1 {
		c.flow.forget(syms[0])
		return
	}
	gone := make(map[*symbol]bool, len(syms))
	for _, s := range syms {
		gone[s] = true
	}
	c.flow.deleteIf(func(k pathKey) bool { return gone[k.sym] })
}

func (c *checker) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.LocalStmt:
		c.localStmt(s)
	case *ast.AssignStmt:
		c.assignStmt(s)
	case *ast.CallStmt:
		c.multi(s.Call, nil)
	case *ast.DoStmt:
		c.block(s.Body)
	case *ast.IfStmt:
		c.ifStmt(s)
	case *ast.WhileStmt:
		c.whileStmt(s)
	case *ast.RepeatStmt:
		c.repeatStmt(s)
	case *ast.NumericForStmt:
		c.numericFor(s)
	case *ast.GenericForStmt:
		c.genericFor(s)
	case *ast.FunctionStmt:
		c.functionStmt(s)
	case *ast.LocalFunctionStmt:
		c.localFunction(s)
	case *ast.ReturnStmt:
		c.returnStmt(s)
	case *ast.BreakStmt:
		if n := len(c.fn.loops); n > 0 {
			l := c.fn.loops[n-1]
			l.breaks = append(l.breaks, c.flow)
		}
		c.flow = deadFlow()
	case *ast.GotoStmt:
		c.flow = deadFlow()
	case *ast.LabelStmt:
		// Any goto may jump here, with whatever it knew: keep nothing.
		c.flow = newFlow()
	case *ast.TypeAliasStmt:
		c.typeAlias(s)
	}
}

func (c *checker) typeAlias(s *ast.TypeAliasStmt) {
	a := c.aliases[s]
	c.resolveErrors(a.Define())
	c.info.Aliases[s] = a.Type
	if s.Exported && c.depth == 1 && c.fn.parent == nil {
		if c.info.Exports == nil {
			c.info.Exports = map[string]*types.Alias{}
		}
		c.info.Exports[s.Name.Name] = a
	}
	if sym := c.res.idents.def(s.Name); sym != nil {
		sym.typ = TypeValue(a.Type)
		sym.annotated, sym.typed = true, true
	}
}

// ---------------------------------------------------------------------------
// Control flow (loops are in loop.go)

func (c *checker) ifStmt(s *ast.IfStmt) {
	var ends []*flowState
	for i, cond := range s.Conds {
		c.expr(cond, nil)
		after := c.flow
		c.flow = after.clone()
		c.refine(cond, true)
		c.block(s.Thens[i])
		ends = append(ends, c.flow)
		c.flow = after
		c.refine(cond, false)
	}
	if s.Else != nil {
		c.block(s.Else)
	}
	ends = append(ends, c.flow)
	c.flow = joinAll(ends)
}

func (c *checker) returnStmt(s *ast.ReturnStmt) {
	fn := c.fn
	vals := c.exprList(s.Exprs, func(i int) *types.Type {
		if !fn.declared {
			return nil
		}
		if i < len(fn.results) {
			return fn.results[i]
		}
		return fn.varResult
	})
	if fn.declared {
		c.checkResults(s, vals)
	} else {
		fn.returns = append(fn.returns, vals)
	}
	c.flow = deadFlow()
}

// checkResults checks a return statement against the declared results.
func (c *checker) checkResults(s *ast.ReturnStmt, vals pack) {
	fn := c.fn
	where := func() string {
		if fn.decl != nil {
			return " (declared at " + posText(fn.decl.Pos) + ")"
		}
		return ""
	}
	n := len(vals.ts)
	if n > len(fn.results) && fn.varResult == nil {
		c.report(s.Pos, 0, ReturnCount, "%s returns %d value%s, but %d %s declared%s", fn.name, n, plural(n), len(fn.results), wasWere(len(fn.results)), where())
		return
	}
	for i, want := range fn.results {
		if i >= n && vals.rest == nil {
			if !c.assignable(types.Nil, want) {
				c.report(s.Pos, 0, ReturnCount, "%s must return %d value%s, got %d%s", fn.name, len(fn.results), plural(len(fn.results)), n, where())
				return
			}
			continue
		}
		i := i
		c.expectAt(valueNode(s.Exprs, i, s), vals.at(i), want, func() string {
			return "result #" + itoa(i+1) + " of " + fn.name + where()
		})
	}
	if fn.varResult != nil {
		for i := len(fn.results); i < n; i++ {
			i := i
			c.expectAt(valueNode(s.Exprs, i, s), vals.ts[i], fn.varResult, func() string {
				return "result #" + itoa(i+1) + " of " + fn.name + where()
			})
		}
	}
}

func wasWere(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
