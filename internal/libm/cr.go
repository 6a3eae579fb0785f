package libm

import (
	"math"
	"math/big"
)

// Elementary functions rounded like glibc's.
//
// lua5.3 prints 14 significant digits, so an error of one ulp in a math
// function shows in about one result in a few hundred. glibc's exp, log,
// pow, sin, cos, tan, asin, acos and atan are correctly rounded in all
// but rare cases, while Go's math package is only faithful (and on amd64
// its assembly Exp overflows from 709.5 on and its Log is wrong for
// subnormal numbers). The cr* functions below evaluate in double-double
// arithmetic (dd.go) and round once, which gives the correctly
// rounded result except when the exact value lies within about 2^-95 of a
// rounding boundary. Where Go already has a good first approximation, one
// Newton step from it in double-double gives the accurate value. These
// evaluations are the slow paths: fast.go answers first in all
// but rare cases.
//
// sinh, cosh, tanh and log10 follow the formulas of glibc's versions
// (which are not correctly rounded) on top of the correctly rounded
// functions, so that they round the same way too.
//
// Arguments are finite and the special cases (NaN, infinities, zeros of
// the wrong kind) are handled by the callers in libm.go.

// scaleRound returns (m.hi+m.lo)*2^k rounded once to float64, including
// into the subnormal range (where scaling m.hi alone would round twice).
func scaleRound(m dd, k int) float64 {
	r := math.Ldexp(m.hi, k)
	if math.Abs(r) >= 0x1p-1022 || math.IsInf(r, 0) {
		return r // a normal result: the scaling was exact
	}
	// r is m.hi*2^k rounded to a multiple of 2^-1074; see whether m.lo,
	// and what the rounding dropped, add up to more than half a step.
	back := math.Ldexp(r, -k) // exact
	d := (m.hi - back) + m.lo // in units of the unscaled value
	half := math.Ldexp(1, -1075-k)
	switch {
	case d > half:
		r = math.Nextafter(r, math.Inf(1))
	case d < -half:
		r = math.Nextafter(r, math.Inf(-1))
	}
	return r
}

// expDD returns m and k with exp(a) = m*2^k, |a| < 750.
func expDD(a dd) (dd, int) {
	c := &lm
	kf := math.Round(a.hi * c.invLn2.hi)
	// a - k*ln2, with the pieces of ln2 short enough for k*piece to be
	// exact; the first difference is exact too (Sterbenz).
	r := ddFrom(a.hi - kf*c.ln2Parts[0])
	r = ddAddF(r, a.lo)
	r = ddAddF(r, -kf*c.ln2Parts[1])
	r = ddAddF(r, -kf*c.ln2Parts[2])
	// exp(r) = exp(r/64)^64, with the Taylor series to degree 10 for
	// |r/64| < 2^-7.5.
	r = r.ldexp(-6)
	p := c.invFact[10]
	for n := 9; n >= 0; n-- {
		p = ddAdd(ddMul(p, r), c.invFact[n])
	}
	for i := 0; i < 6; i++ {
		p = ddSqr(p)
	}
	return p, int(kf)
}

func crExp(x float64) float64 {
	switch {
	case x > 709.8:
		return math.Inf(1)
	case x < -745.2:
		return 0
	}
	consts()
	if v, ok := expFast(x); ok {
		return v
	}
	m, k := expDD(ddFrom(x))
	return scaleRound(m, k)
}

// logDD returns ln(x) for finite x > 0.
func logDD(x float64) dd {
	c := &lm
	m, e := math.Frexp(x) // also normalises subnormals
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// m in [sqrt(1/2), sqrt(2)): ln(x) = e*ln(2) + ln(m).
	var l dd
	if math.Abs(m-1) < 0x1p-5 {
		// Near 1 the Newton step below would lose its accuracy in the
		// cancellation of m*exp(-y) - 1: use ln(m) = 2 atanh(s) with
		// s = (m-1)/(m+1), |s| < 2^-6, instead.
		s := ddDiv(ddFrom(m-1), ddAddF(ddFrom(m), 1))
		s2 := ddSqr(s)
		p := c.invOdd[9]
		for j := 8; j >= 0; j-- {
			p = ddAdd(ddMul(p, s2), c.invOdd[j])
		}
		l = ddMul(s, p).ldexp(1)
	} else {
		// Newton for exp(y) = m from Go's estimate: y1 = y0 + m*exp(-y0) - 1.
		y0 := math.Log(m)
		ex, k := expDD(ddFrom(-y0))
		t := ddMulF(ex.ldexp(k), m)
		l = ddAddF(ddAddF(t, -1), y0)
	}
	if e != 0 {
		l = ddAdd(ddMulF(c.ln2, float64(e)), l)
	}
	return l
}

func crLog(x float64) float64 {
	consts()
	if v, ok := logFast(x); ok {
		return v
	}
	return logDD(x).hi
}

func crLog2(x float64) float64 {
	if m, e := math.Frexp(x); m == 0.5 {
		return float64(e - 1) // exact powers of two
	}
	c := consts()
	if v := ddMul(logCore(x), c.invLn2); settled(v, 2*fastLogErr*math.Abs(v.hi)) {
		return v.hi
	}
	return ddMul(logDD(x), c.invLn2).hi
}

// reduceHalfPi returns r and q with x = k*pi/2 + r, |r| <= pi/4 (a hair
// more at most) and q = k mod 4.
func reduceHalfPi(x float64) (dd, int) {
	if math.Abs(x) <= math.Pi/4 {
		return ddFrom(x), 0
	}
	c := &lm
	if math.Abs(x) < 0x1p22 {
		// Cody-Waite: pi/2 in 30-bit pieces, k < 2^22, so every k*piece
		// but the last is exact, and so is the first difference.
		kf := math.Round(x / c.halfPi.hi)
		r := ddFrom(x - kf*c.halfPiCW[0])
		for _, p := range c.halfPiCW[1:] {
			r = ddAddF(r, -kf*p)
		}
		return r, int(int64(kf) & 3)
	}
	// Large arguments: exact multiple-precision reduction.
	const prec = 1500
	hp := bigHalfPi()
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Quo(bx, hp)
	q.Add(q, big.NewFloat(0.5))
	k, _ := q.Int(nil)
	if q.Sign() < 0 && !q.IsInt() {
		k.Sub(k, big.NewInt(1)) // Int truncates; we want floor(x/(pi/2) + 1/2)
	}
	kb := new(big.Float).SetPrec(prec).SetInt(k)
	r := new(big.Float).SetPrec(prec).Mul(kb, hp)
	r.Sub(bx, r)
	return splitBig(r), int(new(big.Int).And(k, big.NewInt(3)).Int64())
}

// sinKernel and cosKernel evaluate the Taylor series in double-double for
// |r| <= pi/4 (to r^27 and r^28, which leaves an error below 2^-106).
func sinKernel(r dd) dd {
	c := &lm
	r2 := ddSqr(r)
	p := c.invFact[27].neg()
	for j := 12; j >= 0; j-- {
		f := c.invFact[2*j+1]
		if j%2 == 1 {
			f = f.neg()
		}
		p = ddAdd(ddMul(p, r2), f)
	}
	return ddMul(p, r)
}

func cosKernel(r dd) dd {
	c := &lm
	r2 := ddSqr(r)
	p := c.invFact[28]
	for j := 13; j >= 0; j-- {
		f := c.invFact[2*j]
		if j%2 == 1 {
			f = f.neg()
		}
		p = ddAdd(ddMul(p, r2), f)
	}
	return p
}

// sinCosDD returns sin(x) and cos(x).
func sinCosDD(x float64) (s, co dd) {
	r, q := reduceHalfPi(x)
	s, co = sinKernel(r), cosKernel(r)
	switch q {
	case 1:
		s, co = co, s.neg()
	case 2:
		s, co = s.neg(), co.neg()
	case 3:
		s, co = co.neg(), s
	}
	return s, co
}

func crSin(x float64) float64 {
	if x == 0 {
		return x // keep the sign of zero
	}
	consts()
	if s, _, ok := sinCosFast(x); ok && settled(s, fastSinCosErr*math.Abs(s.hi)) {
		return s.hi
	}
	s, _ := sinCosDD(x)
	return s.hi
}

func crCos(x float64) float64 {
	consts()
	if _, c, ok := sinCosFast(x); ok && settled(c, fastSinCosErr*math.Abs(c.hi)) {
		return c.hi
	}
	_, c := sinCosDD(x)
	return c.hi
}

func crTan(x float64) float64 {
	if x == 0 {
		return x
	}
	consts()
	if s, c, ok := sinCosFast(x); ok {
		if t := ddDivFast(s, c); settled(t, 2*fastSinCosErr*math.Abs(t.hi)) {
			return t.hi
		}
	}
	s, c := sinCosDD(x)
	return ddDiv(s, c).hi
}

// sinCos returns sin(x) and cos(x) from the fast path (ok=false when it
// cannot be used) or from the slow one.
func sinCos(x float64, fast bool) (s, c dd, ok bool) {
	if fast {
		return sinCosFast(x)
	}
	s, c = sinCosDD(x)
	return s, c, true
}

// atanDD returns atan(q) for |q| <= 1, using the fast or the slow sine
// and cosine (ok=false when the fast ones cannot be used).
func atanDD(q dd, fast bool) (dd, bool) {
	if math.Abs(q.hi) < 0x1p-30 {
		// atan q = q - q^3/3 (the next term is below 2^-120 q).
		return ddSub(q, ddMul(ddMul(ddSqr(q), q), lm.invOdd[1])), true
	}
	// Newton for tan(y) = q from Go's estimate:
	// y1 = y0 - (tan y0 - q) cos^2 y0 = y0 - c (s - q c).
	y0 := math.Atan(q.hi)
	s, c, ok := sinCos(y0, fast)
	// The correction is within a few ulps of y0: float64 precision
	// suffices for it once the cancelling difference is exact.
	corr := ddSub(s, ddMul(q, c)).hi * c.hi
	h, l := twoSum(y0, -corr)
	return dd{h, l}, ok
}

// crAtan2 is atan2 for finite, non-zero y and x.
func crAtan2(y, x float64) float64 {
	consts()
	my, ey := math.Frexp(y)
	mx, ex := math.Frexp(x)
	d := ey - ex // |y/x| is within a factor 2 of 2^d
	if d < -60 && x > 0 {
		return y / x // atan(q) = q to far more than the precision
	}
	if v, ok := atan2DD(y, x, math.Abs(my), math.Abs(mx), d, true); ok && settled(v, fastNewtonErr*math.Abs(v.hi)) {
		return v.hi
	}
	v, _ := atan2DD(y, x, math.Abs(my), math.Abs(mx), d, false)
	return v.hi
}

// atan2DD computes atan2(y, x) where |y/x| = (my/mx)*2^d.
func atan2DD(y, x, my, mx float64, d int, fast bool) (dd, bool) {
	c := &lm
	var a dd
	ok := true
	switch {
	case d > 60:
		// atan(q) = pi/2 - 1/q with 1/q far below half an ulp of pi/2.
		a = c.halfPi
	case d < -60: // and x < 0: pi - q rounds to pi
		a = ddFrom(0)
	default:
		q := ddDivFF(my, mx).ldexp(d)
		if q.hi > 1 {
			a, ok = atanDD(ddDivFF(mx, my).ldexp(-d), fast)
			a = ddSub(c.halfPi, a)
		} else {
			a, ok = atanDD(q, fast)
		}
	}
	if x < 0 {
		a = ddSub(c.pi, a)
	}
	if y < 0 {
		a = a.neg()
	}
	return a, ok
}

// asinDD returns asin(t) for |t| <= 0.71 (see atanDD for fast and ok).
func asinDD(t dd, fast bool) (dd, bool) {
	if math.Abs(t.hi) < 0x1p-30 {
		// asin t = t + t^3/6 (the next term is below 2^-120 t).
		return ddAdd(t, ddMul(ddMul(ddSqr(t), t), lm.invFact[3])), true
	}
	// Newton for sin(y) = t: y1 = y0 - (sin y0 - t)/cos y0.
	y0 := math.Asin(t.hi)
	s, c, ok := sinCos(y0, fast)
	corr := ddSub(s, t).hi / c.hi // a few ulps of y0: see atanDD
	h, l := twoSum(y0, -corr)
	return dd{h, l}, ok
}

// halfAngle returns sqrt((1-a)/2) for a in [0.5, 1]: the sine of half the
// angle whose cosine is a. 1-a and the halving are exact.
func halfAngle(a float64) dd { return ddSqrt(ddFrom((1 - a) / 2)) }

// crAsin is asin for |x| <= 1.
func crAsin(x float64) float64 {
	if x == 0 {
		return x // keep the sign of zero
	}
	consts()
	if v, ok := asinAcos(x, false, true); ok && settled(v, fastNewtonErr*math.Abs(v.hi)) {
		return v.hi
	}
	v, _ := asinAcos(x, false, false)
	return v.hi
}

// crAcos is acos for |x| <= 1.
func crAcos(x float64) float64 {
	consts()
	if v, ok := asinAcos(x, true, true); ok && settled(v, fastNewtonErr*math.Abs(v.hi)) {
		return v.hi
	}
	v, _ := asinAcos(x, true, false)
	return v.hi
}

// asinAcos computes asin(x), or acos(x) when acos is set. Beyond 0.5 the
// half-angle forms keep the problem well conditioned:
// asin(a) = pi/2 - 2 asin(sqrt((1-a)/2)) and acos(a) = 2 asin(sqrt((1-a)/2)).
func asinAcos(x float64, acos, fast bool) (dd, bool) {
	c := &lm
	ax := math.Abs(x)
	if ax <= 0.5 {
		a, ok := asinDD(ddFrom(x), fast)
		if acos {
			a = ddSub(c.halfPi, a)
		}
		return a, ok
	}
	h, ok := asinDD(halfAngle(ax), fast)
	h = h.ldexp(1)
	switch {
	case acos && x > 0:
		return h, ok
	case acos:
		return ddSub(c.pi, h), ok
	}
	a := ddSub(c.halfPi, h)
	if x < 0 {
		a = a.neg()
	}
	return a, ok
}

// crPow is pow for finite x > 0 and finite y (the sign and the special
// cases are the caller's).
func crPow(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case -1:
		return 1 / x
	case 2:
		return x * x
	case 0.5:
		return math.Sqrt(x)
	}
	consts()
	if v, ok := powFast(x, y); ok {
		return v
	}
	l := logDD(x)
	// Decide overflow and underflow before the exact product, which
	// could itself overflow.
	switch p := l.hi * y; {
	case p > 709.8:
		return math.Inf(1)
	case p < -745.2:
		return 0
	}
	m, k := expDD(ddMulF(l, y))
	return scaleRound(m, k)
}

// Thresholds of glibc's hyperbolic functions, given there by the high
// 32 bits of |x|.
var (
	hypLnMax  = math.Float64frombits(0x40862E4200000000) // about ln(MaxFloat64)
	hypOvf    = math.Float64frombits(0x408633CE8FB9F87D) // largest x with cosh(x) finite
	hypHalfL2 = math.Float64frombits(0x3FD62E4300000000) // about ln(2)/2
)

// fdSinh is sinh as glibc computes it, for finite x.
func fdSinh(x float64) float64 {
	h := 0.5
	if x < 0 {
		h = -0.5
	}
	ax := math.Abs(x)
	switch {
	case ax < 22:
		if ax < 0x1p-28 {
			return x
		}
		t := math.Expm1(ax)
		if ax < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < hypLnMax:
		return h * crExp(ax)
	case ax <= hypOvf:
		w := crExp(0.5 * ax)
		t := h * w
		return t * w
	}
	return x * math.Inf(1)
}

// fdCosh is cosh as glibc computes it, for finite x.
func fdCosh(x float64) float64 {
	ax := math.Abs(x)
	switch {
	case ax < hypHalfL2:
		if ax < 0x1p-55 {
			return 1
		}
		t := math.Expm1(ax)
		w := 1 + t
		return 1 + (t*t)/(w+w)
	case ax < 22:
		t := crExp(ax)
		return 0.5*t + 0.5/t
	case ax < hypLnMax:
		return 0.5 * crExp(ax)
	case ax <= hypOvf:
		w := crExp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

// fdTanh is tanh as glibc computes it, for finite x.
func fdTanh(x float64) float64 {
	if x == 0 {
		return x
	}
	ax := math.Abs(x)
	var z float64
	switch {
	case ax < 0x1p-55:
		return x * (1 + x)
	case ax < 1:
		t := math.Expm1(-2 * ax)
		z = -t / (t + 2)
	case ax < 22:
		t := math.Expm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		z = 1
	}
	if x < 0 {
		return -z
	}
	return z
}
