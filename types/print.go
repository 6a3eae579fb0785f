package types

import (
	"math"
	"strconv"
	"strings"
)

// String returns t in the annotation syntax, as a user would write it:
// `{name: string, age?: number}`, `{string}`, `{[string]: number}`,
// `number?`, `"a" | "b"`, `(number, string) -> boolean`, `<T>(T) -> T`,
// `number @min(1)`.
//
// The outermost type prints its structure even when it has a Name; a named
// type nested inside another prints as its name (with its type arguments),
// which keeps recursive types finite. An optional whose inner type is a
// union prints as the union with a trailing `| nil`.
// Every output parses back to an equal type.
func (t *Type) String() string {
	if t == nil {
		return "<nil type>"
	}
	var p printer
	p.typ(t, precUnion, true)
	return p.b.String()
}

// Precedence levels of the type syntax, loosest first: a type printed at a
// level tighter than its own is parenthesised.
const (
	precUnion   = iota // A | B
	precInter          // A & B
	precPostfix        // T?, T @v(...), and the operand of those
)

type printer struct{ b strings.Builder }

func (p *printer) w(s string) { p.b.WriteString(s) }

// typ prints t where a type of precedence prec is expected. top is true for
// the outermost type, whose structure is printed even when it is named.
func (p *printer) typ(t *Type, prec int, top bool) {
	if !top && t.Name != "" {
		p.name(t)
		return
	}
	if len(t.Validators) > 0 {
		// The validators apply to the whole type: `(A | B) @min(1)`.
		p.paren(prec > precPostfix, func() {
			p.structure(t, precPostfix)
			for _, v := range t.Validators {
				p.w(" ")
				p.validator(v)
			}
		})
		return
	}
	p.structure(t, prec)
}

// name prints a reference to a named type: `Name` or `Name<A, B>`.
func (p *printer) name(t *Type) {
	p.w(t.Name)
	if len(t.Args) > 0 {
		p.w("<")
		p.list(t.Args)
		p.w(">")
	}
}

func (p *printer) paren(on bool, body func()) {
	if on {
		p.w("(")
	}
	body()
	if on {
		p.w(")")
	}
}

// structure prints t ignoring its name and validators.
func (p *printer) structure(t *Type, prec int) {
	switch t.Kind {
	case KindLiteral:
		p.w(LiteralString(t.Lit))
	case KindParam:
		p.w(t.Name)
	case KindOptional:
		inner := t.Inner
		if inner.Name == "" && len(inner.Validators) == 0 && inner.Kind == KindUnion {
			// `A | B | nil` reads better than `(A | B)?`.
			p.paren(prec > precUnion, func() {
				p.joined(inner.Variants, " | ", precInter)
				p.w(" | nil")
			})
			return
		}
		p.typ(inner, precPostfix, false)
		p.w("?")
	case KindUnion:
		p.paren(prec > precUnion, func() { p.joined(t.Variants, " | ", precInter) })
	case KindIntersection:
		p.paren(prec > precInter, func() { p.joined(t.Variants, " & ", precPostfix) })
	case KindRecord:
		p.record(t)
	case KindArray:
		p.w("{")
		p.typ(t.Elem, precUnion, false)
		p.w("}")
	case KindMap:
		p.w("{[")
		p.typ(t.Key, precUnion, false)
		p.w("]: ")
		p.typ(t.Val, precUnion, false)
		p.w("}")
	case KindFunction:
		if t.Sig == nil {
			p.w("function")
			return
		}
		// A function type's result extends as far as a type can, so it
		// must be parenthesised inside any operator.
		p.paren(prec > precUnion, func() { p.signature(t.Sig) })
	default:
		p.w(t.Kind.String())
	}
}

// joined prints ts separated by sep, each at precedence prec.
func (p *printer) joined(ts []*Type, sep string, prec int) {
	for i, v := range ts {
		if i > 0 {
			p.w(sep)
		}
		p.typ(v, prec, false)
	}
}

// list prints a comma-separated list of types.
func (p *printer) list(ts []*Type) { p.joined(ts, ", ", precUnion) }

func (p *printer) record(t *Type) {
	p.w("{")
	for i, f := range t.Fields {
		if i > 0 {
			p.w(", ")
		}
		if f.Readonly {
			p.w("readonly ")
		}
		p.w(f.Name)
		if f.Optional {
			p.w("?")
		}
		p.w(": ")
		p.typ(f.Type, precUnion, false)
	}
	p.w("}")
}

func (p *printer) signature(s *Signature) {
	if len(s.TypeParams) > 0 {
		p.w("<")
		for i, tp := range s.TypeParams {
			if i > 0 {
				p.w(", ")
			}
			p.w(tp.Name)
			if tp.Constraint != nil {
				p.w(": ")
				p.typ(tp.Constraint, precUnion, false)
			}
		}
		p.w(">")
	}
	p.w("(")
	for i, prm := range s.Params {
		if i > 0 {
			p.w(", ")
		}
		if prm.Name != "" {
			p.w(prm.Name)
			p.w(": ")
		}
		p.typ(prm.Type, precUnion, false)
	}
	if s.Vararg != nil {
		if len(s.Params) > 0 {
			p.w(", ")
		}
		p.w("...")
		p.typ(s.Vararg, precPostfix, false)
	}
	p.w(") -> ")
	p.results(s.Returns, s.VarReturn)
}

// results prints the result list of a function type: a single type, or a
// parenthesised list when there are zero or several, or variadic results.
func (p *printer) results(rs []*Type, vr *Type) {
	if len(rs) == 1 && vr == nil {
		r := rs[0]
		// A lone parenthesised function type would read as a result list.
		p.typ(r, precUnion, false)
		return
	}
	p.w("(")
	p.list(rs)
	if vr != nil {
		if len(rs) > 0 {
			p.w(", ")
		}
		p.w("...")
		p.typ(vr, precPostfix, false)
	}
	p.w(")")
}

func (p *printer) validator(v Validator) {
	p.w("@")
	p.w(v.Name)
	p.w("(")
	for i, a := range v.Args {
		if i > 0 {
			p.w(", ")
		}
		p.w(LiteralString(a))
	}
	p.w(")")
}

// LiteralString writes a literal value (string, int64, float64 or bool) as
// Lua source: strings quoted with Lua escapes, floats always with a '.' or
// an exponent so that they read back as floats.
func LiteralString(v any) string {
	switch v := v.(type) {
	case string:
		return quoteLua(v)
	case int64:
		if v == math.MinInt64 {
			// "-9223372036854775808" would read back as a float: its
			// digits overflow an integer before the minus applies.
			return "0x8000000000000000"
		}
		return strconv.FormatInt(v, 10)
	case float64:
		return formatFloat(v)
	case bool:
		if v {
			return "true"
		}
		return "false"
	case nil:
		return "nil"
	}
	return "?"
}

// formatFloat formats a float in the shortest form that reads back to the
// same value (not Lua's "%.14g", which loses digits), adding ".0" to
// integral values so that they read back as floats. Non-finite values have
// no literal; they print as numerals that overflow to infinity.
func formatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "1e9999"
	case math.IsInf(f, -1):
		return "-1e9999"
	case math.IsNaN(f):
		return "(0/0)"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".en") {
		s += ".0"
	}
	return s
}

// quoteLua quotes s as a Lua short string. Bytes outside printable ASCII
// use decimal escapes, which Lua reads back byte for byte.
func quoteLua(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			// Always three digits, so that a digit after it is not
			// read as part of the escape.
			d := strconv.Itoa(int(c))
			b.WriteString(`\` + strings.Repeat("0", 3-len(d)) + d)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
