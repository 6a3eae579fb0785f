package typecheck

import "wippylua/types"

// inference infers the type arguments of a call of a generic function
// from the types of its arguments: each parameter type is matched against
// the argument's type, binding the type parameters it meets. A parameter
// met several times is bound to the union of what it met; one never met is
// any.
type inference struct {
	params []*types.Type
	bound  map[*types.Type]*types.Type
	// hints are bindings suggested by the type the context expects of the
	// result; one wins over what the arguments say when those fit in it
	// (`local xs: {number} = copy({1, 2})` makes T number, not integer).
	hints map[*types.Type]*types.Type
}

// maxInferDepth bounds the structure the matching walks into.
const maxInferDepth = 8

func newInference(params []*types.Type) *inference {
	return &inference{params: params, bound: make(map[*types.Type]*types.Type, len(params))}
}

func (inf *inference) isParam(t *types.Type) bool {
	for _, p := range inf.params {
		if p == t {
			return true
		}
	}
	return false
}

// infer matches parameter type p against argument type a.
func (inf *inference) infer(p, a *types.Type, depth int) {
	if depth > maxInferDepth || a == nil || a.Kind == types.KindAny && !inf.isParam(p) {
		return
	}
	switch p.Kind {
	case types.KindParam:
		if !inf.isParam(p) {
			return
		}
		a = types.Widen(a)
		if old := inf.bound[p]; old != nil {
			a = types.NewUnion(old, a)
		}
		inf.bound[p] = a
	case types.KindOptional:
		inf.infer(p.Inner, types.NonNil(a), depth+1)
	case types.KindUnion:
		// Only a union with one member that mentions parameters can say
		// what they are.
		var generic *types.Type
		for _, m := range p.Variants {
			if inf.mentions(m) {
				if generic != nil {
					return
				}
				generic = m
			}
		}
		if generic != nil {
			inf.infer(generic, a, depth+1)
		}
	case types.KindIntersection:
		for _, m := range p.Variants {
			inf.infer(m, a, depth+1)
		}
	case types.KindArray:
		switch a.Kind {
		case types.KindArray:
			inf.infer(p.Elem, a.Elem, depth+1)
		case types.KindMap:
			inf.infer(p.Elem, a.Val, depth+1)
		}
	case types.KindMap:
		switch a.Kind {
		case types.KindMap:
			inf.infer(p.Key, a.Key, depth+1)
			inf.infer(p.Val, a.Val, depth+1)
		case types.KindArray:
			inf.infer(p.Key, types.Integer, depth+1)
			inf.infer(p.Val, a.Elem, depth+1)
		case types.KindRecord:
			if len(a.Fields) == 0 {
				return
			}
			vals := make([]*types.Type, len(a.Fields))
			for i, f := range a.Fields {
				vals[i] = f.Type
			}
			inf.infer(p.Key, types.String, depth+1)
			inf.infer(p.Val, types.NewUnion(vals...), depth+1)
		}
	case types.KindRecord:
		if a.Kind != types.KindRecord {
			return
		}
		for _, f := range p.Fields {
			if af := a.Field(f.Name); af != nil {
				inf.infer(f.Type, af.Type, depth+1)
			}
		}
	case types.KindFunction:
		if p.Sig == nil || a.Kind != types.KindFunction || a.Sig == nil {
			return
		}
		for i, pp := range p.Sig.Params {
			if i < len(a.Sig.Params) {
				inf.infer(pp.Type, a.Sig.Params[i].Type, depth+1)
			}
		}
		for i, r := range p.Sig.Returns {
			inf.infer(r, types.ResultAt(a.Sig, i), depth+1)
		}
	}
}

// mentions reports whether t refers to one of the parameters. It follows
// the parts of t that describe values (members, fields, elements,
// parameters and results), not everything the types package walks (an
// instance's arguments, a parameter's constraint, a generic signature's
// own parameters): what it follows decides which parameter types guide
// their arguments as expected types (call.go), so the two walks are kept
// apart on purpose.
func (inf *inference) mentions(t *types.Type) bool {
	return mentionsAny(t, inf.params, 0, nil)
}

func mentionsAny(t *types.Type, ps []*types.Type, depth int, seen map[*types.Type]bool) bool {
	if depth > maxInferDepth || seen[t] {
		return false
	}
	for _, p := range ps {
		if t == p {
			return true
		}
	}
	if t.Name != "" {
		// Named types are closed unless they are generic instances.
		if seen == nil {
			seen = map[*types.Type]bool{}
		}
		seen[t] = true
	}
	found := false
	visit := func(x *types.Type) {
		if !found && x != nil && mentionsAny(x, ps, depth+1, seen) {
			found = true
		}
	}
	visit(t.Inner)
	for _, v := range t.Variants {
		visit(v)
	}
	for _, f := range t.Fields {
		visit(f.Type)
	}
	visit(t.Elem)
	visit(t.Key)
	visit(t.Val)
	if s := t.Sig; s != nil {
		for _, p := range s.Params {
			visit(p.Type)
		}
		visit(s.Vararg)
		for _, r := range s.Returns {
			visit(r)
		}
		visit(s.VarReturn)
	}
	return found
}

// hint records the bindings the expected result type suggests.
func (inf *inference) hint(result, want *types.Type) {
	saved := inf.bound
	inf.bound = make(map[*types.Type]*types.Type, len(inf.params))
	inf.infer(result, want, 0)
	inf.hints, inf.bound = inf.bound, saved
}

// useHints lets the hints replace bindings that fit in them, and supply
// missing ones.
func (inf *inference) useHints(assignable func(a, b *types.Type) bool) {
	for p, h := range inf.hints {
		if b := inf.bound[p]; b == nil || assignable(b, h) {
			inf.bound[p] = h
		}
	}
}

// binding is what parameter p is bound to (any when nothing bound it).
func (inf *inference) binding(p *types.Type) *types.Type {
	if t := inf.bound[p]; t != nil {
		return t
	}
	return types.Any
}

// apply substitutes the bindings (any for unbound parameters) in t.
func (inf *inference) apply(t *types.Type) *types.Type {
	m := make(map[*types.Type]*types.Type, len(inf.params))
	for _, p := range inf.params {
		m[p] = inf.binding(p)
	}
	return types.Substitute(t, m)
}
