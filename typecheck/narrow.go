package typecheck

import (
	"wippylua/ast"
	"wippylua/types"
)

// Flow-sensitive narrowing: refine updates the flow state with what is
// known when condition e is true (sense) or false. It understands
// truthiness, `not`, `and`/`or`, comparisons with nil and with literals
// (including a literal field of a union of records: tagged unions),
// `type(x) == "name"`, `math.type(x) == "integer"`, and `T:is(x)`. The
// narrowed things are locals and constant field paths below locals.
func (c *checker) refine(e ast.Expr, sense bool) {
	if c.flow.dead {
		return
	}
	switch e := e.(type) {
	case *ast.TrueExpr, *ast.IntExpr, *ast.FloatExpr, *ast.StringExpr, *ast.TableExpr, *ast.FunctionExpr:
		if !sense {
			c.flow = deadFlow() // `while true do`: never false
		}
	case *ast.FalseExpr, *ast.NilExpr:
		if sense {
			c.flow = deadFlow()
		}
	case *ast.ParenExpr:
		c.refine(e.X, sense)
	case *ast.UnaryExpr:
		if e.Op == ast.OpNot {
			c.refine(e.X, !sense)
		}
	case *ast.LogicalExpr:
		if e.And == sense {
			// (a and b) is true, or (a or b) false: both are.
			c.refine(e.L, sense)
			c.refine(e.R, sense)
			return
		}
		// (a and b) is false: a is, or a is true and b false; dually for or.
		base := c.flow
		c.flow = base.clone()
		c.refine(e.L, sense)
		first := c.flow
		c.flow = base.clone()
		c.refine(e.L, !sense)
		c.refine(e.R, sense)
		c.flow = join(first, c.flow)
	case *ast.BinaryExpr:
		switch e.Op {
		case ast.OpEq:
			c.refineEq(e.L, e.R, sense)
			c.refineEq(e.R, e.L, sense)
		case ast.OpNe:
			c.refineEq(e.L, e.R, !sense)
			c.refineEq(e.R, e.L, !sense)
		}
	case *ast.MethodCallExpr:
		if e.Method == "is" && len(e.Args) == 1 && sense {
			if inner := typeValueInner(c.checkedType(e.Obj)); inner != nil {
				c.narrowPath(e.Args[0], func(t *types.Type) *types.Type { return intersectWith(t, inner) })
			}
		}
	case *ast.Ident, *ast.IndexExpr:
		if sense {
			c.narrowPath(e, truthy)
		} else {
			c.narrowPath(e, falsy)
		}
		// A field that is (not) truthy says which members of a union of
		// records the table can be: `if r.ok then`.
		if ix, ok := e.(*ast.IndexExpr); ok {
			if name, ok := constString(ix.Key); ok {
				c.narrowPath(ix.Obj, func(t *types.Type) *types.Type { return c.byFieldTruth(t, name, sense) })
			}
		}
	}
}

// refineEq refines with `l == r` being equal (or not).
func (c *checker) refineEq(l, r ast.Expr, equal bool) {
	switch r := r.(type) {
	case *ast.NilExpr:
		if equal {
			c.narrowPath(l, onlyNil)
		} else {
			c.narrowPath(l, types.NonNil)
		}
		return
	case *ast.StringExpr:
		if call, ok := l.(*ast.CallExpr); ok && len(call.Args) == 1 {
			if c.builtinGlobal(call.Fn, "type") {
				c.narrowPath(call.Args[0], func(t *types.Type) *types.Type { return byTag(t, r.Value, equal) })
				return
			}
			if isMathType(c, call.Fn) {
				c.narrowPath(call.Args[0], func(t *types.Type) *types.Type { return byMathType(t, r.Value, equal) })
				return
			}
		}
	}
	lit := c.literal(r)
	if lit == nil {
		return
	}
	c.narrowPath(l, func(t *types.Type) *types.Type { return byLiteral(t, lit, equal) })
	// A literal field of a union of records says which member it is.
	if ix, ok := l.(*ast.IndexExpr); ok {
		if name, ok := constString(ix.Key); ok {
			c.narrowPath(ix.Obj, func(t *types.Type) *types.Type { return c.byField(t, name, lit, equal) })
		}
	}
}

func isMathType(c *checker, fn ast.Expr) bool {
	ix, ok := fn.(*ast.IndexExpr)
	if !ok || !c.builtinGlobal(ix.Obj, "math") {
		return false
	}
	name, ok := constString(ix.Key)
	return ok && name == "type"
}

// narrowPath replaces the known type of path expression e by f of it.
func (c *checker) narrowPath(e ast.Expr, f func(*types.Type) *types.Type) {
	k, ok := c.pathOf(e)
	if !ok {
		return
	}
	cur := c.peek(e)
	t := f(cur)
	if t == nil || t == cur {
		return
	}
	c.flow.set(k, t)
	if k.path == "" && k.sym.partner != nil && t.Kind == types.KindNil {
		// `local v, err = f()`: no error means a value.
		p := k.sym.partner
		c.flow.set(pathKey{p, ""}, types.NonNil(c.symType(p)))
	}
}

// truthy is t when it is neither nil nor false.
func truthy(t *types.Type) *types.Type {
	switch t.Kind {
	case types.KindNil:
		return types.Never
	case types.KindOptional:
		return truthy(t.Inner)
	case types.KindBoolean:
		return litTrue
	case types.KindLiteral:
		if t.Lit == false {
			return types.Never
		}
	case types.KindUnion:
		return mapMembers(t, truthy)
	}
	return t
}

// falsy is t when it is nil or false.
func falsy(t *types.Type) *types.Type {
	switch t.Kind {
	case types.KindNil, types.KindAny, types.KindUnknown, types.KindParam:
		return t
	case types.KindOptional:
		return types.NewUnion(types.Nil, falsy(t.Inner))
	case types.KindBoolean:
		return litFalse
	case types.KindLiteral:
		if t.Lit == false {
			return t
		}
	case types.KindUnion:
		return mapMembers(t, falsy)
	}
	return types.Never
}

// onlyNil is t when it is nil.
func onlyNil(t *types.Type) *types.Type {
	if canBeNil(t) || t.Kind == types.KindParam {
		return types.Nil
	}
	return types.Never
}

// mapMembers applies f to each member of a union.
func mapMembers(t *types.Type, f func(*types.Type) *types.Type) *types.Type {
	out := make([]*types.Type, 0, len(t.Variants))
	changed := false
	for _, m := range t.Variants {
		n := f(m)
		changed = changed || n != m
		out = append(out, n)
	}
	if !changed {
		return t
	}
	return types.NewUnion(out...)
}

// filterMembers keeps the members of t (nil included) for which keep
// holds.
func filterMembers(t *types.Type, keep func(*types.Type) bool) *types.Type {
	ms := unionMembers(t)
	out := make([]*types.Type, 0, len(ms))
	for _, m := range ms {
		if keep(m) {
			out = append(out, m)
		}
	}
	if len(out) == len(ms) {
		return t
	}
	return types.NewUnion(out...)
}

// tagTypes are the types `type(x) == tag` gives a value of type any.
var tagTypes = map[string]*types.Type{
	"nil": types.Nil, "boolean": types.Boolean, "number": types.Number, "string": types.String,
	"table": types.Table, "function": types.Function, "thread": types.Thread, "userdata": types.Userdata,
}

// byTag narrows t by `type(x) == tag` (is) or `~=` (not).
func byTag(t *types.Type, tag string, is bool) *types.Type {
	switch t.Kind {
	case types.KindAny, types.KindUnknown:
		if is {
			if tt := tagTypes[tag]; tt != nil {
				return tt
			}
			return types.Never
		}
		return t
	}
	return filterMembers(t, func(m *types.Type) bool {
		n := luaTypeName(m)
		if n == "" {
			return true // depends on the value
		}
		return (n == tag) == is
	})
}

// byMathType narrows t by `math.type(x) == "integer"` or "float".
func byMathType(t *types.Type, which string, is bool) *types.Type {
	if !is {
		if which == "integer" {
			return filterMembers(t, func(m *types.Type) bool { return !isIntegerish(m) })
		}
		return t
	}
	if which != "integer" && which != "float" {
		return types.Never
	}
	if t.Kind == types.KindAny || t.Kind == types.KindUnknown {
		if which == "integer" {
			return types.Integer
		}
		return types.Number
	}
	return mapAll(t, func(m *types.Type) *types.Type {
		switch {
		case !isNumberish(m):
			return types.Never
		case which == "integer" && isFloatLit(m), which == "float" && isIntegerish(m):
			return types.Never
		case which == "integer" && m.Kind == types.KindNumber:
			return types.Integer
		}
		return m
	})
}

// mapAll applies f to each member of t (nil included) and joins them.
func mapAll(t *types.Type, f func(*types.Type) *types.Type) *types.Type {
	ms := unionMembers(t)
	out := make([]*types.Type, len(ms))
	for i, m := range ms {
		out[i] = f(m)
	}
	return types.NewUnion(out...)
}

func isFloatLit(t *types.Type) bool {
	if t.Kind != types.KindLiteral {
		return false
	}
	_, ok := t.Lit.(float64)
	return ok
}

// byLiteral narrows t by `x == lit` (equal) or `x ~= lit`.
func byLiteral(t *types.Type, lit *types.Type, equal bool) *types.Type {
	if equal {
		if t.Kind == types.KindAny || t.Kind == types.KindUnknown {
			return lit
		}
		if !types.Assignable(lit, t) {
			return types.Never
		}
		// x is lit itself, whichever member it came from.
		return lit
	}
	return filterMembersSplit(t, lit)
}

// filterMembersSplit removes the singleton lit from t: a member that is
// exactly lit goes, and boolean without true is false.
func filterMembersSplit(t *types.Type, lit *types.Type) *types.Type {
	b, isBool := lit.Lit.(bool)
	ms := unionMembers(t)
	out := make([]*types.Type, 0, len(ms))
	changed := false
	for _, m := range ms {
		switch {
		case m.Kind == types.KindLiteral && m.Lit == lit.Lit:
			changed = true
			continue
		case isBool && m.Kind == types.KindBoolean:
			changed = true
			out = append(out, types.Literal(!b))
			continue
		}
		out = append(out, m)
	}
	if !changed {
		return t
	}
	return types.NewUnion(out...)
}

// byField narrows a union of records by `x.name == lit`: the members
// whose field can hold lit (equal) or does not always hold it.
func (c *checker) byField(t *types.Type, name string, lit *types.Type, equal bool) *types.Type {
	return c.byFieldType(t, name, !equal, func(ft *types.Type) bool {
		if equal {
			return types.Assignable(lit, ft)
		}
		return !(ft.Kind == types.KindLiteral && ft.Lit == lit.Lit)
	})
}

// byFieldTruth narrows a union of records by `x.name` being truthy
// (sense) or not: the members whose field can be so.
func (c *checker) byFieldTruth(t *types.Type, name string, sense bool) *types.Type {
	return c.byFieldType(t, name, !sense, func(ft *types.Type) bool {
		if sense {
			return truthy(ft).Kind != types.KindNever
		}
		return falsy(ft).Kind != types.KindNever
	})
}

// byFieldType narrows a union (or optional) of records to the members
// whose field name has a type that keep accepts. Members where the field
// is absent (a record without it, or nil itself) stay when keepAbsent is
// set: the callers set it when the test holds for a nil field.
func (c *checker) byFieldType(t *types.Type, name string, keepAbsent bool, keep func(ft *types.Type) bool) *types.Type {
	if t.Kind != types.KindUnion && t.Kind != types.KindOptional {
		return t
	}
	return filterMembers(t, func(m *types.Type) bool {
		if m.Kind == types.KindNil {
			return keepAbsent
		}
		ft, found := c.member(m, name)
		if !found {
			return keepAbsent
		}
		return keep(ft)
	})
}

// intersectWith narrows t to the values that are also of type to.
func intersectWith(t, to *types.Type) *types.Type {
	switch t.Kind {
	case types.KindAny, types.KindUnknown:
		return to
	}
	n := filterMembers(t, func(m *types.Type) bool { return types.Assignable(m, to) })
	if n.Kind == types.KindNever {
		return to
	}
	return n
}
