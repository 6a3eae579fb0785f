package typecheck

import (
	"wippylua/ast"
	"wippylua/types"
)

// access describes one indexing for messages: the whole expression (to
// blame), the table expression (whose provenance decides strictness), and
// whether it is a method lookup.
type access struct {
	node   ast.Node
	obj    ast.Expr
	method bool
}

// indexType is the type of obj[key] (obj.name when named), reporting
// problems.
func (c *checker) indexType(e *ast.IndexExpr, obj, key *types.Type, name string, named bool) *types.Type {
	a := access{node: e, obj: e.Obj}
	if named {
		return c.lookup(a, obj, name)
	}
	obj = c.indexable(a, obj)
	if obj == nil {
		return types.Any
	}
	switch obj.Kind {
	case types.KindArray:
		if isNumberish(key) {
			return obj.Elem
		}
	case types.KindMap:
		if !c.assignable(key, obj.Key) && c.strictAt(e.Obj) {
			c.errorAt(e.Key, TypeMismatch, "expected key of type %s, got %s, for %s", show(obj.Key), show(key), show(obj))
		}
		return obj.Val
	case types.KindNever:
		return types.Never
	}
	return types.Any
}

// indexable checks that a value can be indexed: it reports nil (or a
// possible nil) and values that are never tables, and returns the type to
// index (without nil), or nil when there is nothing more to say.
func (c *checker) indexable(a access, obj *types.Type) *types.Type {
	switch obj.Kind {
	case types.KindAny, types.KindTable, types.KindUserdata:
		return nil
	case types.KindUnknown:
		if c.strictAt(a.obj) {
			c.errorAt(a.obj, UnknownUse, "cannot index a value of type unknown; narrow it first (type(x) == \"table\", a cast...)")
		}
		return nil
	case types.KindNil:
		if c.strictAt(a.obj) {
			c.errorAt(a.obj, NilAccess, "attempt to index a nil value")
		}
		return nil
	case types.KindOptional:
		if c.strictAt(a.obj) {
			c.errorAt(a.obj, NilAccess, "value may be nil (%s); check it first or assert it with '!'", show(obj))
		}
		return c.indexable(a, obj.Inner)
	}
	if notIndexable(obj) {
		if c.strictAt(a.obj) {
			c.errorAt(a.obj, NotIndexable, "attempt to index a %s value (%s)", luaTypeName(obj), show(obj))
		}
		return nil
	}
	return obj
}

// lookup is the type of obj.name, reporting a missing field.
func (c *checker) lookup(a access, obj *types.Type, name string) *types.Type {
	obj = c.indexable(a, obj)
	if obj == nil {
		return types.Any
	}
	t, found := c.member(obj, name)
	if found {
		return t
	}
	if !a.method && obj.Kind == types.KindType && obj.Inner != nil && obj.Inner.Kind == types.KindRecord {
		// T.name of a record type lacking the field is nil, as
		// T:field(name): a lookup, not a mistake.
		return types.Nil
	}
	if c.strictAt(a.obj) {
		what := "field"
		if a.method {
			what = "method"
		}
		switch {
		case obj.Kind == types.KindUnion && t != nil:
			c.errorAt(a.node, UndefinedField, "%s '%s' is missing in some members of %s", what, name, show(obj))
		case isStringy(obj):
			c.errorAt(a.node, UndefinedField, "string has no %s '%s'", what, name)
		default:
			c.errorAt(a.node, UndefinedField, "%s has no %s '%s'", show(obj), what, name)
		}
	}
	// Whatever some members have, go on with any: one problem, one
	// diagnostic.
	return types.Any
}

// member looks up field name in t (which is not nil) without reporting.
// found is false when t certainly lacks the field; for a union some of
// whose members have it, t is then the union of what they have.
func (c *checker) member(t *types.Type, name string) (*types.Type, bool) {
	switch t.Kind {
	case types.KindAny, types.KindUnknown, types.KindTable, types.KindUserdata:
		return types.Any, true
	case types.KindNever:
		return types.Never, true
	case types.KindOptional:
		return c.member(t.Inner, name)
	case types.KindRecord:
		if f := t.Field(name); f != nil {
			return f.Value(), true
		}
		if t.Open {
			return types.Any, true
		}
		return nil, false
	case types.KindString, types.KindLiteral:
		if !isStringy(t) {
			return nil, false
		}
		if f := c.env.stringLib.Field(name); f != nil {
			return f.Type, true
		}
		if c.res.globalsExtended["string"] {
			return types.Any, true
		}
		return nil, false
	case types.KindError:
		if f := c.env.errorMethods.Field(name); f != nil {
			return f.Type, true
		}
		return nil, false
	case types.KindType:
		if f := c.env.typeMethods.Field(name); f != nil {
			return f.Type, true
		}
		if t.Inner == nil || t.Inner.Kind == types.KindAny {
			return types.Any, true
		}
		if t.Inner.Kind == types.KindRecord {
			// T.field is the type value of a record's field.
			if f := t.Inner.Field(name); f != nil {
				return TypeValue(f.Type), true
			}
		}
		return nil, false
	case types.KindIntersection:
		for _, m := range t.Variants {
			if r, ok := c.member(m, name); ok {
				return r, true
			}
		}
		return nil, false
	case types.KindUnion:
		var found []*types.Type
		all := true
		for _, m := range t.Variants {
			if r, ok := c.member(m, name); ok {
				found = append(found, r)
			} else {
				all = false
			}
		}
		if len(found) == 0 {
			return nil, false
		}
		return types.NewUnion(found...), all
	case types.KindArray:
		if t.Open {
			return types.Any, true
		}
		return nil, false
	case types.KindMap:
		if c.assignable(types.Literal(name), t.Key) {
			return t.Val, true
		}
		return nil, false
	case types.KindParam:
		if t.Constraint != nil {
			return c.member(t.Constraint, name)
		}
		return types.Any, true
	}
	return nil, false
}

// fieldSlot returns the type a value assigned to obj[key] (obj.name) must
// have, nil when unchecked, and whether obj is a table inferred from a
// constructor (whose fields are free). Assigning nil to an array element
// or a map entry (removing it) is always allowed.
func (c *checker) fieldSlot(e *ast.IndexExpr, obj, key *types.Type, name string, named bool) (*types.Type, bool) {
	a := access{node: e, obj: e.Obj}
	obj = c.indexable(a, obj)
	if obj == nil {
		return nil, false
	}
	switch obj.Kind {
	case types.KindRecord:
		if obj.Open {
			return nil, true
		}
		if !named {
			return nil, false
		}
		if f := obj.Field(name); f != nil {
			c.readonly(e, obj, f)
			return f.Value(), false
		}
		if c.strictAt(e.Obj) {
			c.errorAt(e, UndefinedField, "%s has no field '%s'", show(obj), name)
		}
	case types.KindArray:
		if obj.Open {
			return nil, true
		}
		if isNumberish(key) {
			return obj.Elem, false
		}
		if named && c.strictAt(e.Obj) {
			c.errorAt(e, UndefinedField, "%s has no field '%s'", show(obj), name)
		}
	case types.KindMap:
		if !c.assignable(key, obj.Key) && c.strictAt(e.Obj) {
			c.errorAt(e.Key, TypeMismatch, "expected key of type %s, got %s, for %s", show(obj.Key), show(key), show(obj))
		}
		return obj.Val, false
	case types.KindIntersection:
		if named {
			for _, m := range obj.Variants {
				if m.Kind == types.KindRecord {
					if f := m.Field(name); f != nil {
						c.readonly(e, obj, f)
						return f.Value(), false
					}
				}
			}
		}
	}
	return nil, false
}

// readonly reports an assignment to a readonly field f of obj.
func (c *checker) readonly(e *ast.IndexExpr, obj *types.Type, f *types.Field) {
	if f.Readonly && c.strictAt(e.Obj) {
		c.errorAt(e, ReadonlyField, "field '%s' of %s is readonly", f.Name, show(obj))
	}
}

// notIndexable reports whether values of type t can never be indexed.
func notIndexable(t *types.Type) bool {
	switch t.Kind {
	case types.KindBoolean, types.KindNumber, types.KindInteger, types.KindFunction, types.KindThread:
		return true
	case types.KindLiteral:
		return !isStringy(t)
	}
	return false
}

// luaTypeName is what type(v) says of values of type t, or "" when that
// depends on the value.
func luaTypeName(t *types.Type) string {
	switch t.Kind {
	case types.KindNil:
		return "nil"
	case types.KindBoolean:
		return "boolean"
	case types.KindNumber, types.KindInteger:
		return "number"
	case types.KindString:
		return "string"
	case types.KindTable, types.KindRecord, types.KindArray, types.KindMap:
		return "table"
	case types.KindFunction:
		return "function"
	case types.KindThread:
		return "thread"
	case types.KindUserdata, types.KindError, types.KindType:
		return "userdata"
	case types.KindLiteral:
		switch t.Lit.(type) {
		case string:
			return "string"
		case bool:
			return "boolean"
		default:
			return "number"
		}
	case types.KindIntersection:
		for _, m := range t.Variants {
			if n := luaTypeName(m); n != "" {
				return n
			}
		}
	}
	return ""
}

// isStringy reports whether t is a string type.
func isStringy(t *types.Type) bool { return classOf(t) == opString }

// isNumberish reports whether t is a number type (or any).
func isNumberish(t *types.Type) bool {
	switch t.Kind {
	case types.KindNumber, types.KindInteger, types.KindAny:
		return true
	case types.KindLiteral:
		switch t.Lit.(type) {
		case int64, float64:
			return true
		}
	}
	return false
}

// isIntegerish reports whether t is an integer type.
func isIntegerish(t *types.Type) bool { return classOf(t) == opInteger }
