package typecheck

import (
	"wippylua/ast"
	"wippylua/types"
)

// function checks a function expression and returns its type. want is
// the type the context expects: a function type there gives unannotated
// parameters their types (callbacks). name is used in messages. self is
// the type of the implicit self of a method definition, or nil. sym is the
// local a `local function` statement declares, which the body may call.
//
// Unannotated parameters are any (unless the context says more);
// unannotated results are inferred from the return statements. While the
// body is checked, the function's own results are `...any` for recursive
// calls.
func (c *checker) function(f *ast.FunctionExpr, want *types.Type, name string, self *types.Type, sym *symbol) *types.Type {
	var ctx *types.Signature
	if want != nil {
		if w := types.NonNil(want); w.Kind == types.KindFunction && w.Sig != nil {
			ctx = w.Sig
		}
	}
	savedScope := c.tscope
	sig := &types.Signature{}
	annotated := f.TypeParams != nil || f.Returns != nil || f.VarargType != nil
	if len(f.TypeParams) > 0 {
		ps, scope, errs := types.ResolveTypeParams(f.TypeParams, c.tscope)
		c.resolveErrors(errs)
		sig.TypeParams, c.tscope = ps, scope
	}
	sig.Params = make([]types.Param, len(f.Params))
	paramAnnotated := make([]bool, len(f.Params))
	for i, p := range f.Params {
		var t *types.Type
		switch {
		case i < len(f.ParamTypes) && f.ParamTypes[i] != nil:
			t = c.resolve(f.ParamTypes[i])
			annotated, paramAnnotated[i] = true, true
		case i == 0 && self != nil && p.Name == "self":
			t = self
		case ctx != nil && paramType(ctx, i) != nil:
			t = paramType(ctx, i)
		default:
			t = types.Any
		}
		sig.Params[i] = types.Param{Name: p.Name, Type: t}
	}
	if f.IsVararg {
		switch {
		case f.VarargType != nil:
			sig.Vararg = c.resolve(f.VarargType)
		case ctx != nil && ctx.Vararg != nil:
			sig.Vararg = ctx.Vararg
		default:
			sig.Vararg = types.Any
		}
	}
	declared := f.Returns != nil
	if declared {
		rs, vr, errs := types.ResolveResults(f.Returns, c.tscope)
		c.resolveErrors(errs)
		sig.Returns, sig.VarReturn = rs, vr
	} else {
		sig.VarReturn = types.Any // until inferred
	}
	info := &sigInfo{name: name, decl: f, annotated: annotated}
	c.sigs[sig] = info
	fnType := types.NewFunction(sig)
	if sym != nil {
		sym.typ = fnType
	}

	outer, outerFlow, outerSoft := c.fn, c.flow, c.softWant
	c.fn = &funcCtx{
		parent: outer, decl: f, name: "'" + name + "'",
		strict:   outer.strict || annotated && c.conf.Mode != ModeNonStrict,
		declared: declared, results: sig.Returns, varResult: sig.VarReturn,
		vararg: sig.Vararg, varargTyped: f.VarargType != nil,
	}
	c.flow = enterFlow(outerFlow)
	c.softWant = 0
	for i, p := range f.Params {
		ps := c.res.idents.def(p)
		ps.typ, ps.annotated = sig.Params[i].Type, paramAnnotated[i]
		ps.typed = paramAnnotated[i] || c.fn.strict
		c.record(p, ps.typ)
	}
	c.block(f.Body)
	ends := !c.flow.dead
	if ends {
		c.fallOff(f)
	}
	fn := c.fn
	c.fn, c.flow, c.softWant, c.tscope = outer, outerFlow, outerSoft, savedScope
	if declared {
		return fnType
	}
	rs := joinPacks(fn.returns)
	if len(fn.returns) == 0 && !ends {
		rs = single(types.Never) // it always raises
	}
	inferred := &types.Signature{TypeParams: sig.TypeParams, Params: sig.Params, Vararg: sig.Vararg, VarReturn: rs.rest}
	inferred.Returns = make([]*types.Type, len(rs.ts))
	for i, t := range rs.ts {
		inferred.Returns[i] = types.Widen(t)
	}
	c.sigs[inferred] = info
	fnType = types.NewFunction(inferred)
	if sym != nil {
		sym.typ = fnType
	}
	return fnType
}

// enterFlow is the flow state at the start of a function body: only what
// is known of locals that are never assigned after their declaration still
// holds whenever the function runs.
func enterFlow(outer *flowState) *flowState {
	f := newFlow()
	for _, x := range outer.facts {
		if x.k.path == "" && !x.k.sym.mutable {
			f.facts = append(f.facts, x)
		}
	}
	return f
}

// fallOff handles the end of a body that execution can reach: an implicit
// return of no values.
func (c *checker) fallOff(f *ast.FunctionExpr) {
	fn := c.fn
	if !fn.declared {
		fn.returns = append(fn.returns, pack{})
		return
	}
	for _, r := range fn.results {
		if !c.assignable(types.Nil, r) {
			c.report(ast.Pos{Line: f.EndLine, Column: 1}, 0, ReturnCount,
				"%s can reach its end without returning a value (results declared at %s)", fn.name, posText(f.Pos))
			return
		}
	}
}

// joinPacks is the value list that any of ps may be.
func joinPacks(ps []pack) pack {
	n := 0
	var rests []*types.Type
	for _, p := range ps {
		n = max(n, len(p.ts))
		if p.rest != nil {
			rests = append(rests, p.rest)
		}
	}
	out := pack{ts: make([]*types.Type, n)}
	col := make([]*types.Type, len(ps))
	for i := 0; i < n; i++ {
		for j, p := range ps {
			col[j] = p.at(i)
		}
		out.ts[i] = types.NewUnion(col...)
	}
	if len(rests) > 0 {
		out.rest = types.NewUnion(rests...)
	}
	return out
}

func (c *checker) functionStmt(s *ast.FunctionStmt) {
	name := calleeName(s.Name)
	switch n := s.Name.(type) {
	case *ast.Ident:
		sym := c.res.idents.use(n)
		if sym == nil {
			t := c.function(s.Func, nil, name, nil, nil)
			c.record(n, t)
			if c.res.globalFuncs[n.Name] {
				c.globals[n.Name] = t
			}
			return
		}
		tgt := c.target(n)
		t := c.function(s.Func, tgt.want, name, nil, nil)
		c.assign(&tgt, t, s.Func)
	case *ast.IndexExpr:
		tgt := c.target(n)
		var self *types.Type
		if s.IsMethod {
			self = types.NonNil(tgt.obj)
			name = calleeName(n.Obj) + ":" + name[len(calleeName(n.Obj))+1:]
		}
		t := c.function(s.Func, tgt.want, name, self, nil)
		c.assign(&tgt, t, s.Func)
	}
}

func (c *checker) localFunction(s *ast.LocalFunctionStmt) {
	sym := c.res.idents.def(s.Name)
	c.declared(sym)
	t := c.function(s.Func, nil, s.Name.Name, nil, sym)
	sym.typed = c.fn.strict || c.sigs[t.Sig].annotated
	if sym.mutable {
		sym.typ = c.mutableType(sym, t)
		c.flow.set(pathKey{sym, ""}, t)
	}
	c.record(s.Name, t)
}
