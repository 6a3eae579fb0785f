package types

// Constructors that keep types in a canonical form. Code outside this file
// should build unions, optionals and intersections only through them.
//
// The canonical form of nil-ability: a type that admits nil together with
// other values is always a KindOptional at the outermost level, whose Inner
// is never nil, optional, any or unknown. So `A | B | nil` is
// Optional{Union{A, B}}, `T | nil` is Optional{T}, and a KindUnion never has
// nil (nor an optional) among its Variants. `nil | nil` is Nil itself.
//
// Unions are flattened, lose duplicates and `never`, and members subsumed by
// another member cheaply recognised as wider (a literal by its primitive,
// `integer` by `number`, `true | false` by `boolean`); `any` and `unknown`
// absorb the whole union. The work is linear in the number of members plus
// a bounded number of structural comparisons, so that unions built by long
// chains of branches stay cheap.

// maxStructuralDedup bounds the structural comparisons made to remove
// duplicate compound members from a union: past it only identical pointers
// are merged. Duplicates left that way are harmless, merely verbose.
const maxStructuralDedup = 16

// NewUnion returns the union of ts in canonical form.
func NewUnion(ts ...*Type) *Type {
	switch len(ts) {
	case 0:
		return Never
	case 1:
		return ts[0]
	case 2:
		// The common case of joining two branches.
		if ts[0] == ts[1] {
			return ts[0]
		}
	}
	var u unionBuilder
	for _, t := range ts {
		u.add(t)
		if u.top != nil && u.top.Kind == KindAny {
			return u.top
		}
	}
	if u.top != nil {
		return u.top
	}
	return u.result()
}

// unionBuilder collects union members.
type unionBuilder struct {
	members []*Type
	hasNil  bool
	top     *Type // any or unknown once seen: the union is that
	// Which primitives and literals are present, to drop subsumed ones.
	prims  [KindType + 1]bool
	lits   map[any]bool
	nComps int // compound members compared structurally so far
	// seen holds the members once there are many, for a constant-time
	// duplicate test.
	seen map[*Type]bool
}

func (u *unionBuilder) add(t *Type) {
	if len(t.Validators) == 0 {
		switch t.Kind {
		case KindAny, KindUnknown:
			if u.top == nil || t.Kind == KindAny {
				u.top = t
			}
			return
		case KindNever:
			return
		case KindNil:
			u.hasNil = true
			return
		case KindOptional:
			u.hasNil = true
			u.add(t.Inner)
			return
		case KindUnion:
			if t.Name == "" {
				for _, v := range t.Variants {
					u.add(v)
				}
				return
			}
		}
	}
	u.member(t)
}

// member adds a non-nil, non-union member unless an equal one is present.
func (u *unionBuilder) member(t *Type) {
	if len(t.Validators) == 0 {
		switch {
		case t.Kind <= KindType && t.Kind != KindFunction || t.Kind == KindFunction && t.Sig == nil:
			if u.prims[t.Kind] {
				return
			}
			u.prims[t.Kind] = true
		case t.Kind == KindLiteral:
			if u.lits == nil {
				u.lits = make(map[any]bool)
			}
			if u.lits[t.Lit] {
				return
			}
			u.lits[t.Lit] = true
		}
	}
	if u.seen != nil {
		if u.seen[t] {
			return
		}
	} else {
		for _, m := range u.members {
			if m == t {
				return
			}
		}
	}
	if isCompound(t) {
		if u.nComps < maxStructuralDedup {
			for _, m := range u.members {
				if m.Kind == t.Kind && Equal(m, t) {
					return
				}
			}
		}
		u.nComps++
	}
	u.members = append(u.members, t)
	if u.seen != nil {
		u.seen[t] = true
	} else if len(u.members) > 8 {
		u.seen = make(map[*Type]bool, 2*len(u.members))
		for _, m := range u.members {
			u.seen[m] = true
		}
	}
}

func isCompound(t *Type) bool {
	switch t.Kind {
	case KindRecord, KindArray, KindMap, KindIntersection, KindUnion:
		return true
	case KindFunction:
		return t.Sig != nil
	}
	return false
}

// result drops members subsumed by a wider primitive and builds the union.
func (u *unionBuilder) result() *Type {
	// `true | false` is boolean, printed where the first of them was.
	boolFromLits := !u.prims[KindBoolean] && u.lits[true] && u.lits[false]
	addedBoolean := false
	out := u.members[:0]
	for _, m := range u.members {
		if len(m.Validators) == 0 {
			switch m.Kind {
			case KindInteger:
				if u.prims[KindNumber] {
					continue
				}
			case KindLiteral:
				w := literalWidened(m.Lit)
				if u.prims[w.Kind] || w.Kind == KindInteger && u.prims[KindNumber] {
					continue
				}
				if w.Kind == KindBoolean && boolFromLits {
					if !addedBoolean {
						out = append(out, Boolean)
						addedBoolean = true
					}
					continue
				}
			case KindRecord, KindArray, KindMap:
				if u.prims[KindTable] {
					continue
				}
			case KindFunction:
				if m.Sig != nil && u.prims[KindFunction] {
					continue
				}
			}
		}
		out = append(out, m)
	}
	var t *Type
	switch len(out) {
	case 0:
		if u.hasNil {
			return Nil
		}
		return Never
	case 1:
		t = out[0]
	default:
		t = &Type{Kind: KindUnion, Variants: out}
	}
	if u.hasNil {
		return &Type{Kind: KindOptional, Inner: t}
	}
	return t
}

// literalWidened is the primitive type of a literal value.
func literalWidened(v any) *Type {
	switch v.(type) {
	case string:
		return String
	case int64:
		return Integer
	case float64:
		return Number
	case bool:
		return Boolean
	}
	return Nil
}

// NewOptional returns `t | nil` in canonical form.
func NewOptional(t *Type) *Type {
	if len(t.Validators) == 0 {
		switch t.Kind {
		case KindNil, KindOptional, KindAny, KindUnknown:
			return t
		case KindNever:
			return Nil
		case KindUnion:
			if t.Name == "" {
				return NewUnion(t, Nil)
			}
		}
	}
	return &Type{Kind: KindOptional, Inner: t}
}

// NonNil returns t without nil: the inner type of an optional, Never for
// nil itself. Other types are returned unchanged (any stays any).
func NonNil(t *Type) *Type {
	switch t.Kind {
	case KindNil:
		return Never
	case KindOptional:
		return t.Inner
	}
	return t
}

// NewIntersection returns the intersection of ts: flattened, without
// duplicates or `unknown` members; `never` absorbs it and `any` too (an
// intersection with an unchecked value is unchecked).
func NewIntersection(ts ...*Type) *Type {
	var out []*Type
	var add func(t *Type) *Type
	add = func(t *Type) *Type {
		if len(t.Validators) == 0 {
			switch t.Kind {
			case KindNever, KindAny:
				return t
			case KindUnknown:
				return nil
			case KindIntersection:
				if t.Name == "" {
					for _, v := range t.Variants {
						if r := add(v); r != nil {
							return r
						}
					}
					return nil
				}
			}
		}
		for _, m := range out {
			if m == t || len(out) <= maxStructuralDedup && Equal(m, t) {
				return nil
			}
		}
		out = append(out, t)
		return nil
	}
	for _, t := range ts {
		if r := add(t); r != nil {
			return r
		}
	}
	switch len(out) {
	case 0:
		return Unknown
	case 1:
		return out[0]
	}
	return &Type{Kind: KindIntersection, Variants: out}
}

// Literal returns the singleton type of v: a string, an integer (any Go
// integer type, stored as int64), a float64 or a bool; nil gives Nil.
func Literal(v any) *Type {
	switch x := v.(type) {
	case nil:
		return Nil
	case int:
		v = int64(x)
	case int32:
		v = int64(x)
	case float32:
		v = float64(x)
	case string, int64, float64, bool:
	default:
		panic("types.Literal: unsupported value")
	}
	return &Type{Kind: KindLiteral, Lit: v}
}

// Widen returns the primitive type of a literal type and t itself
// otherwise; optionals and unions are widened member by member. The checker
// widens the types of unannotated mutable locals this way.
func Widen(t *Type) *Type {
	if len(t.Validators) > 0 || t.Name != "" {
		return t
	}
	switch t.Kind {
	case KindLiteral:
		return literalWidened(t.Lit)
	case KindOptional:
		if w := Widen(t.Inner); w != t.Inner {
			return NewOptional(w)
		}
	case KindUnion:
		changed := false
		ws := make([]*Type, len(t.Variants))
		for i, v := range t.Variants {
			ws[i] = Widen(v)
			changed = changed || ws[i] != v
		}
		if changed {
			return NewUnion(ws...)
		}
	}
	return t
}

// NewRecord returns a record type with the given fields.
func NewRecord(fields ...Field) *Type { return &Type{Kind: KindRecord, Fields: fields} }

// NewArray returns `{elem}`.
func NewArray(elem *Type) *Type { return &Type{Kind: KindArray, Elem: elem} }

// NewMap returns `{[key]: val}`.
func NewMap(key, val *Type) *Type { return &Type{Kind: KindMap, Key: key, Val: val} }

// NewFunction returns the function type with signature sig.
func NewFunction(sig *Signature) *Type { return &Type{Kind: KindFunction, Sig: sig} }

// Func is a shorthand for a non-generic function type with unnamed
// parameters: Func([]*Type{Number}, String) is `(number) -> string`.
func Func(params []*Type, returns ...*Type) *Type {
	ps := make([]Param, len(params))
	for i, p := range params {
		ps[i] = Param{Type: p}
	}
	return NewFunction(&Signature{Params: ps, Returns: returns})
}

// NewParam returns a fresh generic type parameter.
func NewParam(name string, constraint *Type) *Type {
	return &Type{Kind: KindParam, Name: name, Constraint: constraint}
}

// WithValidators returns a copy of t with vs appended to its validators.
// The copy has no name: `Age @min(3)` is not Age any more.
func WithValidators(t *Type, vs ...Validator) *Type {
	c := *t
	c.Name, c.Args = "", nil
	c.Validators = append(append([]Validator(nil), t.Validators...), vs...)
	return &c
}

// Named returns a copy of t carrying an alias name (and type arguments),
// for printing and introspection; its structure is shared with t.
func Named(t *Type, name string, args ...*Type) *Type {
	c := *t
	c.Name, c.Args = name, args
	return &c
}

// Field returns the field called name of a record type, or nil.
func (t *Type) Field(name string) *Field {
	for i := range t.Fields {
		if t.Fields[i].Name == name {
			return &t.Fields[i]
		}
	}
	return nil
}

// Value is the type of the field's value as read: optional fields may be
// absent, which reads as nil.
func (f *Field) Value() *Type {
	if f.Optional {
		return NewOptional(f.Type)
	}
	return f.Type
}
