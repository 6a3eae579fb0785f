package typecheck

import (
	"wippylua/ast"
	"wippylua/types"
)

// Declarations and assignments: what locals and fields are declared as,
// what they are known to hold after an assignment, and the tables that
// grow field by field.

func (c *checker) localStmt(s *ast.LocalStmt) {
	declared := make([]*types.Type, len(s.Names))
	for i := range s.Names {
		if i < len(s.Types) && s.Types[i] != nil {
			declared[i] = c.resolve(s.Types[i])
		}
	}
	vals := c.exprList(s.Exprs, func(i int) *types.Type {
		if i < len(declared) {
			return declared[i]
		}
		return nil
	})
	for i, id := range s.Names {
		sym := c.res.idents.def(id)
		c.declared(sym)
		v := vals.at(i)
		var init ast.Expr
		if i < len(s.Exprs) {
			init = s.Exprs[i]
		} else if len(s.Exprs) > 0 {
			init = s.Exprs[len(s.Exprs)-1]
		}
		if t := declared[i]; t != nil {
			sym.typ, sym.annotated, sym.typed = t, true, true
			if len(s.Exprs) > 0 {
				c.expectAt(valueNode(s.Exprs, i, id), v, t, func() string {
					return "local '" + id.Name + "' (declared at " + posText(id.Pos) + ")"
				})
				if n := narrowOnAssign(t, v); n != t {
					c.flow.set(pathKey{sym, ""}, n)
				}
			}
			continue
		}
		t := types.Widen(v)
		sym.typed = c.strictAt(init)
		if sym.mutable {
			sym.typ = c.mutableType(sym, v)
			c.flow.set(pathKey{sym, ""}, t)
		} else {
			sym.typ = t
			if _, ok := init.(*ast.TableExpr); ok && i < len(s.Exprs) && t.Open {
				sym.openFields = true
			}
		}
	}
	c.linkPartners(s, vals)
	c.noteModules(s)
}

// noteModules remembers the locals that hold modules (`local m =
// require("name")`), for annotations naming their types (`m.Type`).
func (c *checker) noteModules(s *ast.LocalStmt) {
	for i, e := range s.Exprs {
		call, ok := e.(*ast.CallExpr)
		if !ok || i >= len(s.Names) || len(call.Args) != 1 || !c.builtinGlobal(call.Fn, "require") {
			continue
		}
		if name, ok := constString(call.Args[0]); ok {
			if c.moduleNames == nil {
				c.moduleNames = map[string]string{}
			}
			c.moduleNames[s.Names[i].Name] = name
		}
	}
}

// valueNode is the node to blame for the i-th value of a list: its
// expression, or the last one when a call supplies it.
func valueNode(es []ast.Expr, i int, fallback ast.Node) ast.Node {
	switch {
	case i < 0:
		return fallback
	case i < len(es):
		return es[i]
	case len(es) > 0:
		return es[len(es)-1]
	}
	return fallback
}

// linkPartners recognises `local v, err = f()`, where f's results are a
// value that may be nil and an error that may be nil: knowing err is nil
// then means v is not (see narrow.go).
func (c *checker) linkPartners(s *ast.LocalStmt, vals pack) {
	if len(s.Names) != 2 || len(s.Exprs) != 1 || !ast.IsMultiValue(s.Exprs[0]) {
		return
	}
	v, err := c.res.idents.def(s.Names[0]), c.res.idents.def(s.Names[1])
	if v.mutable || err.mutable || v.annotated || err.annotated {
		return
	}
	vt, et := vals.at(0), vals.at(1)
	if !canBeNil(vt) || !canBeNil(et) || et.Kind == types.KindNil || types.NonNil(vt).Kind == types.KindNever {
		return
	}
	err.partner = v
}

// canBeNil reports whether nil is among the values of t (any counts).
func canBeNil(t *types.Type) bool {
	switch t.Kind {
	case types.KindNil, types.KindOptional, types.KindAny, types.KindUnknown:
		return true
	}
	return false
}

// narrowOnAssign is what a variable declared as declared is known to hold
// after being assigned a value of type v: the members of a declared union
// that v can be, or the declared type itself.
func narrowOnAssign(declared, v *types.Type) *types.Type {
	switch declared.Kind {
	case types.KindOptional, types.KindUnion:
	default:
		return declared
	}
	switch v.Kind {
	case types.KindAny, types.KindUnknown, types.KindNever:
		return declared
	}
	members := unionMembers(declared)
	var keep []*types.Type
	for _, m := range members {
		if types.Assignable(v, m) || types.Assignable(m, v) && v.Kind != types.KindOptional {
			keep = append(keep, m)
		}
	}
	if len(keep) == 0 {
		return declared
	}
	if v.Kind == types.KindOptional && !containsNil(keep) {
		keep = append(keep, types.Nil)
	}
	return types.NewUnion(keep...)
}

func containsNil(ts []*types.Type) bool {
	for _, t := range ts {
		if t.Kind == types.KindNil {
			return true
		}
	}
	return false
}

// unionMembers lists the members of a union or optional (nil included).
func unionMembers(t *types.Type) []*types.Type {
	switch t.Kind {
	case types.KindOptional:
		return append(unionMembers(t.Inner), types.Nil)
	case types.KindUnion:
		return t.Variants
	}
	return []*types.Type{t}
}

func (c *checker) assignStmt(s *ast.AssignStmt) {
	targets := make([]target, len(s.Targets))
	for i, t := range s.Targets {
		targets[i] = c.target(t)
	}
	vals := c.exprList(s.Exprs, func(i int) *types.Type {
		if i < len(targets) {
			return targets[i].want
		}
		return nil
	})
	for i := range targets {
		c.assign(&targets[i], vals.at(i), valueNode(s.Exprs, i, s.Targets[i]))
	}
}

// target is an assignment target, evaluated before the values.
type target struct {
	expr ast.Expr
	sym  *symbol     // a local, or nil
	obj  *types.Type // for fields: the table's type
	name string      // for fields with a constant name
	want *types.Type // what the value must be assignable to, or nil
	what func() string
	// report is set when a mismatch must be reported (see strictness).
	report bool
	// open is set for a field of a table inferred from a constructor.
	open bool
}

func (c *checker) target(e ast.Expr) target {
	t := target{expr: e}
	switch e := e.(type) {
	case *ast.Ident:
		c.record(e, types.Any)
		if sym := c.res.idents.use(e); sym != nil {
			t.sym = sym
			c.record(e, c.symType(sym))
			if sym.annotated {
				t.want, t.report = sym.typ, true
				t.what = func() string { return "local '" + sym.name + "' (declared at " + posText(sym.decl.Pos) + ")" }
			}
		}
	case *ast.IndexExpr:
		t.obj = c.expr(e.Obj, nil)
		key := c.expr(e.Key, nil)
		name, named := constString(e.Key)
		t.name = name
		if !named {
			t.name = ""
		}
		t.want, t.open = c.fieldSlot(e, t.obj, key, name, named)
		t.report = c.strictAt(e.Obj)
		if named {
			t.what = func() string { return "field '" + name + "' of " + show(t.obj) }
		} else {
			t.what = func() string { return "an element of " + show(t.obj) }
		}
	default:
		c.expr(e, nil)
	}
	return t
}

// assign completes an assignment of a value of type v.
func (c *checker) assign(t *target, v *types.Type, blame ast.Node) {
	removal := v.Kind == types.KindNil && t.obj != nil && isCollection(t.obj)
	if t.want != nil && t.report && !removal {
		c.expectAt(blame, v, t.want, t.what)
	}
	switch e := t.expr.(type) {
	case *ast.Ident:
		if t.sym == nil {
			return
		}
		c.flow.forget(t.sym)
		if t.sym.annotated {
			if n := narrowOnAssign(t.sym.typ, v); n != t.sym.typ {
				c.flow.set(pathKey{t.sym, ""}, n)
			}
		} else {
			c.flow.set(pathKey{t.sym, ""}, types.Widen(v))
		}
	case *ast.IndexExpr:
		k, ok := c.pathOf(e)
		if ok {
			c.flow.forgetBelow(k.sym, k.path)
			// What the slot declares needs no fact: a read gives it.
			if t.want != nil && narrowOnAssign(t.want, v) != t.want {
				c.flow.set(k, narrowOnAssign(t.want, v))
			} else {
				c.flow.del(k)
			}
		}
		if t.open && isName(t.name) {
			c.growOpen(e, t.name, v)
		}
	}
}

// isCollection reports whether t is an array or map (possibly nil), whose
// entries are removed by assigning nil.
func isCollection(t *types.Type) bool {
	switch types.NonNil(t).Kind {
	case types.KindArray, types.KindMap:
		return true
	}
	return false
}

// growOpen records a field assigned to a local holding a table built by a
// constructor (`local M = {}; M.f = ...`): later reads see the field.
func (c *checker) growOpen(e *ast.IndexExpr, name string, v *types.Type) {
	id, ok := e.Obj.(*ast.Ident)
	if !ok {
		return
	}
	sym := c.res.idents.use(id)
	if sym == nil || !sym.openFields || sym.mutable || sym.typ.Kind != types.KindRecord {
		return
	}
	v = types.Widen(v)
	old := sym.typ
	if sym.fields == nil || len(sym.fields) != len(old.Fields) {
		sym.fields = append(make([]types.Field, 0, 2*len(old.Fields)+1), old.Fields...)
	}
	if f := old.Field(name); f != nil {
		// Changing a field copies: earlier types share the array.
		fields := append([]types.Field(nil), sym.fields...)
		for i := range fields {
			if fields[i].Name == name {
				fields[i].Type = types.NewUnion(fields[i].Type, v)
			}
		}
		sym.fields = fields
	} else {
		// Appending is amortised constant time: earlier types see only
		// their own prefix of the shared array.
		sym.fields = append(sym.fields, types.Field{Name: name, Type: v})
	}
	rec := types.NewRecord(sym.fields[:len(sym.fields):len(sym.fields)]...)
	rec.Open = true
	sym.typ = rec
}
