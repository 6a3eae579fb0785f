package typecheck

import (
	"strings"

	"wippylua/ast"
	"wippylua/types"
)

// callSite is one call being checked.
type callSite struct {
	node ast.Node   // the call, for messages about the whole call
	fn   ast.Expr   // the callee expression (the receiver for methods)
	args []ast.Expr // the argument expressions
	// method is the method name of `obj:m()` calls ("" otherwise); with fn
	// it names the callee in messages (see name).
	// self is the receiver's type for a method call `obj:m()`, which is
	// the first argument; nil otherwise.
	self     *types.Type
	selfExpr ast.Expr
	// want is the type expected of the first result, which helps infer
	// type arguments (`local b: Box<number> = wrap(1)`); may be nil.
	want   *types.Type
	method string
}

// name writes the callee as in the source, for messages ("f", "a.b",
// "obj:m"). It is computed only when a message needs it.
func (s *callSite) name() string {
	if s.method != "" {
		return calleeName(s.fn) + ":" + s.method
	}
	return calleeName(s.fn)
}

// posNode is a bare position usable where a node is blamed.
type posNode struct{ pos ast.Pos }

func (p posNode) Start() ast.Pos { return p.pos }

// call checks a call or method call and returns the types of its results.
func (c *checker) call(e ast.Expr, want *types.Type) pack {
	var p pack
	switch e := e.(type) {
	case *ast.CallExpr:
		if sp, ok := c.specialCall(e); ok {
			p = sp
			break
		}
		fn := c.expr(e.Fn, nil)
		p = c.callValue(callSite{node: e, fn: e.Fn, args: e.Args, want: want}, fn)
		if c.builtinGlobal(e.Fn, "assert") && len(e.Args) > 0 {
			c.refine(e.Args[0], true)
		}
	case *ast.MethodCallExpr:
		obj := c.expr(e.Obj, nil)
		if sp, ok := c.typeValueMethod(e, obj); ok {
			p = sp
			break
		}
		m := c.lookup(access{node: posNode{e.Pos}, obj: e.Obj, method: true}, obj, e.Method)
		// A nil receiver was reported by the lookup.
		p = c.callValue(callSite{node: e, fn: e.Obj, args: e.Args, method: e.Method, self: types.NonNil(obj), selfExpr: e.Obj, want: want}, m)
	}
	if len(p.ts) == 1 && p.ts[0].Kind == types.KindNever && p.rest == nil {
		c.flow = deadFlow() // error(), os.exit(): the call does not return
	}
	return p
}

// calleeName writes a callee for messages: "f", "a.b.c", "obj:m".
func calleeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.IndexExpr:
		if s, ok := e.Key.(*ast.StringExpr); ok && e.Dot {
			return calleeName(e.Obj) + "." + s.Value
		}
		return calleeName(e.Obj) + "[...]"
	case *ast.ParenExpr:
		return calleeName(e.X)
	case *ast.FunctionExpr:
		return "function"
	}
	return "value"
}

// evalArgs checks the arguments of a call without expectations.
func (c *checker) evalArgs(site callSite) pack { return c.exprList(site.args, nil) }

// callValue checks a call of a value of type fn.
func (c *checker) callValue(site callSite, fn *types.Type) pack {
	switch fn.Kind {
	case types.KindFunction:
		if fn.Sig != nil {
			return c.callSig(site, fn.Sig, nil)
		}
	case types.KindIntersection:
		return c.callOverloaded(site, fn)
	case types.KindType:
		c.evalArgs(site)
		if fn.Inner != nil {
			return single(fn.Inner)
		}
	case types.KindOptional:
		if c.strictAt(site.fn) {
			c.errorAt(site.fn, NilAccess, "'%s' may be nil (%s); check it before calling", site.name(), show(fn))
		}
		return c.callValue(site, fn.Inner)
	case types.KindNil:
		if c.strictAt(site.fn) {
			c.errorAt(site.fn, NilAccess, "attempt to call a nil value ('%s')", site.name())
		}
		c.evalArgs(site)
	case types.KindUnknown:
		if c.strictAt(site.fn) {
			c.errorAt(site.fn, UnknownUse, "cannot call a value of type unknown; narrow it first")
		}
		c.evalArgs(site)
	case types.KindNever:
		c.evalArgs(site)
		return single(types.Never)
	case types.KindUnion:
		return c.callUnion(site, fn)
	case types.KindBoolean, types.KindNumber, types.KindInteger, types.KindString, types.KindLiteral, types.KindThread:
		if c.strictAt(site.fn) {
			c.errorAt(site.fn, NotCallable, "attempt to call a %s value ('%s' is %s)", luaTypeName(fn), site.name(), show(fn))
		}
		c.evalArgs(site)
	default:
		c.evalArgs(site)
	}
	return anyPack
}

// callUnion checks a call of a union: every member must be callable; a
// union with one function type is checked against it.
func (c *checker) callUnion(site callSite, fn *types.Type) pack {
	var sigs []*types.Signature
	for _, m := range fn.Variants {
		switch {
		case m.Kind == types.KindFunction && m.Sig != nil:
			sigs = append(sigs, m.Sig)
		case notCallable(m):
			if c.strictAt(site.fn) {
				c.errorAt(site.fn, NotCallable, "'%s' may not be a function (%s); check it with type() first", site.name(), show(fn))
			}
			c.evalArgs(site)
			return anyPack
		}
	}
	if len(sigs) == 1 && len(fn.Variants) == 1 {
		return c.callSig(site, sigs[0], nil)
	}
	c.evalArgs(site)
	return anyPack
}

// notCallable reports whether values of type t are never callable.
func notCallable(t *types.Type) bool {
	switch t.Kind {
	case types.KindNil, types.KindBoolean, types.KindNumber, types.KindInteger, types.KindString, types.KindLiteral, types.KindThread:
		return true
	}
	return false
}

// callOverloaded checks a call of an intersection: overloaded functions,
// or a library table that is also a type value (`string(v)`).
func (c *checker) callOverloaded(site callSite, fn *types.Type) pack {
	var sigs []*types.Signature
	var typeValue *types.Type
	for _, m := range fn.Variants {
		switch {
		case m.Kind == types.KindFunction && m.Sig != nil:
			sigs = append(sigs, m.Sig)
		case m.Kind == types.KindType:
			typeValue = m
		}
	}
	if len(sigs) == 0 {
		if typeValue != nil {
			return c.callValue(site, typeValue)
		}
		c.evalArgs(site)
		return anyPack
	}
	if len(sigs) == 1 {
		return c.callSig(site, sigs[0], nil)
	}
	args := c.evalArgs(site)
	for _, s := range sigs {
		inst, _ := c.instantiate(site, s, &args)
		if c.checkArgs(site, inst, args, false) {
			return c.callSig(site, s, &args)
		}
	}
	// None fits: one diagnostic for the call, and the results of the
	// first overload that takes that many arguments.
	n := len(args.ts)
	if site.self != nil {
		n++
	}
	chosen := sigs[0]
	fits := false
	for _, s := range sigs {
		if arityFits(s, n) {
			chosen, fits = s, true
			break
		}
	}
	annotated := false
	for _, s := range sigs {
		annotated = annotated || c.annotatedSig(s)
	}
	if annotated || c.reportsCall(site) {
		if !fits {
			c.errorAt(site.node, ArgCount, "no overload of '%s' takes %d argument%s: %s", site.name(), len(args.ts), plural(len(args.ts)), show(fn))
		} else {
			c.errorAt(site.node, TypeMismatch, "no overload of '%s' accepts arguments (%s): %s", site.name(), typeList(args.ts), show(fn))
		}
	}
	inst, _ := c.instantiate(site, chosen, &args)
	return pack{ts: inst.Returns, rest: inst.VarReturn}
}

// typeList prints a list of types for messages.
func typeList(ts []*types.Type) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(show(t))
	}
	return b.String()
}

// callSig checks a call of a function with signature sig. args holds the
// argument types when already evaluated (overloads), else nil.
func (c *checker) callSig(site callSite, sig *types.Signature, args *pack) pack {
	inst, vals := c.instantiate(site, sig, args)
	c.checkArgs(site, inst, vals, true)
	if sig == c.env.stringFormat {
		if site.self != nil {
			c.formatArgs(site, site.selfExpr, site.self, site.args, vals)
		} else if len(site.args) > 0 && len(vals.ts) > 0 {
			c.formatArgs(site, site.args[0], vals.ts[0], site.args[1:], pack{ts: vals.ts[1:], rest: vals.rest})
		}
	}
	return pack{ts: inst.Returns, rest: inst.VarReturn}
}

// paramType is the type of the i-th argument of a call (the receiver
// counting as the first for methods), or nil when none is expected.
func paramType(sig *types.Signature, i int) *types.Type {
	if i < len(sig.Params) {
		return sig.Params[i].Type
	}
	return sig.Vararg
}

// instantiate evaluates the arguments (unless given) with the parameter
// types as expectations and, for a generic function, infers its type
// arguments and returns the instantiated signature.
func (c *checker) instantiate(site callSite, sig *types.Signature, given *pack) (*types.Signature, pack) {
	off := 0
	if site.self != nil {
		off = 1
	}
	saved := c.softWant
	if c.annotatedSig(sig) {
		c.softWant = 0
	} else {
		c.softWant++
	}
	defer func() { c.softWant = saved }()
	if len(sig.TypeParams) == 0 {
		if given != nil {
			return sig, *given
		}
		return sig, c.exprList(site.args, func(i int) *types.Type { return paramType(sig, i+off) })
	}
	inf := newInference(sig.TypeParams)
	if site.want != nil && len(sig.Returns) > 0 {
		inf.hint(sig.Returns[0], site.want)
	}
	if site.self != nil {
		inf.infer(paramType(sig, 0), site.self, 0)
	}
	var vals pack
	if given != nil {
		vals = *given
		for i, t := range vals.ts {
			if p := paramType(sig, i+off); p != nil {
				inf.infer(p, t, 0)
			}
		}
	} else {
		// Function literals last, so that their parameters get the types
		// the other arguments determine.
		vals.ts = make([]*types.Type, len(site.args))
		var lambdas []int
		for i, a := range site.args {
			if _, ok := a.(*ast.FunctionExpr); ok {
				lambdas = append(lambdas, i)
				continue
			}
			p := paramType(sig, i+off)
			var want *types.Type
			if p != nil && !inf.mentions(p) {
				want = p
			}
			if i == len(site.args)-1 && ast.IsMultiValue(a) {
				m := c.multi(a, want)
				vals.ts = append(vals.ts[:i], m.ts...)
				vals.rest = m.rest
				for j, t := range m.ts {
					if p := paramType(sig, i+j+off); p != nil {
						inf.infer(p, t, 0)
					}
				}
				continue
			}
			vals.ts[i] = c.expr(a, want)
			if p != nil {
				inf.infer(p, vals.ts[i], 0)
			}
		}
		inf.useHints(c.assignable)
		for _, i := range lambdas {
			p := paramType(sig, i+off)
			var want *types.Type
			if p != nil {
				want = inf.apply(p)
			}
			vals.ts[i] = c.expr(site.args[i], want)
			if p != nil {
				inf.infer(p, vals.ts[i], 0)
			}
		}
	}
	inf.useHints(c.assignable)
	inst := c.instanceOf(sig, inf)
	c.checkFreshConstraints(site, sig, inf, vals)
	for _, tp := range sig.TypeParams {
		if tp.Constraint == nil {
			continue
		}
		arg := inf.binding(tp)
		if bound := inf.apply(tp.Constraint); !c.assignable(arg, bound) && c.reportsCall(site) {
			c.errorAt(site.node, GenericConstraint, "type argument %s inferred for %s of '%s' does not satisfy its constraint %s",
				show(arg), tp.Name, site.name(), show(bound))
		}
	}
	return inst, vals
}

// instKey identifies an instance of a generic signature with up to three
// type parameters by the bindings.
type instKey struct {
	sig  *types.Signature
	args [3]*types.Type
}

// instanceOf returns the signature sig instantiated with the inferred
// bindings (and no type parameters). Instances are shared: a generic
// function is typically called with the same argument types many times.
func (c *checker) instanceOf(sig *types.Signature, inf *inference) *types.Signature {
	var key instKey
	cacheable := len(sig.TypeParams) <= len(key.args)
	if cacheable {
		key.sig = sig
		for i, p := range sig.TypeParams {
			key.args[i] = inf.binding(p)
		}
		if inst := c.instances[key]; inst != nil {
			return inst
		}
	}
	full := inf.apply(types.NewFunction(sig)).Sig
	inst := &types.Signature{Params: full.Params, Vararg: full.Vararg, Returns: full.Returns, VarReturn: full.VarReturn}
	if si := c.sigs[sig]; si != nil {
		c.sigs[inst] = si
	} else if c.env.library[sig] {
		c.sigs[inst] = librarySig
	}
	if cacheable {
		if c.instances == nil {
			c.instances = map[instKey]*types.Signature{}
		}
		c.instances[key] = inst
	}
	return inst
}
