package typecheck

import (
	"strconv"

	"wippylua/ast"
	"wippylua/stdlib/lstrings"
	"wippylua/types"
)

// string.format with a literal format string: the conversions say what
// each argument must be, as the library checks at run time (the items
// are parsed by lstrings, as the library does):
//
//	%d %i %o %u %x %X %c   an integer, or a float or numeric string
//	                       literal with an integer value
//	%a %A %e %E %f %g %G   a number (or a numeric string literal)
//	%q                     a string, number, boolean or nil
//	%s                     anything (tostring)
//	%%                     no argument
//
// Any other conversion, an item the library rejects (repeated flags, a
// width of three digits) or a format ending in '%' is a BadFormat error,
// and so is a conversion without an argument; extra arguments are
// ignored, as at run time. Problems are reported as those of other
// library calls: in strict code, or when the argument is typed.

// formatArgs checks the call site of string.format (s:format(...) too):
// vals are the argument types after the format string.
func (c *checker) formatArgs(site callSite, fmtExpr ast.Expr, fmtType *types.Type, args []ast.Expr, vals pack) {
	f, ok := literalString(fmtExpr, fmtType)
	if !ok {
		return
	}
	strict := c.strictAt(fmtExpr)
	arg := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		start := i
		i++
		if i < len(f) && f[i] == '%' {
			continue
		}
		sp, next, err := lstrings.ParseSpec(f, i)
		item := f[start:min(next, len(f))]
		i = next - 1
		switch {
		case err != nil:
			if strict {
				c.errorAt(fmtExpr, BadFormat, "format item '%s': %s", badItem(f, start), err.Error())
			}
			return
		case sp.Verb == 0:
			if strict {
				c.errorAt(fmtExpr, BadFormat, "format ends in '%s' without a conversion", item)
			}
			return
		}
		want := formatWants(sp.Verb)
		if want == formatInvalid {
			if strict {
				c.errorAt(fmtExpr, BadFormat, "invalid conversion '%s' (valid: %%d %%i %%o %%u %%x %%X %%c %%a %%A %%e %%E %%f %%g %%G %%q %%s %%%%)", item)
			}
			return
		}
		if arg >= len(vals.ts) && vals.rest == nil {
			if strict || c.anyTyped(args) {
				c.errorAt(site.node, ArgCount, "format item '%s' has no argument: the format needs %s", item, formatCount(f))
			}
			return
		}
		t := vals.at(arg)
		node := valueNode(args, arg, site.node)
		if !formatAccepts(want, t) && (strict || c.typedNode(node)) {
			c.errorAt(node, TypeMismatch, "expected %s for format item '%s', got %s", formatWantText[want], item, show(t))
		}
		arg++
	}
}

// badItem is the text of the format item starting at f[start] that the
// library rejects: up to its conversion letter.
func badItem(f string, start int) string {
	for j := start + 1; j < len(f); j++ {
		if c := f[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			return f[start : j+1]
		}
	}
	return f[start:]
}

// typedNode is typedExpr of a node that is an expression.
func (c *checker) typedNode(n ast.Node) bool {
	e, ok := n.(ast.Expr)
	return ok && c.typedExpr(e)
}

// literalString returns the value of a format string known statically: a
// literal expression, or a value of a literal string type.
func literalString(e ast.Expr, t *types.Type) (string, bool) {
	for {
		p, ok := e.(*ast.ParenExpr)
		if !ok {
			break
		}
		e = p.X
	}
	if s, ok := constString(e); ok {
		return s, true
	}
	if t != nil && t.Kind == types.KindLiteral {
		s, ok := t.Lit.(string)
		return s, ok
	}
	return "", false
}

// formatWant is what a conversion takes.
type formatWant uint8

const (
	formatInvalid formatWant = iota
	formatInteger
	formatNumber
	formatLiteral // %q
	formatAnything
)

var formatWantText = [...]string{
	formatInteger:  "an integer",
	formatNumber:   "a number",
	formatLiteral:  "a string, number, boolean or nil",
	formatAnything: "a value",
}

func formatWants(verb byte) formatWant {
	switch verb {
	case 'd', 'i', 'o', 'u', 'x', 'X', 'c':
		return formatInteger
	case 'a', 'A', 'e', 'E', 'f', 'g', 'G':
		return formatNumber
	case 'q':
		return formatLiteral
	case 's':
		return formatAnything
	}
	return formatInvalid
}

// formatAccepts reports whether every value of type t suits a conversion.
func formatAccepts(want formatWant, t *types.Type) bool {
	switch t.Kind {
	case types.KindAny, types.KindNever, types.KindUnknown:
		return want != formatInvalid // left to the run time
	case types.KindUnion:
		for _, m := range t.Variants {
			if !formatAccepts(want, m) {
				return false
			}
		}
		return true
	case types.KindOptional:
		return formatAccepts(want, t.Inner) && formatAccepts(want, types.Nil)
	case types.KindParam:
		if t.Constraint != nil {
			return formatAccepts(want, t.Constraint)
		}
		return want == formatAnything
	}
	switch want {
	case formatAnything:
		return true
	case formatInteger:
		switch t.Kind {
		case types.KindInteger:
			return true
		case types.KindLiteral:
			switch v := t.Lit.(type) {
			case int64:
				return true
			case float64:
				return v == float64(int64(v))
			case string:
				n, err := strconv.ParseFloat(v, 64)
				return err == nil && n == float64(int64(n))
			}
		}
	case formatNumber:
		switch t.Kind {
		case types.KindInteger, types.KindNumber:
			return true
		case types.KindLiteral:
			switch v := t.Lit.(type) {
			case int64, float64:
				return true
			case string:
				return isNumeric(v)
			}
		}
	case formatLiteral:
		switch t.Kind {
		case types.KindString, types.KindNumber, types.KindInteger, types.KindBoolean, types.KindNil, types.KindLiteral:
			return true
		}
	}
	return false
}

// formatCount describes how many arguments a format takes.
func formatCount(f string) string {
	n := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		if i+1 < len(f) && f[i+1] == '%' {
			i++
			continue
		}
		n++
	}
	return strconv.Itoa(n) + " argument" + plural(n)
}
