package typecheck

import (
	"strconv"

	"wippylua/ast"
	"wippylua/types"
)

// pack is the types of a list of values: ts, then any number of values of
// type rest (none when rest is nil).
type pack struct {
	ts   []*types.Type
	rest *types.Type
}

// at is the type of the i-th value; values past the end are nil. Values
// of the variadic part are taken to be there (`local b = s:byte(1)` is an
// integer), as the checker cannot count them.
func (p pack) at(i int) *types.Type {
	if i < len(p.ts) {
		return p.ts[i]
	}
	if p.rest != nil {
		return p.rest
	}
	return types.Nil
}

func (p pack) first() *types.Type { return p.at(0) }

var anyPack = pack{rest: types.Any}

func single(t *types.Type) pack { return pack{ts: []*types.Type{t}} }

var (
	litTrue  = types.Literal(true)
	litFalse = types.Literal(false)
)

// expr checks e and returns its type: the type of its first value for
// calls and `...`. want is the type the context expects, or nil; it guides
// table constructors and function expressions, and is not checked here.
func (c *checker) expr(e ast.Expr, want *types.Type) *types.Type {
	t := c.expr1(e, want)
	c.record(e, t)
	return t
}

func (c *checker) expr1(e ast.Expr, want *types.Type) *types.Type {
	switch e := e.(type) {
	case *ast.NilExpr:
		return types.Nil
	case *ast.TrueExpr, *ast.FalseExpr, *ast.IntExpr, *ast.FloatExpr, *ast.StringExpr:
		return c.literal(e)
	case *ast.VarargExpr:
		return c.varargPack(e).first()
	case *ast.Ident:
		return c.ident(e)
	case *ast.IndexExpr:
		return c.index(e)
	case *ast.CallExpr, *ast.MethodCallExpr:
		return c.call(e, want).first()
	case *ast.FunctionExpr:
		return c.function(e, want, "function", nil, nil)
	case *ast.BinaryExpr:
		return c.binary(e)
	case *ast.LogicalExpr:
		return c.logical(e, want)
	case *ast.UnaryExpr:
		return c.unary(e)
	case *ast.ParenExpr:
		return c.expr(e.X, want)
	case *ast.TableExpr:
		return c.table(e, want)
	case *ast.CastExpr:
		return c.cast(e)
	case *ast.NonNilExpr:
		return c.nonNil(e)
	}
	return types.Any
}

// multi checks an expression that may produce several values.
func (c *checker) multi(e ast.Expr, want *types.Type) pack {
	var p pack
	switch x := e.(type) {
	case *ast.CallExpr, *ast.MethodCallExpr:
		p = c.call(x, want)
	case *ast.VarargExpr:
		p = c.varargPack(x)
	default:
		return single(c.expr(e, want))
	}
	c.record(e, p.first())
	return p
}

// exprList checks a list of expressions, the last one expanded to all its
// values. want gives the expected type of the i-th value (may be nil).
func (c *checker) exprList(es []ast.Expr, want func(int) *types.Type) pack {
	w := func(i int) *types.Type {
		if want == nil {
			return nil
		}
		return want(i)
	}
	var p pack
	p.ts = make([]*types.Type, 0, len(es))
	for i, e := range es {
		if i == len(es)-1 && ast.IsMultiValue(e) {
			m := c.multi(e, w(i))
			p.ts = append(p.ts, m.ts...)
			p.rest = m.rest
			break
		}
		p.ts = append(p.ts, c.expr(e, w(i)))
	}
	return p
}

func (c *checker) varargPack(e *ast.VarargExpr) pack {
	if c.fn.vararg == nil {
		return pack{}
	}
	return pack{rest: c.fn.vararg}
}

func (c *checker) ident(e *ast.Ident) *types.Type {
	if sym := c.res.idents.use(e); sym != nil {
		return c.symType(sym)
	}
	return c.globalType(e.Name)
}

// symType is the type of a local at this point: narrowed, or declared.
func (c *checker) symType(sym *symbol) *types.Type {
	if t := c.flow.get(pathKey{sym, ""}); t != nil {
		return t
	}
	if sym.typ == nil {
		return types.Any
	}
	return sym.typ
}

// globalType is the type of a global: a library's declared type, unless
// the chunk assigns that global; a function the chunk defines once by a
// function statement, once that statement has been checked; else any.
func (c *checker) globalType(name string) *types.Type {
	if t := c.globals[name]; t != nil {
		return t
	}
	if c.res.globalsAssigned[name] {
		return types.Any
	}
	if t := c.env.globals[name]; t != nil {
		return t
	}
	return types.Any
}

// builtinGlobal reports whether e names the unshadowed, unassigned global
// name of the standard environment.
func (c *checker) builtinGlobal(e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == name && c.res.idents.use(id) == nil && !c.res.globalsAssigned[name]
}

// constString returns the value of a constant string key.
func constString(e ast.Expr) (string, bool) {
	if s, ok := e.(*ast.StringExpr); ok {
		return s.Value, true
	}
	return "", false
}

// pathOf returns the narrowing key of a local or of a chain of constant
// field accesses on a local (`a`, `a.b.c`, `a["b"]`).
func (c *checker) pathOf(e ast.Expr) (pathKey, bool) {
	switch e := e.(type) {
	case *ast.Ident:
		if sym := c.res.idents.use(e); sym != nil {
			return pathKey{sym, ""}, true
		}
	case *ast.IndexExpr:
		name, ok := constString(e.Key)
		if !ok {
			return pathKey{}, false
		}
		k, ok := c.pathOf(e.Obj)
		if !ok {
			return pathKey{}, false
		}
		return pathKey{k.sym, k.path + "." + name}, true
	case *ast.ParenExpr:
		return c.pathOf(e.X)
	}
	return pathKey{}, false
}

// peek returns the current type of a path expression without checking or
// reporting anything.
func (c *checker) peek(e ast.Expr) *types.Type {
	switch e := e.(type) {
	case *ast.Ident:
		return c.ident(e)
	case *ast.IndexExpr:
		if k, ok := c.pathOf(e); ok {
			if t := c.flow.get(k); t != nil {
				return t
			}
		}
		name, ok := constString(e.Key)
		if !ok {
			return types.Any
		}
		obj := c.peek(e.Obj)
		if t, found := c.member(types.NonNil(obj), name); found {
			return t
		}
		return types.Any
	case *ast.ParenExpr:
		return c.peek(e.X)
	}
	return types.Any
}

func (c *checker) index(e *ast.IndexExpr) *types.Type {
	obj := c.expr(e.Obj, nil)
	key := c.expr(e.Key, nil)
	if !c.flow.empty() {
		if k, ok := c.pathOf(e); ok {
			if t := c.flow.get(k); t != nil {
				return t
			}
		}
	}
	name, named := constString(e.Key)
	return c.indexType(e, obj, key, name, named)
}

// cast checks `e :: T`: unchecked, but the types must have a value in
// common, or one be any or unknown.
func (c *checker) cast(e *ast.CastExpr) *types.Type {
	to := c.resolve(e.Type)
	// The operand is checked on its own: a cast is how one says that a
	// value (a constructor still missing fields, say) is of a type.
	from := c.expr(e.X, nil)
	// `nil :: T` is how a typed placeholder is written.
	if from.Kind != types.KindNil && !c.assignable(from, to) && !c.assignable(to, from) && !overlaps(from, to) {
		c.report(e.Pos, 0, BadCast, "cannot cast %s to %s: the types have no value in common", show(from), show(to))
	}
	return to
}

// overlaps reports whether some member of a union can be cast to the other
// type (a cast narrowing `A | B` to a subtype of B), or both are functions,
// whose signatures say too little about what a function accepts for a
// cast between them to be called wrong.
func overlaps(a, b *types.Type) bool {
	if luaTypeName(a) == "function" && luaTypeName(b) == "function" {
		return true
	}
	for _, m := range unionMembers(a) {
		if types.Assignable(m, b) || types.Assignable(b, m) {
			return true
		}
	}
	for _, m := range unionMembers(b) {
		if types.Assignable(m, a) || types.Assignable(a, m) {
			return true
		}
	}
	return false
}

// nonNil checks `e!`, which asserts to the checker that e is not nil.
func (c *checker) nonNil(e *ast.NonNilExpr) *types.Type {
	t := c.expr(e.X, nil)
	switch t.Kind {
	case types.KindOptional, types.KindNil, types.KindAny, types.KindUnknown, types.KindParam:
	default:
		c.report(e.Pos, 0, RedundantNonNil, "'!' on a value that cannot be nil (%s)", show(t))
	}
	return types.NonNil(t)
}

func itoa(i int) string { return strconv.Itoa(i) }

// literal returns the singleton type of a literal expression (a constant
// other than nil), or nil for other expressions.
func (c *checker) literal(e ast.Expr) *types.Type {
	switch e := e.(type) {
	case *ast.TrueExpr:
		return litTrue
	case *ast.FalseExpr:
		return litFalse
	case *ast.IntExpr:
		return c.intLit(e.Value)
	case *ast.FloatExpr:
		return types.Literal(e.Value)
	case *ast.StringExpr:
		return c.strLit(e.Value)
	}
	return nil
}

// strLit and intLit return the literal types of constants, shared within
// one check: literals are everywhere and types are not small.
func (c *checker) strLit(v string) *types.Type { return sharedLiteral(&c.strLits, v) }

func (c *checker) intLit(v int64) *types.Type { return sharedLiteral(&c.intLits, v) }

// sharedLiteral returns the literal type of v from the table *lits,
// adding it (and making the table) on first use.
func sharedLiteral[V string | int64](lits *map[V]*types.Type, v V) *types.Type {
	t := (*lits)[v]
	if t == nil {
		if *lits == nil {
			*lits = map[V]*types.Type{}
		}
		t = types.Literal(v)
		(*lits)[v] = t
	}
	return t
}

// ---------------------------------------------------------------------------
// Strictness

// strictAt reports whether a problem with expression e is reported: in
// strict code always, elsewhere when e's type comes from an annotation.
func (c *checker) strictAt(e ast.Expr) bool {
	return c.fn.strict || e != nil && c.typedExpr(e)
}

// typedExpr reports whether the value of e derives from an annotation
// (see "Strictness" in the package documentation).
func (c *checker) typedExpr(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		sym := c.res.idents.use(e)
		return sym != nil && sym.typed
	case *ast.IndexExpr:
		return c.typedExpr(e.Obj)
	case *ast.CallExpr:
		if f := c.checkedType(e.Fn); f != nil && f.Kind == types.KindFunction && f.Sig != nil && c.annotatedSig(f.Sig) {
			return true
		}
		return c.typedExpr(e.Fn) || c.anyTyped(e.Args)
	case *ast.MethodCallExpr:
		return c.typedExpr(e.Obj) || c.anyTyped(e.Args)
	case *ast.ParenExpr:
		return c.typedExpr(e.X)
	case *ast.NonNilExpr:
		return c.typedExpr(e.X)
	case *ast.CastExpr:
		return true
	case *ast.BinaryExpr:
		return c.typedExpr(e.L) || c.typedExpr(e.R)
	case *ast.LogicalExpr:
		return c.typedExpr(e.L) || c.typedExpr(e.R)
	case *ast.UnaryExpr:
		return c.typedExpr(e.X)
	case *ast.VarargExpr:
		return c.fn.varargTyped
	}
	return false
}

func (c *checker) anyTyped(es []ast.Expr) bool {
	for _, e := range es {
		if c.typedExpr(e) {
			return true
		}
	}
	return false
}
