package typecheck

import (
	"strings"

	"wippylua/ast"
	"wippylua/types"
)

// Table constructors. With an expected record, array or map type the
// constructor is checked against it and has that type; without one its
// type is inferred: an array when all entries are positional, else a
// record of its named fields. Inferred tables are Open (they may still
// gain fields and convert leniently, see types.Assignable), and their
// field and element types are widened (`{n = 1}` is `{n: integer}`),
// since the fields may be assigned other values later.

// maxInferredElems bounds the distinct element types an inferred array
// keeps before its element type becomes any.
const maxInferredElems = 8

func (c *checker) table(e *ast.TableExpr, want *types.Type) *types.Type {
	if want != nil {
		if target := c.tableTarget(e, want); target != nil {
			return c.tableAgainst(e, target)
		}
	}
	return c.tableInfer(e)
}

// tableTarget picks the table type a constructor should build from the
// expected type: the expected table type itself, or the member of an
// expected union that fits the constructor's shape and literal fields (a
// tagged union).
func (c *checker) tableTarget(e *ast.TableExpr, want *types.Type) *types.Type {
	want = types.NonNil(want)
	if want.Open {
		return nil // inferred, not declared: nothing to check against
	}
	switch want.Kind {
	case types.KindRecord, types.KindArray, types.KindMap:
		return want
	case types.KindUnion:
	default:
		return nil
	}
	var fits []*types.Type
	for _, m := range want.Variants {
		if !m.Open && c.constructorFits(e, m) {
			fits = append(fits, m)
		}
	}
	if len(fits) == 0 {
		return nil
	}
	return fits[0]
}

// constructorFits reports whether a constructor could build a value of
// table type t, judging by its shape and literal-valued fields.
func (c *checker) constructorFits(e *ast.TableExpr, t *types.Type) bool {
	switch t.Kind {
	case types.KindRecord:
		for _, f := range e.Fields {
			name, ok := constString(f.Key)
			if !ok {
				return false
			}
			field := t.Field(name)
			if field == nil {
				return false
			}
			if lit := c.literal(f.Value); lit != nil && !types.Assignable(lit, field.Type) {
				return false
			}
		}
		return true
	case types.KindArray:
		for _, f := range e.Fields {
			if f.Key != nil {
				return false
			}
		}
		return true
	case types.KindMap:
		return true
	}
	return false
}

// tableAgainst checks a constructor against the table type target.
// Problems are reported when the expectation comes from a user annotation;
// an expectation from a library's declaration only guides the checking,
// and is reported in strict code.
func (c *checker) tableAgainst(e *ast.TableExpr, target *types.Type) *types.Type {
	hard := c.softWant == 0 || c.fn.strict
	expect := func(n ast.Node, v, want *types.Type, what func() string) {
		if hard {
			c.expectAt(n, v, want, what)
		}
	}
	complain := func(n ast.Node, code Code, format string, args ...any) {
		if hard {
			c.errorAt(n, code, format, args...)
		}
	}
	switch target.Kind {
	case types.KindRecord:
		seen := map[string]bool{}
		for _, f := range e.Fields {
			name, ok := constString(f.Key)
			if !ok {
				if f.Key != nil {
					c.expr(f.Key, nil)
				}
				c.expr(f.Value, nil)
				complain(f.Value, TypeMismatch, "%s has no %s", show(target), entryKind(f))
				continue
			}
			if !f.Named {
				c.expr(f.Key, nil)
			}
			field := target.Field(name)
			if field == nil {
				c.expr(f.Value, nil)
				complain(f.Key, UndefinedField, "%s has no field '%s'", show(target), name)
				continue
			}
			seen[name] = true
			v := c.expr(f.Value, field.Value())
			expect(f.Value, v, field.Value(), func() string { return "field '" + name + "' of " + show(target) })
		}
		var missing []string
		for _, f := range target.Fields {
			if !seen[f.Name] && !f.Optional && !types.Assignable(types.Nil, f.Type) {
				missing = append(missing, "'"+f.Name+"'")
			}
		}
		switch len(missing) {
		case 0:
		case 1:
			complain(e, MissingField, "missing field %s of %s", missing[0], show(target))
		default:
			complain(e, MissingField, "missing fields %s of %s", strings.Join(missing, ", "), show(target))
		}
	case types.KindArray:
		for i, f := range e.Fields {
			if f.Key != nil {
				key := c.expr(f.Key, nil)
				v := c.expr(f.Value, target.Elem)
				if !isNumberish(key) {
					complain(f.Key, UndefinedField, "%s has no %s", show(target), entryKind(f))
					continue
				}
				expect(f.Value, v, target.Elem, func() string { return "an element of " + show(target) })
				continue
			}
			if i == len(e.Fields)-1 && ast.IsMultiValue(f.Value) {
				p := c.multi(f.Value, target.Elem)
				for _, t := range p.ts {
					expect(f.Value, t, target.Elem, func() string { return "an element of " + show(target) })
				}
				if p.rest != nil {
					expect(f.Value, p.rest, target.Elem, func() string { return "an element of " + show(target) })
				}
				continue
			}
			v := c.expr(f.Value, target.Elem)
			expect(f.Value, v, target.Elem, func() string { return "an element of " + show(target) })
		}
	case types.KindMap:
		for _, f := range e.Fields {
			var key *types.Type
			var keyNode ast.Node = f.Value
			switch {
			case f.Key == nil:
				key = types.Integer
			case f.Named:
				key, keyNode = types.Literal(f.Key.(*ast.StringExpr).Value), f.Key
			default:
				key, keyNode = c.expr(f.Key, target.Key), f.Key
			}
			expect(keyNode, key, target.Key, func() string { return "a key of " + show(target) })
			v := c.expr(f.Value, target.Val)
			expect(f.Value, v, target.Val, func() string { return "a value of " + show(target) })
		}
	}
	return target
}

func entryKind(f *ast.TableField) string {
	if f.Key == nil {
		return "positional entries"
	}
	return "computed keys"
}

// tableInfer infers the type of a constructor with no expectation.
func (c *checker) tableInfer(e *ast.TableExpr) *types.Type {
	var fields []types.Field
	var elems []*types.Type
	index := map[string]int{}
	positional, keyed := false, false
	for i, f := range e.Fields {
		if f.Key == nil {
			positional = true
			if i == len(e.Fields)-1 && ast.IsMultiValue(f.Value) {
				p := c.multi(f.Value, nil)
				for _, t := range p.ts {
					elems = append(elems, types.Widen(t))
				}
				if p.rest != nil {
					elems = append(elems, p.rest)
				}
				continue
			}
			elems = append(elems, types.Widen(c.expr(f.Value, nil)))
			continue
		}
		keyed = true
		name, ok := constString(f.Key)
		if !f.Named {
			c.expr(f.Key, nil)
		}
		v := types.Widen(c.expr(f.Value, nil))
		if !ok || !isName(name) {
			continue // a key a record type cannot name
		}
		if j, dup := index[name]; dup {
			fields[j].Type = v // the last one wins
		} else {
			index[name] = len(fields)
			fields = append(fields, types.Field{Name: name, Type: v})
		}
	}
	if positional && !keyed {
		elem := types.NewUnion(elems...)
		if elem.Kind == types.KindUnion && len(elem.Variants) > maxInferredElems {
			elem = types.Any
		}
		arr := types.NewArray(elem)
		arr.Open = true
		return arr
	}
	rec := types.NewRecord(fields...)
	rec.Open = true
	return rec
}

// isName reports whether s is a Lua name, so that it can be a record field
// (types print records with bare field names).
func isName(s string) bool {
	if s == "" || luaKeywords[s] {
		return false
	}
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch == '_' || 'a' <= ch && ch <= 'z' || 'A' <= ch && ch <= 'Z' || i > 0 && '0' <= ch && ch <= '9' {
			continue
		}
		return false
	}
	return true
}

var luaKeywords = map[string]bool{
	"and": true, "break": true, "do": true, "else": true, "elseif": true, "end": true, "false": true,
	"for": true, "function": true, "goto": true, "if": true, "in": true, "local": true, "nil": true,
	"not": true, "or": true, "repeat": true, "return": true, "then": true, "true": true, "until": true, "while": true,
}
