package types

import (
	"sync"

	"wippylua/ast"
)

// Alias is a type name in scope: a declared alias `type Name<P> = Body`, or
// a generic parameter (then Type is the KindParam type and Params is nil).
//
// An alias is created before its body is resolved (NewAlias), so that the
// aliases of one block can refer to each other and to themselves in any
// order; Define resolves the body, and a reference to an alias not yet
// defined defines it on the spot. Type is a stable pointer from creation
// on: recursive references point at it, and Define fills it in. Until
// then it is an opaque KindParam type, so that building types around it
// (`Name?`) treats it as an unknown single type.
type Alias struct {
	Name   string
	Pos    ast.Pos
	Params []*Type // KindParam types of a generic alias
	Type   *Type   // the aliased type, named Name once defined

	decl  *ast.TypeAliasStmt
	scope Scope
	state aliasState
	// guardAtStart is the resolver's guard count when the definition
	// started (see resolver.guard).
	guardAtStart int
	body         *Type // the resolved body, whose params Instantiate substitutes

	mu        sync.Mutex
	instances []instance
}

type aliasState uint8

const (
	aliasUndefined aliasState = iota
	aliasDefining
	aliasDefined
)

type instance struct {
	args []*Type
	t    *Type
}

// NewAlias returns the alias declared by decl, to be resolved in scope
// (which should include the alias itself and its siblings); call Define
// once every alias of the block is in scope.
func NewAlias(decl *ast.TypeAliasStmt, scope Scope) *Alias {
	a := &Alias{Name: decl.Name.Name, Pos: decl.Pos, decl: decl, scope: scope, Type: &Type{Kind: KindParam, Name: decl.Name.Name}}
	for _, p := range decl.Params {
		a.Params = append(a.Params, NewParam(p.Name, nil))
	}
	if len(a.Params) > 0 {
		a.Type.Args = a.Params
	}
	return a
}

// ParamAlias returns the scope entry of a generic parameter.
func ParamAlias(p *Type, pos ast.Pos) *Alias {
	return &Alias{Name: p.Name, Pos: pos, Type: p, state: aliasDefined, body: p}
}

// BuiltAlias returns an already defined alias of t (for declarations made
// by Go code rather than by source).
func BuiltAlias(name string, t *Type, params ...*Type) *Alias {
	return &Alias{Name: name, Type: t, Params: params, state: aliasDefined, body: t}
}

// Define resolves the alias's body; it does nothing when already done.
func (a *Alias) Define() []*ResolveError { return a.define(new(int)) }

func (a *Alias) define(guard *int) []*ResolveError {
	if a.state != aliasUndefined {
		return nil
	}
	a.state = aliasDefining
	a.guardAtStart = *guard
	r := &resolver{scope: a.scope, guard: guard}
	if len(a.Params) > 0 {
		ps := &paramScope{parent: a.scope}
		for i, p := range a.decl.Params {
			ps.params = append(ps.params, ParamAlias(a.Params[i], p.Pos))
		}
		r.scope = ps
		for i, p := range a.decl.Params {
			if p.Constraint != nil {
				a.Params[i].Constraint = r.typ(p.Constraint)
			}
		}
	}
	body := r.typ(a.decl.Type)
	if body.Kind == KindParam {
		// `type Id<T> = T`: the parameter itself; nothing can refer to
		// the placeholder yet, as such a reference would be unguarded.
		a.Type = body
	} else {
		// Self-references point at the placeholder, so it becomes the
		// root of the body's graph.
		args := a.Type.Args
		*a.Type = *body
		a.Type.Name, a.Type.Args = a.Name, args
	}
	a.body = a.Type
	a.state = aliasDefined
	return r.errs
}

// Instantiate returns the alias for the given type arguments: its body with
// every parameter replaced by the matching argument. Instances are cached,
// so the instances of a recursive generic alias are finite graphs and
// repeated uses share one type.
func (a *Alias) Instantiate(args []*Type) *Type {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, in := range a.instances {
		if sameTypes(in.args, args) {
			return in.t
		}
	}
	t := Instantiate(a.body, a.Params, args)
	a.instances = append(a.instances, instance{args, t})
	return t
}

func sameTypes(xs, ys []*Type) bool {
	if len(xs) != len(ys) {
		return false
	}
	for i := range xs {
		if xs[i] != ys[i] {
			return false
		}
	}
	return true
}

// Instantiate returns alias with params replaced by args (parallel
// slices). The result is named like alias with args as its type arguments.
func Instantiate(alias *Type, params []*Type, args []*Type) *Type {
	m := make(map[*Type]*Type, len(params))
	for i, p := range params {
		if i < len(args) {
			m[p] = args[i]
		}
	}
	t := Substitute(alias, m)
	switch {
	case alias.Kind == KindParam:
		// `type Id<T> = T`: the argument itself.
	case t == alias:
		// The body does not mention its parameters.
		t = Named(alias, alias.Name, args...)
	default:
		t.Args = args // a fresh copy
	}
	return t
}

// Substitute returns t with every type that is a key of m replaced by its
// value. Only the parts of t that lead to a replaced type are copied; the
// rest is shared. Cycles are preserved. The work is linear in the size of
// the graph reachable from t.
func Substitute(t *Type, m map[*Type]*Type) *Type {
	if len(m) == 0 {
		return t
	}
	s := substituter{m: m, parents: map[*Type][]*Type{}, marked: map[*Type]bool{}}
	s.collect(t)
	// Mark every type from which a replaced one can be reached.
	var work []*Type
	for k := range m {
		if _, seen := s.parents[k]; seen {
			s.marked[k] = true
			work = append(work, k)
		}
	}
	for len(work) > 0 {
		n := work[len(work)-1]
		work = work[:len(work)-1]
		for _, p := range s.parents[n] {
			if !s.marked[p] {
				s.marked[p] = true
				work = append(work, p)
			}
		}
	}
	s.copies = map[*Type]*Type{}
	return s.copy(t)
}

type substituter struct {
	m       map[*Type]*Type
	parents map[*Type][]*Type // reverse edges; a key for every reachable type
	marked  map[*Type]bool
	copies  map[*Type]*Type
}

// collect records every type reachable from t with its parents.
func (s *substituter) collect(root *Type) {
	s.parents[root] = nil
	stack := []*Type{root}
	for len(stack) > 0 {
		t := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if _, replaced := s.m[t]; replaced {
			continue
		}
		forEachChild(t, func(c *Type) {
			ps, seen := s.parents[c]
			s.parents[c] = append(ps, t)
			if !seen {
				stack = append(stack, c)
			}
		})
	}
}

func (s *substituter) copy(t *Type) *Type {
	if r, ok := s.m[t]; ok {
		return r
	}
	if !s.marked[t] {
		return t
	}
	if c, ok := s.copies[t]; ok {
		return c
	}
	c := new(Type)
	s.copies[t] = c
	*c = *t
	replaceChildren(c, s.copy)
	switch {
	case t.Kind == KindOptional && t.Inner != nil:
		// An argument may be optional itself.
		s.canonical(c, NewOptional(c.Inner))
	case t.Kind == KindUnion && t.Variants != nil:
		// Arguments may make members overlap, or be nil.
		s.canonical(c, NewUnion(c.Variants...))
	}
	return c
}

// canonical replaces the contents of copy c by those of n, its canonical
// form, keeping c's name and validators.
func (s *substituter) canonical(c, n *Type) {
	if n.Kind == c.Kind && (n.Kind != KindOptional || n.Inner == c.Inner) &&
		(n.Kind != KindUnion || len(n.Variants) == len(c.Variants)) {
		return
	}
	name, args, vs := c.Name, c.Args, c.Validators
	*c = *n
	c.Name, c.Args, c.Validators = name, args, vs
}
