package types

// Equal reports whether a and b are the same type: the same structure,
// whatever their names (aliases are transparent), with the same validators.
// Type parameters of generic signatures correspond by position; other
// parameters are equal when their names and constraints are.
// Union and intersection members are compared as sets; record fields by
// name, whatever their order. Recursive types are compared coinductively.
// Equal keeps no state between calls and is safe for concurrent use.
func Equal(a, b *Type) bool {
	var e equaler
	return e.eq(a, b)
}

type equaler struct {
	assumed pairSet
	depth   int
}

func (e *equaler) eq(a, b *Type) bool {
	if a == b {
		return true
	}
	if a.Kind != b.Kind || len(a.Validators) != len(b.Validators) {
		return false
	}
	for i := range a.Validators {
		if !validatorEqual(a.Validators[i], b.Validators[i]) {
			return false
		}
	}
	switch a.Kind {
	case KindLiteral:
		return a.Lit == b.Lit
	case KindParam:
		// Parameters of generic signatures correspond by position (see
		// signature); free ones, as in the body of a generic alias, by
		// name and constraint, so that copies of one alias are equal.
		if e.assumed.has(pair{a, b}) {
			return true
		}
		if a.Name != b.Name || (a.Constraint == nil) != (b.Constraint == nil) {
			return false
		}
		return a.Constraint == nil || e.eq(a.Constraint, b.Constraint)
	case KindType:
		if a.Inner == nil || b.Inner == nil {
			return a.Inner == b.Inner
		}
		return e.eq(a.Inner, b.Inner)
	case KindFunction:
		if a.Sig == nil || b.Sig == nil {
			return a.Sig == b.Sig
		}
	case KindOptional, KindUnion, KindIntersection, KindRecord, KindArray, KindMap:
	default:
		return true // primitives
	}
	p := pair{a, b}
	if e.assumed.has(p) || e.depth >= maxRelateDepth {
		return true
	}
	e.assumed = append(e.assumed, p)
	e.depth++
	v := e.structure(a, b)
	e.depth--
	e.assumed = e.assumed[:len(e.assumed)-1]
	return v
}

// structure compares two compound types of the same kind.
func (e *equaler) structure(a, b *Type) bool {
	switch a.Kind {
	case KindOptional:
		return e.eq(a.Inner, b.Inner)
	case KindUnion, KindIntersection:
		return e.sameSet(a.Variants, b.Variants) && e.sameSet(b.Variants, a.Variants)
	case KindRecord:
		if len(a.Fields) != len(b.Fields) {
			return false
		}
		for _, af := range a.Fields {
			bf := b.Field(af.Name)
			if bf == nil || af.Optional != bf.Optional || af.Readonly != bf.Readonly || !e.eq(af.Type, bf.Type) {
				return false
			}
		}
		return true
	case KindArray:
		return e.eq(a.Elem, b.Elem)
	case KindMap:
		return e.eq(a.Key, b.Key) && e.eq(a.Val, b.Val)
	case KindFunction:
		return e.signature(a.Sig, b.Sig)
	}
	return false
}

// sameSet reports whether every member of xs has an equal member in ys.
func (e *equaler) sameSet(xs, ys []*Type) bool {
	for _, x := range xs {
		found := false
		for _, y := range ys {
			if x == y {
				found = true
				break
			}
		}
		for _, y := range ys {
			if found {
				break
			}
			found = e.eq(x, y)
		}
		if !found {
			return false
		}
	}
	return true
}

func (e *equaler) signature(a, b *Signature) bool {
	if len(a.TypeParams) != len(b.TypeParams) || len(a.Params) != len(b.Params) ||
		len(a.Returns) != len(b.Returns) || (a.Vararg == nil) != (b.Vararg == nil) ||
		(a.VarReturn == nil) != (b.VarReturn == nil) {
		return false
	}
	// Type parameters correspond by position.
	defer func(n int) { e.assumed = e.assumed[:n] }(len(e.assumed))
	for i, ap := range a.TypeParams {
		bp := b.TypeParams[i]
		e.assumed = append(e.assumed, pair{ap, bp})
		if (ap.Constraint == nil) != (bp.Constraint == nil) ||
			ap.Constraint != nil && !e.eq(ap.Constraint, bp.Constraint) {
			return false
		}
	}
	for i := range a.Params {
		if !e.eq(a.Params[i].Type, b.Params[i].Type) {
			return false
		}
	}
	for i := range a.Returns {
		if !e.eq(a.Returns[i], b.Returns[i]) {
			return false
		}
	}
	if a.Vararg != nil && !e.eq(a.Vararg, b.Vararg) {
		return false
	}
	return a.VarReturn == nil || e.eq(a.VarReturn, b.VarReturn)
}
