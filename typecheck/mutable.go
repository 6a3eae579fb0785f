package typecheck

import (
	"wippylua/ast"
	"wippylua/types"
)

// The declared type of an unannotated local that is assigned after its
// declaration. Where the flow analysis knows what the local holds (in
// straight-line code of its own function) it says so; elsewhere (in a
// closure, which may run at any time, after a label, in a loop) a read
// sees the declared type, which must cover every value the local may
// hold: its initialiser and every assignment, wherever it is. The
// assignments later in the program have not been checked yet, so their
// types are worked out here, without checking or reporting anything,
// from what the expressions say on their face: literals, operators, the
// locals and functions already known, fields of known types, calls of
// functions with known results, casts. One self-reference is fine (`n = n
// + 1`: the type is a fixpoint, found in a few rounds). When some value's
// type cannot be told that way, the local is declared any, as before.

// assignment is a value assigned to a local: expr, or the index-th value
// of the multi-value expr (a call); a nil expr assigns nil.
type assignment struct {
	expr  ast.Expr
	index int
}

// valueAt is the assignment of the i-th target of `targets = es`.
func valueAt(es []ast.Expr, i int) assignment {
	switch {
	case i < len(es):
		return assignment{expr: es[i]}
	case len(es) > 0 && ast.IsMultiValue(es[len(es)-1]):
		return assignment{expr: es[len(es)-1], index: i - len(es) + 1}
	}
	return assignment{}
}

// maxMutableRounds bounds the rounds of the fixpoint, and
// maxMutableUnion the union it may build, past which the local is any.
const (
	maxMutableRounds = 4
	maxMutableUnion  = 8
)

// mutableType is the declared type of sym, an unannotated local that is
// assigned after its declaration, whose initialiser has type init.
func (c *checker) mutableType(sym *symbol, init *types.Type) *types.Type {
	t := types.Widen(init)
	if t.Kind == types.KindAny {
		return types.Any
	}
	for round := 0; round < maxMutableRounds; round++ {
		next := t
		for _, a := range sym.assigns {
			v := types.Nil
			if a.expr != nil {
				v = c.faceType(a.expr, a.index, sym, t, 0)
			}
			if v == nil || v.Kind == types.KindAny || v.Kind == types.KindUnknown {
				return types.Any
			}
			next = types.NewUnion(next, types.Widen(v))
		}
		if next.Kind == types.KindUnion && len(next.Variants) > maxMutableUnion {
			return types.Any
		}
		if c.assignable(next, t) {
			return t
		}
		t = next
	}
	return types.Any
}

// maxFaceDepth bounds the expressions faceType walks into.
const maxFaceDepth = 6

// faceType is the type of the index-th value of e as far as it can be
// told without checking e: nil when it cannot. self is the local whose
// type is being worked out, and assumed its type so far.
func (c *checker) faceType(e ast.Expr, index int, self *symbol, assumed *types.Type, depth int) *types.Type {
	if depth > maxFaceDepth {
		return nil
	}
	face := func(x ast.Expr) *types.Type { return c.faceType(x, 0, self, assumed, depth+1) }
	if index > 0 {
		if call, ok := e.(*ast.CallExpr); ok {
			if sig := faceSig(face(call.Fn)); sig != nil {
				return types.ResultAt(sig, index)
			}
		}
		return nil
	}
	switch e := e.(type) {
	case *ast.NilExpr:
		return types.Nil
	case *ast.TrueExpr, *ast.FalseExpr:
		return types.Boolean
	case *ast.IntExpr:
		return types.Integer
	case *ast.FloatExpr:
		return types.Number
	case *ast.StringExpr:
		return types.String
	case *ast.FunctionExpr:
		if sig := c.faceSignature(e); sig != nil {
			return types.NewFunction(sig)
		}
		return types.Function
	case *ast.ParenExpr:
		return face(e.X)
	case *ast.CastExpr:
		t, errs := types.Resolve(e.Type, c.tscope)
		if len(errs) > 0 {
			return nil
		}
		return t
	case *ast.NonNilExpr:
		if t := face(e.X); t != nil {
			return types.NonNil(t)
		}
	case *ast.Ident:
		return c.faceIdent(e, self, assumed)
	case *ast.IndexExpr:
		obj := face(e.Obj)
		if obj == nil || obj.Kind == types.KindOptional || obj.Kind == types.KindNil {
			return nil
		}
		if name, ok := constString(e.Key); ok {
			if t, found := c.member(obj, name); found {
				return t
			}
			return nil
		}
		switch obj.Kind {
		case types.KindArray:
			return obj.Elem
		case types.KindMap:
			return obj.Val
		}
	case *ast.CallExpr:
		if sig := faceSig(face(e.Fn)); sig != nil {
			return types.ResultAt(sig, 0)
		}
	case *ast.MethodCallExpr:
		obj := face(e.Obj)
		if obj == nil || obj.Kind == types.KindOptional || obj.Kind == types.KindNil {
			return nil
		}
		if m, found := c.member(obj, e.Method); found {
			if sig := faceSig(m); sig != nil {
				return types.ResultAt(sig, 0)
			}
		}
	case *ast.UnaryExpr:
		switch e.Op {
		case ast.OpNot:
			return types.Boolean
		case ast.OpLen:
			return types.Integer
		}
		if x := face(e.X); x != nil {
			return faceArith(e.Op == ast.OpBNot, false, x, x)
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case ast.OpEq, ast.OpNe, ast.OpLt, ast.OpLe, ast.OpGt, ast.OpGe:
			return types.Boolean
		case ast.OpConcat:
			return types.String
		}
		l, r := face(e.L), face(e.R)
		if l == nil || r == nil {
			return nil
		}
		return faceArith(e.Op >= ast.OpBAnd && e.Op <= ast.OpShr, e.Op == ast.OpDiv || e.Op == ast.OpPow, l, r)
	case *ast.LogicalExpr:
		l, r := face(e.L), face(e.R)
		if l == nil || r == nil {
			return nil
		}
		if e.And {
			return types.NewUnion(falsy(l), r)
		}
		return types.NewUnion(truthy(l), r)
	}
	return nil
}

// faceIdent is the type of a name: the local being worked out is what is
// assumed of it; another local is its declared type once its declaration
// has been checked (an unannotated one assigned elsewhere is worked out
// the same way), or before that its annotation; a global is its type.
func (c *checker) faceIdent(e *ast.Ident, self *symbol, assumed *types.Type) *types.Type {
	sym := c.res.idents.use(e)
	switch {
	case sym == nil:
		if c.res.globalsAssigned[e.Name] {
			return nil
		}
		return c.globalType(e.Name)
	case sym == self:
		return assumed
	case sym.typ != nil:
		return sym.typ
	case sym.annotation != nil:
		// Declared later in the program (a parameter of a function
		// defined below): its annotation says what it is.
		if t, errs := types.Resolve(sym.annotation, c.tscope); len(errs) == 0 {
			return t
		}
	}
	return nil // declared later, unannotated: not known yet
}

// faceSignature is the signature of a function expression when every
// parameter and result is annotated, nil otherwise (its results would
// have to be inferred from its body).
func (c *checker) faceSignature(f *ast.FunctionExpr) *types.Signature {
	if f.Returns == nil || len(f.TypeParams) > 0 || f.IsVararg && f.VarargType == nil {
		return nil
	}
	sig := &types.Signature{Params: make([]types.Param, len(f.Params))}
	for i, p := range f.Params {
		if i >= len(f.ParamTypes) || f.ParamTypes[i] == nil {
			return nil
		}
		t, errs := types.Resolve(f.ParamTypes[i], c.tscope)
		if len(errs) > 0 {
			return nil
		}
		sig.Params[i] = types.Param{Name: p.Name, Type: t}
	}
	if f.IsVararg {
		t, errs := types.Resolve(f.VarargType, c.tscope)
		if len(errs) > 0 {
			return nil
		}
		sig.Vararg = t
	}
	rs, vr, errs := types.ResolveResults(f.Returns, c.tscope)
	if len(errs) > 0 {
		return nil
	}
	sig.Returns, sig.VarReturn = rs, vr
	return sig
}

// faceSig is the signature of a function type with a known, non-generic
// signature, or nil.
func faceSig(t *types.Type) *types.Signature {
	if t == nil || t.Kind != types.KindFunction || t.Sig == nil || len(t.Sig.TypeParams) > 0 {
		return nil
	}
	return t.Sig
}

// faceArith is the type of an arithmetic or bitwise operation on values
// of types l and r, when both are numbers (else nil: strings convert,
// metamethods may do anything).
func faceArith(bitwise, float bool, l, r *types.Type) *types.Type {
	lc, rc := numberClass(l), numberClass(r)
	switch {
	case lc > opNumber || rc > opNumber:
		return nil
	case bitwise:
		return types.Integer
	case float:
		return types.Number
	case lc == opInteger && rc == opInteger:
		return types.Integer
	}
	return types.Number
}

// numberClass is opInteger or opNumber for number types (unions of them
// included), opDynamic otherwise.
func numberClass(t *types.Type) operandClass {
	if t.Kind == types.KindUnion {
		worst := opInteger
		for _, m := range t.Variants {
			worst = max(worst, numberClass(m))
		}
		return worst
	}
	if k := classOf(t); k <= opNumber {
		return k
	}
	return opDynamic
}
