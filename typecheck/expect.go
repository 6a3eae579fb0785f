package typecheck

import (
	"wippylua/ast"
	"wippylua/types"
)

// Expectations: checking a value against the type expected where it is
// used, with messages that say why it does not fit.

// expectAt reports a value of type v where want is expected, unless it is
// assignable. what describes the expectation, lazily.
func (c *checker) expectAt(blame ast.Node, v, want *types.Type, what func() string) bool {
	if c.assignable(v, want) {
		if msg := violatedValidator(v, want); msg != "" {
			c.errorAt(blame, Validation, "%s, for %s", msg, what())
			return false
		}
		return true
	}
	c.errorAt(blame, TypeMismatch, "expected %s, got %s, for %s%s", show(want), show(v), what(), c.explain(v, want))
	return false
}

// explain says which field or element makes two table types differ, when
// that is easy to tell: " (field 'x': expected number, got string)".
func (c *checker) explain(v, want *types.Type) string {
	v, want = types.NonNil(v), types.NonNil(want)
	switch {
	case v.Kind == types.KindRecord && want.Kind == types.KindRecord:
		for _, wf := range want.Fields {
			vf := v.Field(wf.Name)
			switch {
			case vf == nil && !wf.Optional && !v.Open:
				return " (field '" + wf.Name + "' is missing)"
			case vf != nil && !c.assignable(vf.Value(), wf.Value()):
				return " (field '" + wf.Name + "': expected " + show(wf.Value()) + ", got " + show(vf.Value()) + ")"
			case vf != nil && !v.Open && !wf.Readonly && !c.assignable(wf.Value(), vf.Value()):
				return " (field '" + wf.Name + "' is " + show(vf.Value()) + ", which differs from " + show(wf.Value()) + ": mutable fields must match exactly)"
			}
		}
	case v.Kind == types.KindArray && want.Kind == types.KindArray && !v.Open &&
		c.assignable(v.Elem, want.Elem) && !c.assignable(want.Elem, v.Elem):
		return " (arrays are mutable: their element types must match exactly)"
	}
	return ""
}

// violatedValidator checks a literal against the validators of the type
// it is assigned to (the run time would reject it), returning what is
// wrong or "".
func violatedValidator(v, want *types.Type) string {
	if v.Kind != types.KindLiteral || len(want.Validators) == 0 {
		return ""
	}
	for _, val := range want.Validators {
		if len(val.Args) != 1 {
			continue
		}
		bad := false
		switch val.Name {
		case "min", "max":
			x, ok1 := number(v.Lit)
			lim, ok2 := number(val.Args[0])
			bad = ok1 && ok2 && (val.Name == "min" && x < lim || val.Name == "max" && x > lim)
		case "min_len", "max_len":
			s, ok1 := v.Lit.(string)
			lim, ok2 := number(val.Args[0])
			n := float64(len(s))
			bad = ok1 && ok2 && (val.Name == "min_len" && n < lim || val.Name == "max_len" && n > lim)
		}
		if bad {
			return show(v) + " fails " + "@" + val.Name + "(" + types.LiteralString(val.Args[0]) + ")"
		}
	}
	return ""
}

func number(v any) (float64, bool) {
	switch x := v.(type) {
	case int64:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}
