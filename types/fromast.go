package types

import (
	"fmt"

	"wippylua/ast"
)

// Scope is what Resolve needs from its caller: the type names in scope, and
// the static type of an expression for `typeof(e)`.
type Scope interface {
	// LookupType returns the alias or generic parameter called name, or
	// nil. prefix is the module qualifier of `prefix.Name`, "" when none.
	LookupType(prefix, name string) *Alias
	// TypeOf returns the static type of x, for `typeof(x)`; nil means any.
	TypeOf(x ast.Expr) *Type
}

// ResolveError is a problem found while resolving a type expression.
type ResolveError struct {
	Pos  ast.Pos
	Code string // one of the Code constants below
	Msg  string
}

func (e *ResolveError) Error() string {
	return fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Column, e.Msg)
}

// Codes of resolve errors.
const (
	CodeUnknownType    = "UNKNOWN_TYPE"
	CodeTypeArgs       = "TYPE_ARGS"
	CodeBadValidator   = "BAD_VALIDATOR"
	CodeRecursiveAlias = "RECURSIVE_ALIAS"
	CodeDuplicateField = "DUPLICATE_FIELD"
	CodeBadVariadic    = "BAD_VARIADIC"
)

// Resolve converts a type expression into a type. Names are looked up in
// scope (then among the Builtins); an unknown name, a wrong number of type
// arguments or a bad validator is reported and replaced by any, so the
// result is always usable.
func Resolve(e ast.TypeExpr, scope Scope) (*Type, []*ResolveError) {
	r := newResolver(scope)
	t := r.typ(e)
	return t, r.errs
}

// MapScope is a simple Scope: a map of names over an optional parent.
type MapScope struct {
	Parent Scope
	Types  map[string]*Alias
	// Typeof answers typeof(e); nil means any.
	Typeof func(ast.Expr) *Type
}

// LookupType implements Scope.
func (s *MapScope) LookupType(prefix, name string) *Alias {
	if prefix == "" {
		if a := s.Types[name]; a != nil {
			return a
		}
	}
	if s.Parent != nil {
		return s.Parent.LookupType(prefix, name)
	}
	return nil
}

// TypeOf implements Scope.
func (s *MapScope) TypeOf(x ast.Expr) *Type {
	if s.Typeof != nil {
		return s.Typeof(x)
	}
	if s.Parent != nil {
		return s.Parent.TypeOf(x)
	}
	return nil
}

// paramScope adds generic parameters to a scope.
type paramScope struct {
	parent Scope
	params []*Alias
}

func (s *paramScope) LookupType(prefix, name string) *Alias {
	if prefix == "" {
		for _, p := range s.params {
			if p.Name == name {
				return p
			}
		}
	}
	if s.parent == nil {
		return nil
	}
	return s.parent.LookupType(prefix, name)
}

func (s *paramScope) TypeOf(x ast.Expr) *Type {
	if s.parent == nil {
		return nil
	}
	return s.parent.TypeOf(x)
}

// WithParams returns scope extended with generic parameters.
func WithParams(scope Scope, params ...*Alias) Scope {
	if len(params) == 0 {
		return scope
	}
	return &paramScope{parent: scope, params: params}
}

// ResolveTypeParams creates the parameters of a generic function or
// function type and resolves their constraints; the returned scope has them
// in view.
func ResolveTypeParams(tps []*ast.TypeParam, scope Scope) ([]*Type, Scope, []*ResolveError) {
	r := newResolver(scope)
	ps := r.typeParams(tps)
	return ps, r.scope, r.errs
}

type resolver struct {
	scope Scope
	errs  []*ResolveError
	// guard is the depth of table and function types being resolved,
	// shared by the nested resolvers of aliases defined on demand: a
	// reference to an alias being defined is a proper recursive type only
	// if the depth grew since its definition started.
	guard *int
}

func newResolver(scope Scope) *resolver { return &resolver{scope: scope, guard: new(int)} }

func (r *resolver) errorf(pos ast.Pos, code, format string, args ...any) {
	r.errs = append(r.errs, &ResolveError{Pos: pos, Code: code, Msg: fmt.Sprintf(format, args...)})
}

func (r *resolver) typ(e ast.TypeExpr) *Type {
	switch e := e.(type) {
	case *ast.NamedType:
		return r.named(e)
	case *ast.LiteralType:
		return Literal(e.Value)
	case *ast.OptionalType:
		return NewOptional(r.typ(e.Inner))
	case *ast.UnionType:
		return NewUnion(r.list(e.Types)...)
	case *ast.IntersectionType:
		return NewIntersection(r.list(e.Types)...)
	case *ast.ParenType:
		return r.typ(e.Inner)
	case *ast.ArrayType:
		*r.guard++
		defer func() { *r.guard-- }()
		return NewArray(r.typ(e.Elem))
	case *ast.MapType:
		*r.guard++
		defer func() { *r.guard-- }()
		return NewMap(r.typ(e.Key), r.typ(e.Val))
	case *ast.RecordType:
		*r.guard++
		defer func() { *r.guard-- }()
		return r.record(e)
	case *ast.FunctionType:
		*r.guard++
		defer func() { *r.guard-- }()
		return r.function(e)
	case *ast.TypeofType:
		if t := r.scope.TypeOf(e.X); t != nil {
			return t
		}
		return Any
	case *ast.ValidatedType:
		return r.validated(e)
	case *ast.VariadicType:
		r.errorf(e.Pos, CodeBadVariadic, "'...' type only allowed at the end of a result list")
		return r.typ(e.Elem)
	}
	return Any
}

func (r *resolver) list(es []ast.TypeExpr) []*Type {
	out := make([]*Type, len(es))
	for i, e := range es {
		out[i] = r.typ(e)
	}
	return out
}

func (r *resolver) named(e *ast.NamedType) *Type {
	a := r.scope.LookupType(e.Prefix, e.Name)
	if a == nil {
		if b := Builtins[e.Name]; b != nil && e.Prefix == "" {
			if len(e.Args) > 0 {
				r.errorf(e.Pos, CodeTypeArgs, "type '%s' takes no type arguments", e.Name)
			}
			return b
		}
		name := e.Name
		if e.Prefix != "" {
			name = e.Prefix + "." + name
		}
		r.errorf(e.Pos, CodeUnknownType, "unknown type '%s'", name)
		return Any
	}
	args := r.list(e.Args)
	switch {
	case len(args) != len(a.Params) && len(a.Params) == 0:
		r.errorf(e.Pos, CodeTypeArgs, "type '%s' takes no type arguments", e.Name)
		args = nil
	case len(args) != len(a.Params):
		r.errorf(e.Pos, CodeTypeArgs, "type '%s' expects %d type argument%s, got %d", e.Name, len(a.Params), plural(len(a.Params)), len(args))
		args = fitArgs(args, len(a.Params))
	}
	switch a.state {
	case aliasUndefined:
		r.errs = append(r.errs, a.define(r.guard)...)
	case aliasDefining:
		if *r.guard <= a.guardAtStart {
			r.errorf(e.Pos, CodeRecursiveAlias, "type '%s' refers to itself without a table or function type in between", e.Name)
			return Any
		}
		if len(a.Params) == 0 || sameTypes(args, a.Params) {
			return a.Type
		}
		r.errorf(e.Pos, CodeRecursiveAlias, "recursive type '%s' is used with other type arguments inside its own definition", e.Name)
		return Any
	}
	if len(a.Params) == 0 {
		return a.Type
	}
	for i, p := range a.Params {
		if p.Constraint != nil && !Assignable(args[i], p.Constraint) {
			r.errorf(e.Args[min(i, len(e.Args)-1)].Start(), CodeTypeArgs, "type argument %s of '%s' does not satisfy the constraint %s", args[i], e.Name, p.Constraint)
		}
	}
	return a.Instantiate(args)
}

// fitArgs pads (with any) or truncates args to n entries.
func fitArgs(args []*Type, n int) []*Type {
	out := make([]*Type, n)
	for i := range out {
		out[i] = Any
		if i < len(args) {
			out[i] = args[i]
		}
	}
	return out
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func (r *resolver) record(e *ast.RecordType) *Type {
	fields := make([]Field, 0, len(e.Fields))
	for _, f := range e.Fields {
		dup := false
		for _, g := range fields {
			dup = dup || g.Name == f.Name
		}
		if dup {
			r.errorf(f.Pos, CodeDuplicateField, "duplicate field '%s'", f.Name)
			continue
		}
		t := r.typ(f.Type)
		fields = append(fields, Field{Name: f.Name, Type: t, Optional: f.Optional, Readonly: f.Readonly})
	}
	return NewRecord(fields...)
}

func (r *resolver) typeParams(tps []*ast.TypeParam) []*Type {
	if len(tps) == 0 {
		return nil
	}
	ps := make([]*Type, len(tps))
	as := make([]*Alias, len(tps))
	for i, tp := range tps {
		ps[i] = NewParam(tp.Name, nil)
		as[i] = ParamAlias(ps[i], tp.Pos)
	}
	r.scope = WithParams(r.scope, as...)
	for i, tp := range tps {
		if tp.Constraint != nil {
			ps[i].Constraint = r.typ(tp.Constraint)
		}
	}
	return ps
}

func (r *resolver) function(e *ast.FunctionType) *Type {
	saved := r.scope
	defer func() { r.scope = saved }()
	sig := &Signature{TypeParams: r.typeParams(e.TypeParams)}
	sig.Params = make([]Param, len(e.Params))
	for i, p := range e.Params {
		sig.Params[i].Type = r.typ(p)
		if i < len(e.ParamNames) {
			sig.Params[i].Name = e.ParamNames[i]
		}
	}
	if e.Vararg != nil {
		sig.Vararg = r.typ(e.Vararg)
	}
	sig.Returns, sig.VarReturn = r.results(e.Returns)
	return NewFunction(sig)
}

// results resolves a result list, whose last entry may be variadic.
func (r *resolver) results(es []ast.TypeExpr) ([]*Type, *Type) {
	if n := len(es); n > 0 {
		if v, ok := es[n-1].(*ast.VariadicType); ok {
			return r.list(es[:n-1]), r.typ(v.Elem)
		}
	}
	return r.list(es), nil
}

// ResolveResults resolves the result list of a function declaration
// (`function f(): (A, ...B)`): the fixed results and the type of the
// variadic ones (nil when none).
func ResolveResults(es []ast.TypeExpr, scope Scope) ([]*Type, *Type, []*ResolveError) {
	r := newResolver(scope)
	rs, vr := r.results(es)
	return rs, vr, r.errs
}

// validatorSpec describes a validator: its argument kinds and what it
// applies to.
type validatorSpec struct {
	arg       string // "number", "integer" or "string"
	appliesTo func(*Type) bool
	target    string // for messages
}

var validatorSpecs = map[string]validatorSpec{
	"min":     {"number", isNumeric, "numbers"},
	"max":     {"number", isNumeric, "numbers"},
	"min_len": {"integer", hasLength, "strings and arrays"},
	"max_len": {"integer", hasLength, "strings and arrays"},
	"pattern": {"string", isStringy, "strings"},
}

// ValidatorNames lists the known validators.
func ValidatorNames() []string { return []string{"min", "max", "min_len", "max_len", "pattern"} }

func (r *resolver) validated(e *ast.ValidatedType) *Type {
	inner := r.typ(e.Inner)
	var vs []Validator
	for _, v := range e.Validators {
		spec, ok := validatorSpecs[v.Name]
		if !ok {
			r.errorf(v.Pos, CodeBadValidator, "unknown validator '@%s'", v.Name)
			continue
		}
		if len(v.Args) != 1 {
			r.errorf(v.Pos, CodeBadValidator, "validator '@%s' takes 1 argument, got %d", v.Name, len(v.Args))
			continue
		}
		val, ok := literalValue(v.Args[0])
		if !ok || !argFits(spec.arg, val) {
			r.errorf(v.Args[0].Start(), CodeBadValidator, "argument of '@%s' must be a literal %s", v.Name, spec.arg)
			continue
		}
		if !appliesThrough(inner, spec.appliesTo) {
			r.errorf(v.Pos, CodeBadValidator, "validator '@%s' applies to %s, not to %s", v.Name, spec.target, inner)
			continue
		}
		vs = append(vs, Validator{Name: v.Name, Args: []any{val}})
	}
	if len(vs) == 0 {
		return inner
	}
	return WithValidators(inner, vs...)
}

// literalValue returns the value of a literal expression, folding a unary
// minus on a number.
func literalValue(e ast.Expr) (any, bool) {
	switch e := e.(type) {
	case *ast.IntExpr:
		return e.Value, true
	case *ast.FloatExpr:
		return e.Value, true
	case *ast.StringExpr:
		return e.Value, true
	case *ast.TrueExpr:
		return true, true
	case *ast.FalseExpr:
		return false, true
	case *ast.UnaryExpr:
		if e.Op == ast.OpNeg {
			switch x := e.X.(type) {
			case *ast.IntExpr:
				return -x.Value, true
			case *ast.FloatExpr:
				return -x.Value, true
			}
		}
	case *ast.ParenExpr:
		return literalValue(e.X)
	}
	return nil, false
}

func argFits(kind string, v any) bool {
	switch v.(type) {
	case int64:
		return kind == "number" || kind == "integer"
	case float64:
		return kind == "number"
	case string:
		return kind == "string"
	}
	return false
}

// appliesThrough reports whether pred holds for t, looking through
// optionals and requiring it of every union member.
func appliesThrough(t *Type, pred func(*Type) bool) bool {
	switch t.Kind {
	case KindAny, KindUnknown:
		return true
	case KindOptional:
		return appliesThrough(t.Inner, pred)
	case KindUnion:
		for _, v := range t.Variants {
			if !appliesThrough(v, pred) {
				return false
			}
		}
		return true
	}
	return pred(t)
}

func isNumeric(t *Type) bool {
	return t.Kind == KindNumber || t.Kind == KindInteger || isLit[int64](t) || isLit[float64](t)
}

func isStringy(t *Type) bool { return t.Kind == KindString || isLit[string](t) }

func hasLength(t *Type) bool { return isStringy(t) || t.Kind == KindArray || t.Kind == KindTable }
