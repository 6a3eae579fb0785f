package typecheck

import (
	"wippylua/ast"
	"wippylua/stdlib/lstrings"
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
			case vf != nil && vf.Readonly && !wf.Readonly && !v.Open:
				return " (field '" + wf.Name + "' is readonly, and " + show(want) + " lets it be written)"
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
// wrong or "". For a union, the literal must pass the validators of one
// of the members it belongs to.
func violatedValidator(v, want *types.Type) string {
	if v.Kind != types.KindLiteral {
		return ""
	}
	switch want.Kind {
	case types.KindUnion, types.KindOptional:
		first := ""
		for _, m := range unionMembers(want) {
			if !types.Assignable(v, m) {
				continue
			}
			msg := violatedValidator(v, m)
			if msg == "" {
				return ""
			}
			if first == "" {
				first = msg
			}
		}
		return first
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
		case "pattern":
			s, ok1 := v.Lit.(string)
			pat, ok2 := val.Args[0].(string)
			bad = ok1 && ok2 && !findsPattern(s, pat)
		}
		if bad {
			return show(v) + " fails " + "@" + val.Name + "(" + types.LiteralString(val.Args[0]) + ")"
		}
	}
	return ""
}

// patternSteps bounds the matching of one literal against a @pattern.
const patternSteps = 1 << 16

// findsPattern reports whether Lua pattern pat is found in s, as the
// @pattern validator looks for it at run time (typevalue): with
// string.find's rules, a leading ^ anchoring it. A pattern that is
// malformed or too costly to match is given the benefit of the doubt.
func findsPattern(s, pat string) bool {
	anchor := len(pat) > 0 && pat[0] == '^'
	if anchor {
		pat = pat[1:]
	}
	m := lstrings.Matcher{MaxSteps: patternSteps}
	m.Reset(s, pat)
	start, _, err := m.Find(0, anchor, -1)
	return start >= 0 || err != nil
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
