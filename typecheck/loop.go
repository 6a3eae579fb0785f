package typecheck

import (
	"wippylua/ast"
	"wippylua/types"
)

// Loops. A loop's body is checked assuming, for each unannotated local it
// assigns, the type the local has before the loop; if the body leaves it
// with a type that does not fit, the assumption widens to the union and
// the body is checked again (its diagnostics rolled back), at most
// maxLoopPasses times, the last time with any. Annotated locals assigned
// in the body fall back to their declared types, and field narrowings of
// locals whose fields the body assigns are forgotten.

// maxLoopPasses bounds how often one loop body is checked.
const maxLoopPasses = 3

// loop checks a loop statement. iterate checks one iteration from the
// current state (the loop head) and returns the state at the end of the
// iteration (going back to the head) and the state leaving the loop
// normally (breaks are added here).
func (c *checker) loop(s ast.Stmt, iterate func() (back, exit *flowState)) {
	entry := c.flow
	var syms []*symbol
	var assume []*types.Type
	for _, sym := range c.res.loopAssigned[s] {
		if sym.annotated || containsSym(syms, sym) {
			continue
		}
		syms = append(syms, sym)
		assume = append(assume, types.Widen(c.symType(sym)))
	}
	for pass := 1; ; pass++ {
		mark := len(c.diags)
		c.flow = entry.clone()
		for _, sym := range c.res.loopAssigned[s] {
			c.flow.forget(sym)
		}
		for _, sym := range c.res.loopFieldAssigned[s] {
			c.flow.forgetPaths(sym)
		}
		for i, sym := range syms {
			c.flow.set(pathKey{sym, ""}, assume[i])
		}
		l := &loopCtx{}
		c.fn.loops = append(c.fn.loops, l)
		back, exit := iterate()
		c.fn.loops = c.fn.loops[:len(c.fn.loops)-1]
		stable := true
		if !back.dead {
			for i, sym := range syms {
				t := back.get(pathKey{sym, ""})
				if t == nil {
					t = sym.typ
				}
				if !c.assignable(t, assume[i]) {
					stable = false
					assume[i] = types.Widen(types.NewUnion(assume[i], t))
					if pass == maxLoopPasses-1 {
						assume[i] = types.Any
					}
				}
			}
		}
		if stable || pass == maxLoopPasses {
			c.flow = joinAll(append(l.breaks, exit))
			return
		}
		c.rollback(mark)
	}
}

func containsSym(ss []*symbol, s *symbol) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// rollback drops the diagnostics reported since mark.
func (c *checker) rollback(mark int) {
	for _, d := range c.diags[mark:] {
		delete(c.reported, diagKey{d.Line, d.Col, d.Code, d.Message})
	}
	c.diags = c.diags[:mark]
}

func (c *checker) whileStmt(s *ast.WhileStmt) {
	c.loop(s, func() (*flowState, *flowState) {
		c.expr(s.Cond, nil)
		head := c.flow
		c.flow = head.clone()
		c.refine(s.Cond, true)
		c.block(s.Body)
		back := c.flow
		c.flow = head.clone()
		c.refine(s.Cond, false)
		return back, c.flow
	})
}

func (c *checker) repeatStmt(s *ast.RepeatStmt) {
	c.loop(s, func() (*flowState, *flowState) {
		// The condition sees the body's locals and types.
		saved := c.openTypes(s.Body.Stmts)
		mark := len(c.scopeSyms)
		for _, st := range s.Body.Stmts {
			c.stmt(st)
		}
		c.expr(s.Cond, nil)
		end := c.flow
		c.flow = end.clone()
		c.refine(s.Cond, false)
		back := c.flow
		c.flow = end
		c.refine(s.Cond, true)
		c.tscope = saved
		c.dropScope(mark)
		return back, c.flow
	})
}

func (c *checker) numericFor(s *ast.NumericForStmt) {
	init := c.expr(s.Init, types.Number)
	limit := c.expr(s.Limit, types.Number)
	step := types.Integer
	if s.Step != nil {
		step = c.expr(s.Step, types.Number)
	}
	for _, p := range []struct {
		e ast.Expr
		t *types.Type
	}{{s.Init, init}, {s.Limit, limit}, {s.Step, step}} {
		// Lua converts numeric strings here too.
		numericLit := p.t.Kind == types.KindLiteral && isStringy(p.t) && isNumeric(p.t.Lit.(string))
		if p.e != nil && !c.assignable(p.t, types.Number) && !numericLit && c.strictAt(p.e) {
			c.errorAt(p.e, BadOperand, "'for' initial value, limit and step must be numbers, got %s", show(p.t))
		}
	}
	varT := types.Number
	if isIntegerish(init) && isIntegerish(step) {
		varT = types.Integer
	}
	sym := c.res.idents.def(s.Var)
	mark := len(c.scopeSyms)
	c.declared(sym)
	defer c.dropScope(mark)
	sym.typ, sym.typed = varT, c.strictAt(s.Init)
	if s.Type != nil {
		t := c.resolve(s.Type)
		if !c.assignable(varT, t) {
			c.errorAt(s.Var, TypeMismatch, "loop variable '%s' is declared %s but takes values of type %s", s.Var.Name, show(t), show(varT))
		}
		sym.typ, sym.annotated, sym.typed = t, true, true
	}
	c.record(s.Var, sym.typ)
	c.loopBody(s, s.Body)
}

// loopBody checks the body of a for loop, which may run zero times.
func (c *checker) loopBody(s ast.Stmt, body *ast.Block) {
	c.loop(s, func() (*flowState, *flowState) {
		head := c.flow
		c.flow = head.clone()
		c.block(body)
		return c.flow, head
	})
}

func (c *checker) genericFor(s *ast.GenericForStmt) {
	vals := c.exprList(s.Exprs, nil)
	vars := c.iteratorValues(s, vals)
	typed := c.strictAt(s.Exprs[0])
	mark := len(c.scopeSyms)
	defer c.dropScope(mark)
	for i, id := range s.Names {
		sym := c.res.idents.def(id)
		c.declared(sym)
		t := types.Any
		if i < len(vars) {
			t = vars[i]
		}
		if i == 0 {
			t = types.NonNil(t) // the loop ends when it is nil
		}
		sym.typ, sym.typed = t, typed
		if i < len(s.Types) && s.Types[i] != nil {
			d := c.resolve(s.Types[i])
			if !c.assignable(t, d) {
				c.errorAt(id, TypeMismatch, "loop variable '%s' is declared %s but takes values of type %s", id.Name, show(d), show(t))
			}
			sym.typ, sym.annotated, sym.typed = d, true, true
		}
		c.record(id, sym.typ)
	}
	c.loopBody(s, s.Body)
}

// iteratorValues returns the types of the values a generic for's iterator
// produces, from the type of its first value (the iterator function).
func (c *checker) iteratorValues(s *ast.GenericForStmt, vals pack) []*types.Type {
	f := vals.at(0)
	if f.Kind == types.KindFunction && f.Sig != nil && len(f.Sig.TypeParams) == 0 {
		out := make([]*types.Type, len(s.Names))
		for i := range out {
			out[i] = types.ResultAt(f.Sig, i)
		}
		return out
	}
	switch f.Kind {
	case types.KindNil, types.KindBoolean, types.KindNumber, types.KindInteger, types.KindString, types.KindLiteral:
		if c.strictAt(s.Exprs[0]) {
			c.errorAt(s.Exprs[0], NotCallable, "'for' iterator is not a function: %s", show(f))
		}
	case types.KindOptional:
		if c.strictAt(s.Exprs[0]) {
			c.errorAt(s.Exprs[0], NilAccess, "'for' iterator may be nil: %s", show(f))
		}
	}
	return nil
}
