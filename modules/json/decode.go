package json

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"wippylua/vm"
)

type decoder struct {
	s     *vm.State
	src   string
	pos   int // byte offset of the next unread byte
	null  vm.Value
	array *vm.Table
	buf   []byte // scratch for strings with escapes
}

// Decode parses one JSON text (RFC 8259: no comments, no trailing commas,
// nothing but whitespace around the value). Failures are *Error.
func Decode(s *vm.State, text string) (vm.Value, error) {
	d := &decoder{s: s, src: text, null: Null(s), array: arrayMeta(s)}
	v, err := d.value(0)
	if err != nil {
		return vm.Nil, err
	}
	d.skipSpace()
	if d.pos < len(d.src) {
		return vm.Nil, d.unexpected()
	}
	if v == d.null {
		v = vm.Nil // a top-level null is simply nil
	}
	return v, nil
}

// failAt reports an error at byte offset off (shown 1-based).
func (d *decoder) failAt(off int, format string, args ...any) error {
	return &Error{Msg: fmt.Sprintf(format, args...) + fmt.Sprintf(" at position %d", off+1)}
}

// unexpected reports the byte at pos (or the end of the input).
func (d *decoder) unexpected() error {
	if d.pos >= len(d.src) {
		return d.failAt(d.pos, "unexpected end of input")
	}
	c := d.src[d.pos]
	if c >= 0x20 && c < 0x7f {
		return d.failAt(d.pos, "unexpected character '%c'", c)
	}
	return d.failAt(d.pos, "unexpected byte 0x%02x", c)
}

func (d *decoder) skipSpace() {
	for d.pos < len(d.src) {
		switch d.src[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func (d *decoder) literal(word string, v vm.Value) (vm.Value, error) {
	for i := 0; i < len(word); i++ {
		if d.pos >= len(d.src) || d.src[d.pos] != word[i] {
			return vm.Nil, d.unexpected()
		}
		d.pos++
	}
	return v, nil
}

// value parses a value; null comes back as the sentinel so that callers
// can tell it from a missing value.
func (d *decoder) value(depth int) (vm.Value, error) {
	d.skipSpace()
	if d.pos >= len(d.src) {
		return vm.Nil, d.unexpected()
	}
	switch c := d.src[d.pos]; {
	case c == '{':
		return d.object(depth)
	case c == '[':
		return d.arr(depth)
	case c == '"':
		s, err := d.str()
		return vm.String(s), err
	case c == 't':
		return d.literal("true", vm.True)
	case c == 'f':
		return d.literal("false", vm.False)
	case c == 'n':
		return d.literal("null", d.null)
	case c == '-' || c >= '0' && c <= '9':
		return d.number()
	}
	return vm.Nil, d.unexpected()
}

func (d *decoder) enter(depth int) error {
	if depth >= MaxDepth {
		return d.failAt(d.pos, "nesting deeper than %d", MaxDepth)
	}
	d.pos++ // the opening bracket
	return nil
}

func (d *decoder) arr(depth int) (vm.Value, error) {
	if err := d.enter(depth); err != nil {
		return vm.Nil, err
	}
	t := vm.NewTable(0, 0)
	t.SetMetatable(d.array)
	d.skipSpace()
	if d.pos < len(d.src) && d.src[d.pos] == ']' {
		d.pos++
		return vm.TableValue(t), nil
	}
	for n := int64(1); ; n++ {
		v, err := d.value(depth + 1)
		if err != nil {
			return vm.Nil, err
		}
		t.SetInt(n, v)
		d.skipSpace()
		if d.pos >= len(d.src) {
			return vm.Nil, d.unexpected()
		}
		switch d.src[d.pos] {
		case ',':
			d.pos++
		case ']':
			d.pos++
			return vm.TableValue(t), nil
		default:
			return vm.Nil, d.unexpected()
		}
	}
}

func (d *decoder) object(depth int) (vm.Value, error) {
	if err := d.enter(depth); err != nil {
		return vm.Nil, err
	}
	t := vm.NewTable(0, 0)
	d.skipSpace()
	if d.pos < len(d.src) && d.src[d.pos] == '}' {
		d.pos++
		return vm.TableValue(t), nil
	}
	for {
		d.skipSpace()
		if d.pos >= len(d.src) || d.src[d.pos] != '"' {
			return vm.Nil, d.unexpected()
		}
		k, err := d.str()
		if err != nil {
			return vm.Nil, err
		}
		d.skipSpace()
		if d.pos >= len(d.src) || d.src[d.pos] != ':' {
			return vm.Nil, d.unexpected()
		}
		d.pos++
		v, err := d.value(depth + 1)
		if err != nil {
			return vm.Nil, err
		}
		if v == d.null {
			v = vm.Nil // null members are absent; also undoes an earlier duplicate
		}
		t.SetStr(k, v)
		d.skipSpace()
		if d.pos >= len(d.src) {
			return vm.Nil, d.unexpected()
		}
		switch d.src[d.pos] {
		case ',':
			d.pos++
		case '}':
			d.pos++
			return vm.TableValue(t), nil
		default:
			return vm.Nil, d.unexpected()
		}
	}
}

// number parses -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?.
func (d *decoder) number() (vm.Value, error) {
	start := d.pos
	digits := func() bool {
		n := d.pos
		for d.pos < len(d.src) && d.src[d.pos] >= '0' && d.src[d.pos] <= '9' {
			d.pos++
		}
		return d.pos > n
	}
	if d.src[d.pos] == '-' {
		d.pos++
	}
	if d.pos < len(d.src) && d.src[d.pos] == '0' {
		d.pos++
	} else if !digits() {
		return vm.Nil, d.unexpected()
	}
	isFloat := false
	if d.pos < len(d.src) && d.src[d.pos] == '.' {
		d.pos++
		isFloat = true
		if !digits() {
			return vm.Nil, d.unexpected()
		}
	}
	if d.pos < len(d.src) && (d.src[d.pos] == 'e' || d.src[d.pos] == 'E') {
		d.pos++
		isFloat = true
		if d.pos < len(d.src) && (d.src[d.pos] == '+' || d.src[d.pos] == '-') {
			d.pos++
		}
		if !digits() {
			return vm.Nil, d.unexpected()
		}
	}
	lit := d.src[start:d.pos]
	if !isFloat {
		if i, err := strconv.ParseInt(lit, 10, 64); err == nil {
			return vm.Int(i), nil
		}
		// Too big for an integer: fall through to a float, as Lua's own
		// reader does for decimal literals.
	}
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil && math.IsInf(f, 0) {
		return vm.Nil, d.failAt(start, "number out of range")
	}
	return vm.Float(f), nil
}

// str parses a string starting at the opening quote.
func (d *decoder) str() (string, error) {
	d.pos++
	start := d.pos
	// Fast path: no escapes, only a validity check.
	for d.pos < len(d.src) {
		c := d.src[d.pos]
		if c == '"' {
			s := d.src[start:d.pos]
			d.pos++
			if !utf8.ValidString(s) {
				return "", d.failAt(start+invalidAt(s), "invalid UTF-8")
			}
			// Copy: the input string may be large and must not be kept
			// alive by small values sliced from it.
			return strings.Clone(s), nil
		}
		if c == '\\' || c < 0x20 {
			break
		}
		d.pos++
	}
	b := append(d.buf[:0], d.src[start:d.pos]...)
	for {
		if d.pos >= len(d.src) {
			return "", d.unexpected()
		}
		c := d.src[d.pos]
		switch {
		case c == '"':
			// Escapes are ASCII and produce valid UTF-8, so checking the
			// source text checks the result and gives the exact offset.
			if raw := d.src[start:d.pos]; !utf8.ValidString(raw) {
				return "", d.failAt(start+invalidAt(raw), "invalid UTF-8")
			}
			d.pos++
			d.buf = b
			return string(b), nil
		case c < 0x20:
			return "", d.failAt(d.pos, "control character in string")
		case c != '\\':
			b = append(b, c)
			d.pos++
			continue
		}
		esc := d.pos
		d.pos++
		if d.pos >= len(d.src) {
			return "", d.unexpected()
		}
		e := d.src[d.pos]
		d.pos++
		switch e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, err := d.hex4(esc)
			if err != nil {
				return "", err
			}
			if utf16.IsSurrogate(r) {
				// A high surrogate must be followed by \u and a low one.
				lo := rune(-1)
				if r < 0xDC00 && d.pos+1 < len(d.src) && d.src[d.pos] == '\\' && d.src[d.pos+1] == 'u' {
					d.pos += 2
					if lo, err = d.hex4(d.pos - 2); err != nil {
						return "", err
					}
				}
				r = utf16.DecodeRune(r, lo)
				if r == utf8.RuneError {
					return "", d.failAt(esc, "invalid surrogate pair in \\u escape")
				}
			}
			b = utf8.AppendRune(b, r)
		default:
			d.pos = esc
			return "", d.failAt(esc, "invalid escape '\\%c'", e)
		}
	}
}

// hex4 reads the four hex digits of a \u escape that started at esc.
func (d *decoder) hex4(esc int) (rune, error) {
	if d.pos+4 > len(d.src) {
		return 0, d.failAt(esc, "invalid \\u escape")
	}
	var r rune
	for _, c := range []byte(d.src[d.pos : d.pos+4]) {
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, d.failAt(esc, "invalid \\u escape")
		}
		r = r<<4 | rune(v)
	}
	d.pos += 4
	return r, nil
}

// invalidAt returns the offset of the first invalid UTF-8 sequence in s.
func invalidAt(s string) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}
