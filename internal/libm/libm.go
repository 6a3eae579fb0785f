package libm

import "math"

// C library float functions with glibc's special values on x86-64.
//
// Go's math package agrees with C99 on the ordinary results, but not on
// NaNs: Go always returns a positive NaN, while glibc returns the input NaN
// unchanged (keeping its sign) and, for a domain error, either the
// hardware's default NaN (sign bit set, printed "-nan" by lua5.3) or a
// positive NaN depending on the function. Lua programs can observe the
// difference through tostring, so each helper sorts out the special
// cases here (checked against lua5.3 by conformance/lib/math_*nan*.lua)
// and leaves the finite work to cr.go.

var (
	// negNaN is x86's default NaN (0/0, inf-inf, sqrt(-1)...).
	negNaN = math.Float64frombits(0xFFF8000000000000)
	// posNaN is what some glibc functions return for a domain error.
	posNaN = math.Float64frombits(0x7FF8000000000000)
)

func isNaN(x float64) bool { return x != x }

// Sqrt is C's sqrt: a negative argument gives the default NaN.
func Sqrt(x float64) float64 {
	if isNaN(x) {
		return x
	}
	if x < 0 {
		return negNaN
	}
	return math.Sqrt(x)
}

// logDomain gives the results that the logarithms share outside their
// computed range: NaN itself, negative (the NaN for x < 0, whose sign
// differs between glibc's functions), -Inf for zero and +Inf for +Inf.
// ok is false for positive finite x.
func logDomain(x, negative float64) (r float64, ok bool) {
	switch {
	case isNaN(x):
		return x, true
	case x < 0:
		return negative, true
	case x == 0:
		return math.Inf(-1), true
	case math.IsInf(x, 1):
		return x, true
	}
	return 0, false
}

// Exp is C's exp, correctly rounded.
func Exp(x float64) float64 {
	if isNaN(x) {
		return x
	}
	return crExp(x)
}

// Log is C's log (natural logarithm), correctly rounded.
func Log(x float64) float64 {
	if r, ok := logDomain(x, negNaN); ok {
		return r
	}
	return crLog(x)
}

// Log2 is C's log2, correctly rounded (exact for powers of two).
func Log2(x float64) float64 {
	if r, ok := logDomain(x, negNaN); ok {
		return r
	}
	return crLog2(x)
}

// Constants for Log10: 1/ln(10), and log10(2) split into a high part
// with trailing zero bits (so that k*log10TwoHi is exact for any binary
// exponent k) and the remainder.
const (
	invLn10    = 4.34294481903251816668e-01
	log10TwoHi = 3.01029995663611771306e-01
	log10TwoLo = 3.69423907715893078616e-13
)

// Log10 is log10 as glibc computes it: k*log10(2) + log10(m) for
// x = m*2^k, with the exact part added last and the correctly rounded
// log. (Go's math.Log10, log(x)/ln(10), is off by an ulp for powers of
// ten, where glibc is exact: math.log(1000, 10) == 3.) The conversions
// keep the compiler from fusing the operations, which would round
// differently.
func Log10(x float64) float64 {
	if r, ok := logDomain(x, posNaN); ok {
		return r
	}
	m, e := math.Frexp(x) // m in [0.5, 1)
	// Keep m in [1, 2) for x >= 1 and in [0.5, 1) below, so that
	// log(m) and k have the same sign and do not cancel.
	k := e
	if e > 0 {
		m *= 2
		k = e - 1
	}
	fk := float64(k)
	z := float64(fk*log10TwoLo) + float64(invLn10*crLog(m))
	return z + float64(fk*log10TwoHi)
}

// Sin is C's sin, correctly rounded.
func Sin(x float64) float64 { return trig(x, crSin) }

// Cos is C's cos, correctly rounded.
func Cos(x float64) float64 { return trig(x, crCos) }

// Tan is C's tan, correctly rounded.
func Tan(x float64) float64 { return trig(x, crTan) }

// trig applies glibc's special cases shared by sin, cos and tan (a NaN
// comes back as it is; an infinity gives the default NaN, which prints
// as "-nan") before the correctly rounded kernel f.
func trig(x float64, f func(float64) float64) float64 {
	if isNaN(x) {
		return x
	}
	if math.IsInf(x, 0) {
		return negNaN
	}
	return f(x)
}

// Asin is C's asin, correctly rounded; outside [-1, 1] it gives a
// positive NaN, as glibc does.
func Asin(x float64) float64 {
	if isNaN(x) {
		return x
	}
	if x > 1 || x < -1 {
		return posNaN
	}
	return crAsin(x)
}

// Acos is C's acos, correctly rounded; outside [-1, 1] it gives a
// positive NaN, as glibc does.
func Acos(x float64) float64 {
	if isNaN(x) {
		return x
	}
	if x > 1 || x < -1 {
		return posNaN
	}
	return crAcos(x)
}

// Atan2 is C's atan2(y, x), correctly rounded.
func Atan2(y, x float64) float64 {
	// glibc returns x+y when either is NaN: x's NaN when both are.
	if isNaN(x) {
		return x
	}
	if isNaN(y) {
		return y
	}
	if x == 0 || y == 0 || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Atan2(y, x) // the C99 special values
	}
	return crAtan2(y, x)
}

// Cosh is glibc's cosh.
func Cosh(x float64) float64 {
	switch {
	case isNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Inf(1)
	}
	return fdCosh(x)
}

// Sinh is glibc's sinh.
func Sinh(x float64) float64 {
	if isNaN(x) || math.IsInf(x, 0) {
		return x
	}
	return fdSinh(x)
}

// Tanh is glibc's tanh.
func Tanh(x float64) float64 {
	switch {
	case isNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Copysign(1, x)
	}
	return fdTanh(x)
}

// Fmod is C's fmod: the exact remainder of x/y with the sign of x.
func Fmod(x, y float64) float64 {
	if y == 0 || math.IsInf(x, 0) || isNaN(x) || isNaN(y) {
		// glibc computes (x*y)/(x*y) here: a NaN operand comes out as it
		// is (x first), anything else becomes the default NaN.
		p := x * y
		return p / p
	}
	if math.IsInf(y, 0) {
		return x
	}
	return math.Mod(x, y)
}

// Pow is C's pow, glibc's special cases included:
//   - pow(x, ±0) = 1 and pow(1, y) = 1 for every x and y, quiet NaNs
//     included (a signaling NaN operand gives NaN instead);
//   - a NaN base comes back (quieted), with its sign cleared when the
//     exponent is an odd integer (glibc computes ±x*x);
//   - otherwise a NaN exponent comes back (quieted);
//   - a negative base with a finite non-integer exponent gives the default
//     NaN ("-nan");
//   - zeros and infinities have C99's values.
//
// Finite results are correctly rounded (crPow). glibc's pow is too except
// within about 0.02 ulp of a rounding boundary, where its error bound
// allows either neighbour: about one random case in 2000, and the exact
// ties (x^2 for an x of 27 significant bits, 3^34), where which neighbour
// glibc picks is an accident of its algorithm (about half the time the
// even one). Pow rounds x^2 to even and other ties either way.
func Pow(x, y float64) float64 {
	switch {
	case y == 2:
		// The correctly rounded square, for every x (NaNs included: x*x
		// quiets x and keeps its sign, as glibc's pow does); the common
		// case of `x^2` takes no detour.
		return x * x
	case y == 0:
		if isSignaling(x) {
			return quiet(x)
		}
		return 1
	case x == 1:
		if isSignaling(y) {
			return quiet(y)
		}
		return 1
	case isNaN(x):
		if isOddInteger(y) {
			return math.Abs(quiet(x))
		}
		return quiet(x)
	case isNaN(y):
		return quiet(y)
	case x == 0 || math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Pow(x, y) // the C99 special values
	case x < 0:
		if y != math.Trunc(y) {
			return negNaN
		}
		if isOddInteger(y) {
			return -crPow(-x, y)
		}
		return crPow(-x, y)
	}
	return crPow(x, y)
}

// quiet returns the NaN x with its quiet bit set, as x86 arithmetic
// passes a NaN operand on.
func quiet(x float64) float64 {
	return math.Float64frombits(math.Float64bits(x) | 1<<51)
}

// isSignaling reports whether x is a signaling NaN.
func isSignaling(x float64) bool {
	return isNaN(x) && math.Float64bits(x)&(1<<51) == 0
}

func isOddInteger(y float64) bool {
	if math.Abs(y) >= 1<<53 || y != math.Trunc(y) {
		return false // floats that large are all even
	}
	return int64(y)&1 == 1
}
