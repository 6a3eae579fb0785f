package typecheck

import (
	"strconv"
	"strings"

	"wippylua/ast"
	"wippylua/types"
)

// Checking the arguments of a call against a signature.

// arityFits reports whether a function of signature s takes n arguments.
func arityFits(s *types.Signature, n int) bool {
	if n > len(s.Params) && s.Vararg == nil {
		return false
	}
	for i := n; i < len(s.Params); i++ {
		if !types.Assignable(types.Nil, s.Params[i].Type) {
			return false
		}
	}
	return true
}

// coerces reports whether Lua converts a value of type a to what a library
// function declares as p: numbers where strings are expected, numeric
// string literals where numbers are.
func (c *checker) coerces(a, p *types.Type) bool {
	if isNumberish(a) && c.assignable(types.String, p) {
		return true
	}
	if s, ok := a.Lit.(string); ok && a.Kind == types.KindLiteral && c.assignable(types.Number, p) {
		return isNumeric(s)
	}
	return false
}

// isNumeric reports whether Lua converts string s to a number.
func isNumeric(s string) bool {
	s = strings.TrimSpace(s)
	if _, err := strconv.ParseFloat(s, 64); err == nil {
		return true
	}
	_, err := strconv.ParseInt(s, 0, 64)
	return err == nil
}

// librarySig describes the instances of generic library functions.
var librarySig = &sigInfo{name: "library function"}

// checkFreshConstraints checks table constructors passed for a
// constrained type parameter: the constructor is complete, so a required
// field of the constraint that it lacks is missing for good (the lenient
// conversion of inferred tables would let it pass).
func (c *checker) checkFreshConstraints(site callSite, sig *types.Signature, inf *inference, vals pack) {
	off := 0
	if site.self != nil {
		off = 1
	}
	for i, a := range site.args {
		if _, ok := a.(*ast.TableExpr); !ok || i >= len(vals.ts) {
			continue
		}
		p := paramType(sig, i+off)
		if p == nil || p.Kind != types.KindParam || p.Constraint == nil {
			continue
		}
		want := types.NonNil(inf.apply(p.Constraint))
		got := vals.ts[i]
		if want.Kind != types.KindRecord || got.Kind != types.KindRecord {
			continue
		}
		for _, f := range want.Fields {
			if !f.Optional && got.Field(f.Name) == nil && !types.Assignable(types.Nil, f.Type) && c.reportsCall(site) {
				c.errorAt(a, GenericConstraint, "type argument %s inferred for %s of '%s' does not satisfy its constraint %s: missing field '%s'",
					show(got), p.Name, site.name(), show(want), f.Name)
			}
		}
	}
}

// annotatedSig reports whether a signature is an expectation written by
// the user: a function type from an annotation, or a function defined with
// an annotation. Library signatures and unannotated functions are not.
func (c *checker) annotatedSig(sig *types.Signature) bool {
	if si := c.sigs[sig]; si != nil {
		return si.annotated
	}
	return !c.env.library[sig]
}

// reportsCall reports whether problems of a call are reported: calls of
// functions with annotated signatures always, others by strictness.
func (c *checker) reportsCall(site callSite) bool {
	return c.strictAt(site.fn) || c.anyTyped(site.args)
}

// checkArgs checks argument types against a (non-generic) signature. With
// report false it only answers whether they fit.
func (c *checker) checkArgs(site callSite, sig *types.Signature, vals pack, report bool) bool {
	si := c.sigs[sig]
	annotated := c.annotatedSig(sig)
	off := 0
	if site.self != nil {
		off = 1
	}
	ok := true
	// where names the parameter and where it is declared, for messages.
	where := func(i int) string {
		if i >= len(sig.Params) || sig.Params[i].Name == "" {
			return ""
		}
		w := " (parameter '" + sig.Params[i].Name + "'"
		if si != nil && si.decl != nil && i < len(si.decl.Params) {
			w += " declared at " + posText(si.decl.Params[i].Pos)
		}
		return w + ")"
	}
	argNo := func(i int) string {
		if i < off {
			return "the receiver of '" + site.name() + "'"
		}
		return "argument #" + itoa(i-off+1) + " of '" + site.name() + "'"
	}
	for i, p := range sig.Params {
		var at *types.Type
		var blame ast.Node
		j := i - off
		switch {
		case i < off:
			at, blame = site.self, site.selfExpr
		case j < len(vals.ts):
			at, blame = vals.ts[j], valueNode(site.args, j, site.node)
		case vals.rest != nil:
			at, blame = types.NewOptional(vals.rest), valueNode(site.args, len(site.args)-1, site.node)
		}
		if at == nil {
			if !c.assignable(types.Nil, p.Type) {
				ok = false
				if report && (annotated || c.reportsCall(site)) {
					c.errorAt(callEnd(site), ArgCount, "missing %s%s: expected %s", argNo(i), where(i), show(p.Type))
				}
			}
			continue
		}
		if !c.assignable(at, p.Type) && (annotated || !c.coerces(at, p.Type)) {
			ok = false
			if report && (annotated || c.strictAt(exprOf(blame)) || c.fn.strict) {
				c.errorAt(blame, TypeMismatch, "expected %s, got %s, for %s%s%s", show(p.Type), show(at), argNo(i), where(i), c.explain(at, p.Type))
			}
		} else if msg := violatedValidator(at, p.Type); msg != "" && report {
			c.errorAt(blame, Validation, "%s, for %s%s", msg, argNo(i), where(i))
		}
	}
	if sig.Vararg == nil {
		// Values a multi-valued last argument adds are dropped silently,
		// as Lua does; arguments written out are mistakes.
		if extra := len(site.args) + off - len(sig.Params); extra > 0 {
			ok = false
			// An unannotated function just ignores what it did not ask for.
			if report && (annotated || c.env.library[sig] || c.sigs[sig] == librarySig) && (annotated || c.reportsCall(site)) {
				if n := len(sig.Params) - off; n >= 0 {
					c.errorAt(site.args[n], ArgCount, "'%s' takes %d argument%s, got %d", site.name(), n, plural(n), len(site.args))
				} else {
					c.errorAt(site.selfExpr, ArgCount, "'%s' is called with ':' but takes no parameters: the receiver is an extra argument", site.name())
				}
			}
		}
	} else {
		if vals.rest != nil && !c.assignable(vals.rest, sig.Vararg) && (annotated || !c.coerces(vals.rest, sig.Vararg)) {
			ok = false
			blame := valueNode(site.args, len(site.args)-1, site.node)
			if report && (annotated || c.strictAt(exprOf(blame))) {
				c.errorAt(blame, TypeMismatch, "expected %s, got %s, for the extra arguments of '%s'", show(sig.Vararg), show(vals.rest), site.name())
			}
		}
		for j := len(sig.Params) - off; j < len(vals.ts); j++ {
			if j < 0 || c.assignable(vals.ts[j], sig.Vararg) || !annotated && c.coerces(vals.ts[j], sig.Vararg) {
				continue
			}
			ok = false
			blame := valueNode(site.args, j, site.node)
			if report && (annotated || c.strictAt(exprOf(blame))) {
				c.errorAt(blame, TypeMismatch, "expected %s, got %s, for argument #%d of '%s'", show(sig.Vararg), show(vals.ts[j]), j+1, site.name())
			}
		}
	}
	return ok
}

// exprOf returns n as an expression when it is one.
func exprOf(n ast.Node) ast.Expr {
	e, _ := n.(ast.Expr)
	return e
}

// callEnd is where a missing argument is reported: the call's opening
// parenthesis.
func callEnd(site callSite) ast.Node {
	switch e := site.node.(type) {
	case *ast.CallExpr:
		return posNode{e.Pos}
	case *ast.MethodCallExpr:
		return posNode{e.ArgsPos}
	}
	return site.node
}

// ---------------------------------------------------------------------------
// Calls the checker knows more about than their signatures say
