package types

// Subtyping (spec/types.md, "Subtyping").
//
// Two relations share one algorithm:
//
//   - Subtype(a, b) is the strict relation used by run-time type values
//     (`T <= U`): `any` is a top type like `unknown`, so only any and
//     unknown accept it; a type with validators is a subtype of one with
//     validators only if it carries them too.
//   - Assignable(a, b) is what the static checker uses: the gradual
//     relation, in which `any` also flows into every type (and the plain
//     `table` and `function` into every table and function type), and
//     validators are ignored since they are checked at run time. Tables
//     inferred from constructors (Open records and arrays) are converted
//     leniently: missing fields are allowed and fields are covariant.
//
// The rules: integer <: number; never <: everything; everything <: any and
// unknown; a literal <: its primitive; A <: A | B (a union on the left
// needs every member, an intersection on the left needs one); records are
// structural with width subtyping, readonly fields covariant and mutable
// fields invariant (array elements and map keys and values too, being
// mutable), and a readonly field does not convert to a writable one;
// functions are contravariant in their parameters and covariant
// in their results, and a function that takes fewer parameters is usable
// where more are passed. Recursive types are related coinductively: a pair
// already being compared further up is assumed to hold.
//
// The package functions keep no state between calls and are safe for
// concurrent use. A Cache remembers answers for one goroutine.

// Subtype reports whether every value of type a is a value of type b.
func Subtype(a, b *Type) bool {
	r := relater{}
	return r.sub(a, b)
}

// Assignable reports whether a value of static type a may be used where b
// is expected, in the gradual sense described above.
func Assignable(a, b *Type) bool {
	r := relater{gradual: true}
	return r.sub(a, b)
}

// Cache answers Subtype and Assignable queries and remembers the answers.
// The zero value is ready to use; a Cache is not safe for concurrent use.
type Cache struct {
	m map[cacheKey]bool
}

type cacheKey struct {
	a, b    *Type
	gradual bool
}

// Subtype is the package function Subtype, cached.
func (c *Cache) Subtype(a, b *Type) bool { return c.query(a, b, false) }

// Assignable is the package function Assignable, cached.
func (c *Cache) Assignable(a, b *Type) bool { return c.query(a, b, true) }

func (c *Cache) query(a, b *Type, gradual bool) bool {
	if a == b {
		return true
	}
	if !isCompound(a) && !isCompound(b) && a.Kind != KindOptional && b.Kind != KindOptional {
		r := relater{gradual: gradual}
		return r.sub(a, b) // cheap: not worth a map entry
	}
	k := cacheKey{a, b, gradual}
	if v, ok := c.m[k]; ok {
		return v
	}
	r := relater{gradual: gradual, cache: c}
	v := r.sub(a, b)
	c.put(k, v)
	return v
}

func (c *Cache) put(k cacheKey, v bool) {
	if c.m == nil {
		c.m = make(map[cacheKey]bool)
	} else if len(c.m) >= maxCacheEntries {
		clear(c.m)
	}
	c.m[k] = v
}

// maxCacheEntries bounds a Cache. Queries repeat close together (the same
// types meet in the same function), and a map larger than the processor's
// caches makes every lookup slow: a full cache starts over.
const maxCacheEntries = 1 << 14

// maxRelateDepth bounds the nesting of one query; past it the answer is
// yes, in keeping with the coinductive reading (and with gradual typing's
// benefit of the doubt).
const maxRelateDepth = 64

type pair struct{ a, b *Type }

// pairSet holds the pairs assumed to be related while their components
// are compared: no more than the nesting of one query (maxRelateDepth),
// so a slice searched from the end beats a map.
type pairSet []pair

func (s pairSet) has(p pair) bool {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == p {
			return true
		}
	}
	return false
}

type relater struct {
	gradual bool
	cache   *Cache // where definite "no" answers of sub-queries go, or nil
	assumed pairSet
	depth   int
	// loose are type parameters of generic signatures being compared,
	// treated as any.
	loose []*Type
}

func (r *relater) sub(a, b *Type) bool {
	if a == b {
		return true
	}
	switch b.Kind {
	case KindAny, KindUnknown:
		return true
	}
	switch a.Kind {
	case KindNever:
		return true
	case KindAny:
		return r.gradual
	case KindUnknown:
		return false
	}
	if r.isLoose(a) || r.isLoose(b) {
		return true
	}
	// Decompose the left side first: every member of a union must fit.
	switch a.Kind {
	case KindUnion:
		for _, v := range a.Variants {
			if !r.sub(r.withValidators(v, a), b) {
				return false
			}
		}
		return true
	case KindOptional:
		return r.sub(Nil, b) && r.sub(r.withValidators(a.Inner, a), b)
	}
	if !r.gradual && len(b.Validators) > 0 && !validatorsIncluded(b.Validators, a.Validators) {
		return false
	}
	switch b.Kind {
	case KindOptional:
		return a.Kind == KindNil || r.sub(a, b.Inner)
	case KindUnion:
		for _, v := range b.Variants {
			if r.sub(a, v) {
				return true
			}
		}
		return false
	case KindIntersection:
		for _, v := range b.Variants {
			if !r.sub(a, v) {
				return false
			}
		}
		return true
	}
	if a.Kind == KindIntersection {
		for _, v := range a.Variants {
			if r.sub(v, b) {
				return true
			}
		}
		if b.Kind == KindRecord {
			if m := mergeRecords(a.Variants); m != nil {
				return r.sub(m, b)
			}
		}
		return false
	}
	if a.Kind == KindParam {
		// A parameter is only itself (a == b above), or usable as its bound.
		return a.Constraint != nil && r.sub(a.Constraint, b)
	}
	return r.atomic(a, b)
}

// withValidators gives a union member the validators of its union, which
// apply to every member.
func (r *relater) withValidators(member, union *Type) *Type {
	if len(union.Validators) == 0 || r.gradual {
		return member
	}
	return WithValidators(member, union.Validators...)
}

func (r *relater) isLoose(t *Type) bool {
	if t.Kind != KindParam {
		return false
	}
	for _, p := range r.loose {
		if p == t {
			return true
		}
	}
	return false
}

// atomic relates a to b when neither is a union, optional, intersection,
// parameter or top/bottom type.
func (r *relater) atomic(a, b *Type) bool {
	switch b.Kind {
	case KindNil, KindThread, KindUserdata, KindError:
		return a.Kind == b.Kind
	case KindBoolean:
		return a.Kind == KindBoolean || isLit[bool](a)
	case KindNumber:
		return a.Kind == KindNumber || a.Kind == KindInteger || isLit[int64](a) || isLit[float64](a)
	case KindInteger:
		return a.Kind == KindInteger || isLit[int64](a)
	case KindString:
		return a.Kind == KindString || isLit[string](a)
	case KindLiteral:
		return a.Kind == KindLiteral && a.Lit == b.Lit
	case KindType:
		if a.Kind != KindType {
			return false
		}
		return b.Inner == nil || a.Inner != nil && Equal(a.Inner, b.Inner)
	case KindTable:
		switch a.Kind {
		case KindTable, KindRecord, KindArray, KindMap:
			return true
		}
		return false
	case KindFunction:
		if a.Kind != KindFunction {
			return false
		}
		if b.Sig == nil {
			return true
		}
		if a.Sig == nil {
			return r.gradual
		}
		return r.enter(a, b, func() bool { return r.signature(a.Sig, b.Sig) })
	case KindRecord, KindArray, KindMap:
		if a.Kind == KindTable {
			return r.gradual
		}
		return r.enter(a, b, func() bool { return r.table(a, b) })
	}
	return false
}

func isLit[T any](t *Type) bool {
	if t.Kind != KindLiteral {
		return false
	}
	_, ok := t.Lit.(T)
	return ok
}

// enter relates two structured types, assuming the pair holds while their
// components are compared (coinduction).
func (r *relater) enter(a, b *Type, body func() bool) bool {
	p := pair{a, b}
	if r.assumed.has(p) {
		return true
	}
	if r.cache != nil {
		if v, ok := r.cache.m[cacheKey{a, b, r.gradual}]; ok && !v {
			return false
		}
	}
	if r.depth >= maxRelateDepth {
		return true
	}
	r.assumed = append(r.assumed, p)
	r.depth++
	v := body()
	r.depth--
	r.assumed = r.assumed[:len(r.assumed)-1]
	if !v && r.cache != nil {
		// "No" holds whatever was assumed on the way, so it may be kept.
		r.cache.put(cacheKey{a, b, r.gradual}, false)
	}
	return v
}

// same reports whether x and y are interchangeable, as the invariance of
// mutable slots requires.
func (r *relater) same(x, y *Type) bool { return r.sub(x, y) && r.sub(y, x) }

// slot relates the types of a mutable slot (field, element, key, value):
// invariant, except covariant when the source is an inferred Open table or
// the slot is readonly.
func (r *relater) slot(covariant bool, x, y *Type) bool {
	if covariant {
		return r.sub(x, y)
	}
	return r.same(x, y)
}

// table relates a record, array or map a to a record, array or map b.
func (r *relater) table(a, b *Type) bool {
	lenient := a.Open && r.gradual
	switch b.Kind {
	case KindRecord:
		if a.Kind != KindRecord {
			return false
		}
		for i := range b.Fields {
			bf := &b.Fields[i]
			af := a.Field(bf.Name)
			if af == nil {
				if bf.Optional || lenient {
					continue
				}
				return false
			}
			if af.Readonly && !bf.Readonly && !lenient {
				return false // the target would allow writing it
			}
			if !r.slot(lenient || bf.Readonly, af.Value(), bf.Value()) {
				return false
			}
		}
		return true
	case KindArray:
		switch a.Kind {
		case KindArray:
			return r.slot(lenient, a.Elem, b.Elem)
		case KindRecord:
			// A table inferred from a constructor with named fields may be
			// used as an array too; its shape is not known.
			return lenient
		}
		return false
	case KindMap:
		// Viewing a record or an array as a map is reading it: the
		// conversion is covariant in the gradual relation.
		switch a.Kind {
		case KindMap:
			return r.slot(lenient, a.Key, b.Key) && r.slot(lenient, a.Val, b.Val)
		case KindArray:
			return r.sub(Integer, b.Key) && r.slot(r.gradual, a.Elem, b.Val)
		case KindRecord:
			for _, f := range a.Fields {
				if !r.sub(&Type{Kind: KindLiteral, Lit: f.Name}, b.Key) || !r.slot(r.gradual, f.Type, b.Val) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// signature relates function signatures: parameters contravariant, results
// covariant. Type parameters of generic signatures are treated as any.
func (r *relater) signature(a, b *Signature) bool {
	n := len(r.loose)
	for _, tp := range a.TypeParams {
		r.loose = append(r.loose, tp)
	}
	for _, tp := range b.TypeParams {
		r.loose = append(r.loose, tp)
	}
	defer func() { r.loose = r.loose[:n] }()
	for i, bp := range b.Params {
		if at := paramAt(a, i); at != nil && !r.sub(bp.Type, at) {
			return false
		}
	}
	// Parameters of a that callers of b never pass receive nil (or b's
	// extra arguments).
	for i := len(b.Params); i < len(a.Params); i++ {
		at := a.Params[i].Type
		if r.gradual && b.Vararg != nil && b.Vararg.Kind == KindAny {
			// `(...any) -> ...` stands for any function: its callers
			// pass whatever the function wants.
			continue
		}
		if !r.sub(Nil, at) || b.Vararg != nil && !r.sub(b.Vararg, at) {
			return false
		}
	}
	if b.Vararg != nil && a.Vararg != nil && !r.sub(b.Vararg, a.Vararg) {
		return false
	}
	for i, br := range b.Returns {
		if !r.sub(ResultAt(a, i), br) {
			return false
		}
	}
	if b.VarReturn != nil {
		for i := len(b.Returns); i < len(a.Returns); i++ {
			if !r.sub(a.Returns[i], b.VarReturn) {
				return false
			}
		}
		if a.VarReturn != nil && !r.sub(a.VarReturn, b.VarReturn) {
			return false
		}
	}
	return true
}

// paramAt is the type of the i-th argument a function of signature s
// receives: its parameter, its vararg type, or nil when it ignores it.
func paramAt(s *Signature, i int) *Type {
	if i < len(s.Params) {
		return s.Params[i].Type
	}
	return s.Vararg
}

// ResultAt is the type of the i-th result of a call to a function of
// signature s: a declared result, the variadic result type, or nil.
func ResultAt(s *Signature, i int) *Type {
	if i < len(s.Returns) {
		return s.Returns[i]
	}
	if s.VarReturn != nil {
		return NewOptional(s.VarReturn)
	}
	return Nil
}

// mergeRecords returns the record with the fields of every member of an
// intersection of records (the first declaration of a field wins), or nil
// when a member is not a record.
func mergeRecords(ts []*Type) *Type {
	var fields []Field
	for _, t := range ts {
		if t.Kind != KindRecord {
			return nil
		}
		for _, f := range t.Fields {
			dup := false
			for _, g := range fields {
				dup = dup || g.Name == f.Name
			}
			if !dup {
				fields = append(fields, f)
			}
		}
	}
	return NewRecord(fields...)
}

func validatorsIncluded(want, have []Validator) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if validatorEqual(w, h) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func validatorEqual(x, y Validator) bool {
	if x.Name != y.Name || len(x.Args) != len(y.Args) {
		return false
	}
	for i := range x.Args {
		if x.Args[i] != y.Args[i] {
			return false
		}
	}
	return true
}
