package lstrings

import (
	"math"
	"strconv"
)

// The conversions of string.format, reproducing what lua5.3 gets from
// glibc's printf for the format items it builds ("%-5.2f", "%#llx"...).

// Spec is one parsed format item: "%" flags width ["." precision] verb.
type Spec struct {
	Minus, Plus, Space, Hash, Zero bool

	Width int // 0 when absent
	Prec  int // -1 when absent
	Verb  byte
	// Plain is true when the item is just "%" verb, with nothing between.
	Plain bool
}

// maxFlags is the number of flag characters lua5.3 accepts in one item
// (strlen("-+ #0")); it does not check for repetitions, only the count.
const maxFlags = 5

// ParseSpec parses the format item that starts at f[i], just after the
// '%'. It returns the item and the index just past its conversion
// character. Verb is 0 when the format ends before the conversion
// character (lua5.3 then sees the string's terminating NUL). Which verbs
// are valid is up to the caller.
func ParseSpec(f string, i int) (sp Spec, next int, err error) {
	sp.Prec = -1
	start := i
	for i < len(f) {
		switch f[i] {
		case '-':
			sp.Minus = true
		case '+':
			sp.Plus = true
		case ' ':
			sp.Space = true
		case '#':
			sp.Hash = true
		case '0':
			sp.Zero = true
		default:
			goto flagsDone
		}
		i++
	}
flagsDone:
	if i-start > maxFlags {
		return sp, i, Error("invalid format (repeated flags)")
	}
	// At most two digits each for the width and the precision.
	digits := func(n *int) {
		for k := 0; k < 2 && i < len(f) && IsDigit(f[i]); k++ {
			*n = *n*10 + int(f[i]-'0')
			i++
		}
	}
	digits(&sp.Width)
	if i < len(f) && f[i] == '.' {
		i++
		sp.Prec = 0
		digits(&sp.Prec)
	}
	if i < len(f) && IsDigit(f[i]) {
		return sp, i, Error("invalid format (width or precision too long)")
	}
	sp.Plain = i == start
	if i < len(f) {
		sp.Verb = f[i]
		i++
	}
	return sp, i, nil
}

// pad appends sign, prefix and body, padded to the spec's width: spaces on
// the left, spaces on the right with '-', or zeros between the prefix and
// the body with '0' when zeros is allowed.
func pad(b []byte, sp Spec, prefix string, body []byte, zeros bool) []byte {
	n := sp.Width - len(prefix) - len(body)
	if n <= 0 {
		b = append(b, prefix...)
		return append(b, body...)
	}
	switch {
	case sp.Minus:
		b = append(b, prefix...)
		b = append(b, body...)
		return appendRepeat(b, ' ', n)
	case sp.Zero && zeros:
		b = append(b, prefix...)
		b = appendRepeat(b, '0', n)
		return append(b, body...)
	}
	b = appendRepeat(b, ' ', n)
	b = append(b, prefix...)
	return append(b, body...)
}

func appendRepeat(b []byte, c byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, c)
	}
	return b
}

// signPrefix returns the sign printf writes for a signed conversion.
func signPrefix(sp Spec, neg bool) string {
	switch {
	case neg:
		return "-"
	case sp.Plus:
		return "+"
	case sp.Space:
		return " "
	}
	return ""
}

// AppendInt formats n for the verbs d, i (signed) and o, u, x, X (n's
// bits taken as unsigned), like printf("%lld") and friends.
func AppendInt(b []byte, sp Spec, n int64) []byte {
	var scratch [24]byte
	var digits []byte
	prefix := ""
	u := uint64(n)
	switch sp.Verb {
	case 'd', 'i':
		if n < 0 {
			u = -u
		}
		prefix = signPrefix(sp, n < 0)
		digits = strconv.AppendUint(scratch[:0], u, 10)
	case 'o':
		digits = strconv.AppendUint(scratch[:0], u, 8)
	case 'x', 'X':
		digits = strconv.AppendUint(scratch[:0], u, 16)
		if sp.Verb == 'X' {
			for i, c := range digits {
				digits[i] = ToUpper(c)
			}
		}
		if sp.Hash && u != 0 {
			prefix = "0x"
			if sp.Verb == 'X' {
				prefix = "0X"
			}
		}
	default: // 'u'
		digits = strconv.AppendUint(scratch[:0], u, 10)
	}
	zeros := 0 // leading zeros required by the precision or by "%#o"
	if sp.Prec >= 0 {
		if sp.Prec == 0 && u == 0 {
			digits = digits[:0] // "%.0d" prints nothing for zero
		}
		zeros = sp.Prec - len(digits)
	}
	if sp.Verb == 'o' && sp.Hash && zeros <= 0 && (len(digits) == 0 || digits[0] != '0') {
		zeros = 1
	}
	if zeros > 0 {
		// Rare: build the zero-extended digits separately.
		ext := make([]byte, zeros, zeros+len(digits))
		for i := range ext {
			ext[i] = '0'
		}
		digits = append(ext, digits...)
	}
	// The '0' flag is ignored when a precision is given.
	return pad(b, sp, prefix, digits, sp.Prec < 0)
}

// AppendChar formats the byte c for the verb c.
func AppendChar(b []byte, sp Spec, c byte) []byte {
	body := [1]byte{c}
	return pad(b, sp, "", body[:], false)
}

// AppendString formats s for the verb s: the precision truncates it and
// the width pads it with spaces (glibc ignores '0' here).
func AppendString(b []byte, sp Spec, s string) []byte {
	if sp.Prec >= 0 && len(s) > sp.Prec {
		s = s[:sp.Prec]
	}
	n := sp.Width - len(s)
	if n > 0 && !sp.Minus {
		b = appendRepeat(b, ' ', n)
	}
	b = append(b, s...)
	if n > 0 && sp.Minus {
		b = appendRepeat(b, ' ', n)
	}
	return b
}

// appendNonFinite formats an infinity or NaN: glibc writes "inf"/"nan"
// (upper case for upper-case verbs) with the sign of the value, and pads
// with spaces even when asked for zeros.
func appendNonFinite(b []byte, sp Spec, f float64, upper bool) []byte {
	body := "inf"
	if math.IsNaN(f) {
		body = "nan"
	}
	if upper {
		if body == "inf" {
			body = "INF"
		} else {
			body = "NAN"
		}
	}
	return pad(b, sp, signPrefix(sp, math.Signbit(f)), []byte(body), false)
}

// AppendFloat formats f for the verbs e, E, f, F, g and G. Go's strconv
// rounds the exact binary value correctly with ties to even, which is
// what glibc does in the default rounding mode, so the digits agree.
func AppendFloat(b []byte, sp Spec, f float64) []byte {
	upper := sp.Verb == 'E' || sp.Verb == 'F' || sp.Verb == 'G'
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return appendNonFinite(b, sp, f, upper)
	}
	prec := sp.Prec
	if prec < 0 {
		prec = 6
	}
	neg := math.Signbit(f)
	a := math.Abs(f)
	var scratch [128]byte
	var body []byte
	switch sp.Verb {
	case 'e', 'E':
		body = strconv.AppendFloat(scratch[:0], a, 'e', prec, 64)
		if sp.Hash && prec == 0 {
			body = insertPoint(body, 1)
		}
	case 'f', 'F':
		body = strconv.AppendFloat(scratch[:0], a, 'f', prec, 64)
		if sp.Hash && prec == 0 {
			body = append(body, '.')
		}
	default: // g, G
		if sp.Hash {
			body = appendG(scratch[:0], a, prec, true)
		} else {
			// strconv's 'g' picks the style with C's rule and drops
			// trailing zeros like C's %g; checked against glibc by the
			// golden tests.
			body = strconv.AppendFloat(scratch[:0], a, 'g', max(prec, 1), 64)
		}
	}
	if upper {
		for i, c := range body {
			body[i] = ToUpper(c)
		}
	}
	return pad(b, sp, signPrefix(sp, neg), body, true)
}

// insertPoint inserts a '.' at index i of body.
func insertPoint(body []byte, i int) []byte {
	body = append(body, 0)
	copy(body[i+1:], body[i:])
	body[i] = '.'
	return body
}

// appendG implements %g for a non-negative finite a: the %e style when
// the decimal exponent X (after rounding to P significant digits) is below
// -4 or at least P, else the %f style with P-1-X decimals; trailing zeros
// (and a bare point) are removed unless '#' is given.
func appendG(dst []byte, a float64, prec int, hash bool) []byte {
	if prec == 0 {
		prec = 1
	}
	e := strconv.AppendFloat(dst, a, 'e', prec-1, 64)
	ei := len(e) - 1
	for e[ei] != 'e' {
		ei--
	}
	x, _ := strconv.Atoi(string(e[ei+1:]))
	if x < -4 || x >= prec {
		if hash {
			if prec == 1 {
				return insertPoint(e, 1) // "1e+02" -> "1.e+02"
			}
			if x == prec && exponent10(a) == prec-1 {
				// glibc quirk: when the %f style was chosen for the value
				// but rounding carried it to prec integer digits, glibc
				// switches to the %e style and keeps no fraction digits
				// ("%#.2g" of 99.99 is "1.e+02", not "1.0e+02"). Without
				// '#' the zeros are trimmed anyway.
				n := copy(e[2:], e[ei:]) // "1.0e+02" -> "1.e+02"
				return e[:2+n]
			}
			return e
		}
		mant := trimFraction(e[:ei])
		n := copy(e[len(mant):], e[ei:]) // move the exponent down
		return e[:len(mant)+n]
	}
	body := strconv.AppendFloat(dst[:0], a, 'f', prec-1-x, 64)
	if hash {
		if prec-1-x == 0 {
			body = append(body, '.')
		}
		return body
	}
	return trimFraction(body)
}

// trimFraction removes trailing zeros after a decimal point, and the
// point itself when nothing follows it.
func trimFraction(s []byte) []byte {
	dot := -1
	for i, c := range s {
		if c == '.' {
			dot = i
			break
		}
	}
	if dot < 0 {
		return s
	}
	end := len(s)
	for end > dot+1 && s[end-1] == '0' {
		end--
	}
	if end == dot+1 {
		end = dot
	}
	return s[:end]
}

// exponent10 returns the decimal exponent of a > 0 before any rounding:
// the exponent of its exact expansion, read from enough digits that
// rounding cannot carry into it.
func exponent10(a float64) int {
	var scratch [40]byte
	e := strconv.AppendFloat(scratch[:0], a, 'e', 25, 64)
	i := len(e) - 1
	for e[i] != 'e' {
		i--
	}
	x, _ := strconv.Atoi(string(e[i+1:]))
	return x
}
