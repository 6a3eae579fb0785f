package vm

import (
	"math"
	"strconv"
	"strings"
)

// Numeric helpers with Lua 5.3 semantics: exact integer/float comparison,
// floor division and modulo, float→integer conversion, string↔number
// coercion and number formatting.

// intEqFloat reports whether i == f exactly (no rounding of i).
func intEqFloat(i int64, f float64) bool {
	if fi, ok := floatToInt(f); ok {
		return fi == i
	}
	return false
}

// floatToInt converts f to an integer when it has an exact integer value
// in range.
func floatToInt(f float64) (int64, bool) {
	if math.Floor(f) != f {
		return 0, false
	}
	// -2^63 is representable; 2^63 is not.
	if f >= -9223372036854775808.0 && f < 9223372036854775808.0 {
		return int64(f), true
	}
	return 0, false
}

// ToInteger converts v to an integer the way Lua's bitwise operators and
// integer-expecting library functions do: integers as they are, floats with
// an exact integer value, and strings convertible to such numbers.
func (v Value) ToInteger() (int64, bool) {
	switch v.p {
	case tagIntPtr:
		return v.AsInt(), true
	case tagFloatPtr:
		return floatToInt(v.AsFloat())
	}
	if v.IsString() {
		if n, ok := StringToNumber(v.AsString()); ok {
			return n.ToInteger()
		}
	}
	return 0, false
}

// toNumberValue converts v to a number value (int or float), coercing
// strings.
func toNumberValue(v Value) (Value, bool) {
	if v.IsNumber() {
		return v, true
	}
	if v.IsString() {
		return StringToNumber(v.AsString())
	}
	return Nil, false
}

// ltIntFloat reports i < f exactly.
func ltIntFloat(i int64, f float64) bool {
	if math.IsNaN(f) {
		return false
	}
	if f >= 9223372036854775808.0 {
		return true
	}
	if f > -9223372036854775808.0 {
		// i < f  <=>  i < ceil(f) for integers
		return i < int64(math.Ceil(f))
	}
	return false
}

// leIntFloat reports i <= f exactly.
func leIntFloat(i int64, f float64) bool {
	if math.IsNaN(f) {
		return false
	}
	if f >= 9223372036854775808.0 {
		return true
	}
	if f >= -9223372036854775808.0 {
		return i <= int64(math.Floor(f))
	}
	return false
}

// ltFloatInt reports f < i exactly.
func ltFloatInt(f float64, i int64) bool {
	if math.IsNaN(f) {
		return false
	}
	if f < -9223372036854775808.0 {
		return true
	}
	if f < 9223372036854775808.0 {
		return int64(math.Floor(f)) < i
	}
	return false
}

// leFloatInt reports f <= i exactly.
func leFloatInt(f float64, i int64) bool {
	if math.IsNaN(f) {
		return false
	}
	if f < -9223372036854775808.0 {
		return true
	}
	if f < 9223372036854775808.0 {
		return int64(math.Ceil(f)) <= i
	}
	return false
}

// numLess and numLessEq compare two number values exactly.
func numLess(a, b Value) bool {
	if a.IsInt() {
		if b.IsInt() {
			return a.AsInt() < b.AsInt()
		}
		return ltIntFloat(a.AsInt(), b.AsFloat())
	}
	if b.IsFloat() {
		return a.AsFloat() < b.AsFloat()
	}
	return ltFloatInt(a.AsFloat(), b.AsInt())
}

func numLessEq(a, b Value) bool {
	if a.IsInt() {
		if b.IsInt() {
			return a.AsInt() <= b.AsInt()
		}
		return leIntFloat(a.AsInt(), b.AsFloat())
	}
	if b.IsFloat() {
		return a.AsFloat() <= b.AsFloat()
	}
	return leFloatInt(a.AsFloat(), b.AsInt())
}

// IntFloorDiv is Lua's integer `//`: floor division. The caller checks b != 0.
func IntFloorDiv(a, b int64) int64 {
	if b == -1 {
		return -a // avoids the overflow trap of mininteger / -1; wraps like Lua
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// IntMod is Lua's integer `%`: the result has the sign of b. The caller
// checks b != 0.
func IntMod(a, b int64) int64 {
	if b == -1 {
		return 0
	}
	r := a % b
	if r != 0 && (r^b) < 0 {
		r += b
	}
	return r
}

// FloatMod is Lua's float `%`.
func FloatMod(a, b float64) float64 {
	if b == 0 || math.IsInf(a, 0) || math.IsNaN(a) || math.IsNaN(b) {
		// The NaN C's fmod produces here is the hardware's default NaN
		// (sign bit set on x86), which lua5.3 prints as "-nan"; compute
		// it the same way instead of using math.NaN().
		p := a * b
		return p / p
	}
	if math.IsInf(b, 0) && !math.IsNaN(a) && !math.IsInf(a, 0) {
		if (a >= 0) == (b > 0) {
			return a
		}
		return b
	}
	r := math.Mod(a, b)
	if r != 0 && (r < 0) != (b < 0) {
		r += b
	}
	return r
}

// ShiftLeft is Lua's `<<` (logical; negative counts shift right).
func ShiftLeft(a, n int64) int64 {
	if n <= -64 || n >= 64 {
		return 0
	}
	if n >= 0 {
		return int64(uint64(a) << uint(n))
	}
	return int64(uint64(a) >> uint(-n))
}

// StringToNumber converts a string to a number following Lua's lexical
// rules for numerals, with surrounding whitespace allowed. Hexadecimal
// integers wrap around; decimal integers that overflow become floats.
func StringToNumber(s string) (Value, bool) {
	s = strings.TrimFunc(s, isLuaSpace)
	if s == "" {
		return Nil, false
	}
	neg := false
	body := s
	if body[0] == '-' {
		neg = true
		body = body[1:]
	} else if body[0] == '+' {
		body = body[1:]
	}
	if len(body) >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X') {
		return parseHex(body[2:], neg)
	}
	return parseDecimal(body, neg)
}

func isLuaSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
}

func parseDecimal(s string, neg bool) (Value, bool) {
	if s == "" {
		return Nil, false
	}
	isInt := true
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-':
			isInt = false
		default:
			return Nil, false // rejects "inf", "nan", "0b1", ...
		}
	}
	if digits == 0 {
		return Nil, false
	}
	if isInt {
		var n uint64
		overflow := false
		for i := 0; i < len(s); i++ {
			d := uint64(s[i] - '0')
			if n > (math.MaxUint64-d)/10 {
				overflow = true
				break
			}
			n = n*10 + d
		}
		if !overflow && (n <= math.MaxInt64 || (neg && n == 1<<63)) {
			if neg {
				return Int(int64(-n)), true
			}
			return Int(int64(n)), true
		}
		// Too large for an integer: read it as a float, as lua5.3 does.
	}
	// Validate the shape Lua accepts: digits [. digits] [e [sign] digits].
	if !validDecimalFloat(s) {
		return Nil, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return Nil, false
		}
		// ParseFloat returns ±Inf or 0 on range errors, as strtod does.
	}
	if neg {
		f = -f
	}
	return Float(f), true
}

func validDecimalFloat(s string) bool {
	i := 0
	n := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		n++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			n++
		}
	}
	if n == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		m := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			m++
		}
		if m == 0 {
			return false
		}
	}
	return i == len(s)
}

func hexDigit(c byte) (int, bool) {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0'), true
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10, true
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10, true
	}
	return 0, false
}

// parseHex reads the part after "0x": hex integer (wrapping) or hex float
// with optional fraction and binary exponent.
func parseHex(s string, neg bool) (Value, bool) {
	var mant uint64
	exp := 0 // binary exponent adjustment
	any := false
	isFloat := false
	i := 0
	var fm float64 // mantissa as float for float results
	sig := 0       // significant hex digits seen for float precision
	for ; i < len(s); i++ {
		d, ok := hexDigit(s[i])
		if !ok {
			break
		}
		mant = mant<<4 | uint64(d)
		if sig < 30 {
			fm = fm*16 + float64(d)
			if fm != 0 {
				sig++
			}
		} else {
			exp += 4
		}
		any = true
	}
	if i < len(s) && s[i] == '.' {
		isFloat = true
		i++
		for ; i < len(s); i++ {
			d, ok := hexDigit(s[i])
			if !ok {
				break
			}
			if sig < 30 {
				fm = fm*16 + float64(d)
				if fm != 0 {
					sig++
				}
				exp -= 4
			}
			any = true
		}
	}
	if !any {
		return Nil, false
	}
	if i < len(s) && (s[i] == 'p' || s[i] == 'P') {
		isFloat = true
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		if i >= len(s) {
			return Nil, false
		}
		e := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return Nil, false
			}
			if e < 100000 {
				e = e*10 + int(c-'0')
			}
		}
		if eneg {
			e = -e
		}
		exp += e
	}
	if i != len(s) {
		return Nil, false
	}
	if !isFloat {
		if neg {
			mant = -mant
		}
		return Int(int64(mant)), true
	}
	f := math.Ldexp(fm, exp)
	if neg {
		f = -f
	}
	return Float(f), true
}

// FormatFloat formats a float the way lua5.3's tostring does ("%.14g",
// plus ".0" when the result looks like an integer).
func FormatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		// glibc prints the sign bit of a NaN; 0/0 on x86 has it set.
		if math.Signbit(f) {
			return "-nan"
		}
		return "nan"
	}
	s := FormatG(f, 14)
	if strings.IndexAny(s, ".eninf") < 0 {
		s += ".0"
	}
	return s
}

// FormatG formats f like C's printf("%.*g", prec, f) for finite f.
func FormatG(f float64, prec int) string {
	if prec == 0 {
		prec = 1
	}
	if f == 0 {
		if math.Signbit(f) {
			return "-0"
		}
		return "0"
	}
	// Decide between %e and %f style on the decimal exponent after rounding
	// to prec significant digits, exactly like C.
	e := strconv.FormatFloat(f, 'e', prec-1, 64)
	ei := strings.LastIndexByte(e, 'e')
	x, _ := strconv.Atoi(e[ei+1:])
	if x < -4 || x >= prec {
		mant := trimZeros(e[:ei])
		exp := e[ei+1:]
		sign := exp[0]
		digits := exp[1:]
		if len(digits) < 2 {
			digits = "0" + digits
		}
		return mant + "e" + string(sign) + digits
	}
	return trimZeros(strconv.FormatFloat(f, 'f', prec-1-x, 64))
}

func trimZeros(s string) string {
	if strings.IndexByte(s, '.') < 0 {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// NumberToString formats a number value as Lua's tostring does.
func NumberToString(v Value) string {
	if v.IsInt() {
		return strconv.FormatInt(v.AsInt(), 10)
	}
	return FormatFloat(v.AsFloat())
}
