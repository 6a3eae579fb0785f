package types

// The walks over the types a type refers to directly, in one place so
// that a new child field is added everywhere at once: Substitute, the
// interning of Canonical and its keys all depend on seeing every child.

// forEachChild calls f with every type t refers to (nil ones left out).
func forEachChild(t *Type, f func(*Type)) {
	visit := func(ch *Type) {
		if ch != nil {
			f(ch)
		}
	}
	for _, a := range t.Args {
		visit(a)
	}
	visit(t.Inner)
	for _, v := range t.Variants {
		visit(v)
	}
	for _, fl := range t.Fields {
		visit(fl.Type)
	}
	visit(t.Elem)
	visit(t.Key)
	visit(t.Val)
	visit(t.Constraint)
	if s := t.Sig; s != nil {
		for _, p := range s.TypeParams {
			visit(p)
		}
		for _, p := range s.Params {
			visit(p.Type)
		}
		visit(s.Vararg)
		for _, r := range s.Returns {
			visit(r)
		}
		visit(s.VarReturn)
	}
}

// replaceChildren points the fields of t, a fresh copy not yet shared,
// at f of each child. Slices and the signature are copied first: the
// copy shares them with the original, which must not change.
func replaceChildren(t *Type, f func(*Type) *Type) {
	mapped := func(ch *Type) *Type {
		if ch == nil {
			return nil
		}
		return f(ch)
	}
	mapList := func(ts []*Type) []*Type {
		if ts == nil {
			return nil
		}
		out := make([]*Type, len(ts))
		for i, x := range ts {
			out[i] = mapped(x)
		}
		return out
	}
	t.Args = mapList(t.Args)
	t.Inner = mapped(t.Inner)
	t.Variants = mapList(t.Variants)
	if t.Fields != nil {
		fields := make([]Field, len(t.Fields))
		for i, fl := range t.Fields {
			fl.Type = mapped(fl.Type)
			fields[i] = fl
		}
		t.Fields = fields
	}
	t.Elem = mapped(t.Elem)
	t.Key = mapped(t.Key)
	t.Val = mapped(t.Val)
	t.Constraint = mapped(t.Constraint)
	if s := t.Sig; s != nil {
		sig := *s
		sig.TypeParams = mapList(s.TypeParams)
		if s.Params != nil {
			sig.Params = make([]Param, len(s.Params))
			for i, p := range s.Params {
				p.Type = mapped(p.Type)
				sig.Params[i] = p
			}
		}
		sig.Vararg = mapped(s.Vararg)
		sig.Returns = mapList(s.Returns)
		sig.VarReturn = mapped(s.VarReturn)
		t.Sig = &sig
	}
}
