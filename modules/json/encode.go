package json

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"wippylua/modules/errors"
	"wippylua/vm"
)

// MaxDepth bounds the nesting of arrays and objects in both directions,
// so hostile or cyclic-looking input fails cleanly instead of exhausting
// the Go stack.
const MaxDepth = 1000

// Error is a failure to encode or decode; its message is what the Lua
// error value of kind INVALID carries.
type Error struct{ Msg string }

func (e *Error) Error() string { return e.Msg }

type encoder struct {
	s    *vm.State
	buf  []byte
	max  int
	path []vm.Value // keys from the root to the value being written
	seen map[*vm.Table]bool
}

// Encode returns the JSON text of v (see the package documentation for
// the mapping). Failures are *Error.
func Encode(s *vm.State, v vm.Value) (string, error) {
	e := &encoder{s: s, max: s.MaxStringLen, seen: map[*vm.Table]bool{}}
	if err := e.value(v, 0); err != nil {
		return "", err
	}
	return string(e.buf), nil
}

func (e *encoder) fail(format string, args ...any) error {
	return &Error{Msg: fmt.Sprintf(format, args...) + " at " + e.where()}
}

// where renders the current path as "$.a[2]["odd key"]".
func (e *encoder) where() string {
	var b strings.Builder
	b.WriteByte('$')
	for _, k := range e.path {
		if k.IsInt() {
			fmt.Fprintf(&b, "[%d]", k.AsInt())
		} else if s := k.AsString(); isIdent(s) {
			b.WriteByte('.')
			b.WriteString(s)
		} else {
			b.WriteString("[")
			b.WriteString(strconv.Quote(s))
			b.WriteString("]")
		}
	}
	return b.String()
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9' {
			continue
		}
		return false
	}
	return true
}

func (e *encoder) value(v vm.Value, depth int) error {
	if e.max > 0 && len(e.buf) > e.max {
		return e.fail("output too large")
	}
	switch v.Kind() {
	case vm.KindNil:
		e.buf = append(e.buf, "null"...)
	case vm.KindBool:
		e.buf = strconv.AppendBool(e.buf, v.AsBool())
	case vm.KindInt:
		e.buf = strconv.AppendInt(e.buf, v.AsInt(), 10)
	case vm.KindFloat:
		f := v.AsFloat()
		if math.IsNaN(f) || math.IsInf(f, 0) {
			// Spelled out rather than via Lua's "-nan"/"inf", whose sign
			// for NaN depends on the platform.
			what := "NaN"
			if math.IsInf(f, 1) {
				what = "inf"
			} else if math.IsInf(f, -1) {
				what = "-inf"
			}
			return e.fail("cannot encode %s", what)
		}
		start := len(e.buf)
		e.buf = strconv.AppendFloat(e.buf, f, 'g', -1, 64)
		// Keep floats floats across a round trip: "3" would decode as an
		// integer.
		if !slices.ContainsFunc(e.buf[start:], func(c byte) bool { return c == '.' || c == 'e' }) {
			e.buf = append(e.buf, ".0"...)
		}
	case vm.KindString:
		return e.str(v.AsString())
	case vm.KindTable:
		return e.table(v.AsTable(), depth)
	case vm.KindUserdata:
		if isNull(v) {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		if er, ok := errors.Get(v); ok {
			return e.str(er.Error())
		}
		return e.fail("cannot encode userdata")
	default:
		return e.fail("cannot encode %s", v.TypeName())
	}
	return nil
}

func (e *encoder) str(s string) error {
	if !utf8.ValidString(s) {
		return e.fail("cannot encode string with invalid UTF-8")
	}
	e.buf = appendQuoted(e.buf, s)
	return nil
}

const hexDigits = "0123456789abcdef"

// appendQuoted writes s as a JSON string; s is valid UTF-8.
func appendQuoted(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"', '\\':
			b = append(b, '\\', c)
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// shape is what a table's keys make of it.
type shape int

const (
	shapeEmpty shape = iota
	shapeArray
	shapeObject
	shapeBad
)

func (e *encoder) table(t *vm.Table, depth int) error {
	if depth >= MaxDepth {
		return e.fail("nesting deeper than %d", MaxDepth)
	}
	if e.seen[t] {
		return e.fail("cannot encode table with cycles")
	}
	e.seen[t] = true
	defer delete(e.seen, t)

	sh, n, keys := classify(t)
	mark := marker(t)
	switch {
	case sh == shapeBad,
		mark == "array" && sh == shapeObject,
		mark == "object" && sh == shapeArray:
		return e.fail("cannot encode table with mixed or non-string keys")
	case sh == shapeArray || sh == shapeEmpty && mark == "array":
		e.buf = append(e.buf, '[')
		for i := int64(1); i <= n; i++ {
			if i > 1 {
				e.buf = append(e.buf, ',')
			}
			e.path = append(e.path, vm.Int(i))
			if err := e.value(t.GetInt(i), depth+1); err != nil {
				return err
			}
			e.path = e.path[:len(e.path)-1]
		}
		e.buf = append(e.buf, ']')
	default:
		slices.Sort(keys)
		e.buf = append(e.buf, '{')
		for i, k := range keys {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			kv := vm.String(k)
			e.path = append(e.path, kv)
			if err := e.str(k); err != nil {
				return err
			}
			e.buf = append(e.buf, ':')
			if err := e.value(t.GetStr(k), depth+1); err != nil {
				return err
			}
			e.path = e.path[:len(e.path)-1]
		}
		e.buf = append(e.buf, '}')
	}
	return nil
}

// classify inspects the keys of t: an array has exactly the keys 1..n,
// an object only string keys (returned for sorting).
func classify(t *vm.Table) (sh shape, n int64, keys []string) {
	var count int64
	ints, strs := false, false
	maxInt := int64(0)
	k := vm.Nil
	for {
		nk, _, ok := t.Next(k)
		if !ok || nk.IsNil() {
			break
		}
		k = nk
		count++
		switch {
		case nk.IsInt() && nk.AsInt() >= 1:
			ints = true
			maxInt = max(maxInt, nk.AsInt())
		case nk.IsString():
			strs = true
			keys = append(keys, nk.AsString())
		default:
			return shapeBad, 0, nil
		}
		if ints && strs {
			return shapeBad, 0, nil
		}
	}
	switch {
	case count == 0:
		return shapeEmpty, 0, nil
	case strs:
		return shapeObject, 0, keys
	case maxInt == count: // distinct positive integers up to count: 1..count
		return shapeArray, count, nil
	}
	return shapeBad, 0, nil
}

// marker returns the __jsontype field of t's metatable, if any.
func marker(t *vm.Table) string {
	mt := t.Metatable()
	if mt == nil {
		return ""
	}
	m := mt.GetStr("__jsontype")
	if !m.IsString() {
		return ""
	}
	return m.AsString()
}
