package typevalue

import (
	"strconv"
	"strings"

	"wippylua/lexer"
	"wippylua/types"
	"wippylua/vm"
)

// mismatch is why a value does not conform: a message and where in the
// value the problem is.
type mismatch struct {
	// path holds the steps from the checked value to the offending part,
	// innermost first: the check appends them while returning.
	path []segment
	msg  string
	// precise is set when the message says more than "expected T" of an
	// enclosing optional could (a validator failed, the value is too
	// deep).
	precise bool
}

// segment is one step into a value: a record field or a table key.
type segment struct {
	field string
	key   vm.Value // when field is ""
}

func fieldSeg(name string) segment { return segment{field: name} }
func indexSeg(k vm.Value) segment  { return segment{key: k} }
func (mm *mismatch) at(s segment) *mismatch {
	if mm != errQuiet {
		mm.path = append(mm.path, s)
	}
	return mm
}

// Error renders the mismatch as "user.tags[2]: expected string, got
// number"; a mismatch of the value itself has no path.
func (mm *mismatch) Error() string {
	if len(mm.path) == 0 {
		return mm.msg
	}
	var b strings.Builder
	for i := len(mm.path) - 1; i >= 0; i-- {
		if i == len(mm.path)-1-pathEnds && i > pathEnds {
			// A very long path (a deep recursive value): its two ends
			// say where the problem is.
			b.WriteString("[...]")
			i = pathEnds - 1
		}
		switch s := mm.path[i]; {
		case s.field != "" && isName(s.field):
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(s.field)
		case s.field != "":
			b.WriteString("[" + types.LiteralString(s.field) + "]")
		default:
			b.WriteString("[" + valueText(s.key) + "]")
		}
	}
	b.WriteString(": ")
	b.WriteString(mm.msg)
	return b.String()
}

// pathEnds is how many steps of each end of a long path a message shows.
const pathEnds = 10

// isName reports whether s can be written after a dot.
func isName(s string) bool {
	if _, reserved := lexer.Keywords[s]; s == "" || reserved {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// valueText shows a value in a message: scalars as literals (strings
// quoted), anything else by its type.
func valueText(v vm.Value) string {
	switch {
	case v.IsInt():
		return strconv.FormatInt(v.AsInt(), 10)
	case v.IsFloat():
		return vm.FormatFloat(v.AsFloat())
	case v.IsString():
		s := v.AsString()
		if len(s) > 40 {
			s = s[:37] + "..."
		}
		return types.LiteralString(s)
	case v.Kind() == vm.KindBool:
		return strconv.FormatBool(v.AsBool())
	case v.IsNil():
		return "nil"
	}
	return v.TypeName()
}

// typeText names a type in a message: by its alias when it has one (so
// that a recursive or large record reads as its name), else in full.
func typeText(t *types.Type) string {
	if t.Name == "" || t.Kind == types.KindParam {
		return t.String()
	}
	s := t.Name
	if len(t.Args) > 0 {
		args := make([]string, len(t.Args))
		for i, a := range t.Args {
			args[i] = typeText(a)
		}
		s += "<" + strings.Join(args, ", ") + ">"
	}
	return s
}
