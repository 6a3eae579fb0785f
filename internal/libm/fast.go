package libm

import (
	"math"
	"math/big"
)

// Fast paths of the correctly rounded functions (Ziv's strategy).
//
// The double-double evaluations of cr.go cost a few hundred
// nanoseconds. The functions here use tables and short polynomials to get
// hi+lo with a relative error below about 2^-64 (the bounds below are
// checked with margin by TestLibmFastPaths), then test whether every
// value within that error of hi+lo rounds to the same float64. Almost
// always it does (all but about one call in ten thousand) and hi is the
// correctly rounded result; otherwise the caller takes the slow path.

const (
	// Error bounds, relative, used in the rounding test.
	fastSinCosErr = 0x1p-62
	fastExpErr    = 0x1p-63
	fastLogErr    = 0x1p-65
	fastNewtonErr = 0x1p-62

	logTabOffset = 40
	logTabSize   = 96
)

// settled reports whether every value within err of v.hi+v.lo rounds to
// v.hi.
func settled(v dd, err float64) bool {
	return v.hi+(v.lo+err) == v.hi && v.hi+(v.lo-err) == v.hi
}

func initFastTables(c *libmConsts, ln2 *big.Float) {
	by64 := new(big.Float).SetPrec(ln2.Prec()).Quo(ln2, big.NewFloat(64))
	copy(c.ln2by64[:], pieces(by64, 3, 35))
	for j := range c.exp2Tab {
		// 2^(j/64) = exp(j*ln2/64), evaluated by the slow path with k = 0.
		a := ddMulF(c.ln2, float64(j)/64)
		m, k := expDD(a)
		c.exp2Tab[j] = m.ldexp(k)
	}
	for j := range c.sinTab {
		r := ddFrom(float64(j) / 64)
		c.sinTab[j] = sinKernel(r)
		c.cosTab[j] = cosKernel(r)
	}
	for i := range c.logInv {
		inv := 1 / (1 + float64(i-logTabOffset)/128)
		c.logInv[i] = inv
		c.logTab[i] = logDD(inv).neg()
	}
}

// sinCosFast returns sin(x) and cos(x) with a relative error below
// fastSinCosErr, or ok=false when x is too large or too close to a
// multiple of pi/2 for the short reduction.
func sinCosFast(x float64) (s, co dd, ok bool) {
	c := &lm
	ax := math.Abs(x)
	if ax >= 0x1p22 {
		return s, co, false
	}
	var r dd
	q := 0
	if ax > math.Pi/4 {
		kf := math.Round(x / c.halfPi.hi)
		h := x - kf*c.halfPiCW[0] // exact
		h, l := twoSum(h, -kf*c.halfPiCW[1])
		l -= kf * (c.halfPiCW[2] + c.halfPiCW[3])
		r.hi, r.lo = fastTwoSum(h, l)
		if math.Abs(r.hi) < 0x1p-20 {
			return s, co, false // cancellation: leave it to the slow path
		}
		q = int(int64(kf) & 3)
	} else {
		r = ddFrom(x)
	}
	neg := r.hi < 0
	if neg {
		r = r.neg()
	}
	// r = j/64 + t with |t| <= 1/128: sin and cos of j/64 come from the
	// table, those of t from short series.
	j := int(r.hi*64 + 0.5)
	th, tl := r.hi-float64(j)/64, r.lo
	z := th * th
	st := tl + th*z*(-1.0/6+z*(1.0/120+z*(-1.0/5040+z*(1.0/362880))))
	cc := z*(-0.5+z*(1.0/24+z*(-1.0/720+z*(1.0/40320)))) - th*tl
	S, C := c.sinTab[j], c.cosTab[j]
	// sin(a+t) = S cos t + C sin t, cos(a+t) = C cos t - S sin t, with
	// cos t = 1 + cc and sin t = th + st.
	p, pe := twoProd(C.hi, th)
	h, e := twoSum(S.hi, p)
	tail := e + pe + S.lo + S.hi*cc + C.hi*st + C.lo*th
	s.hi, s.lo = fastTwoSum(h, tail)
	p, pe = twoProd(S.hi, th)
	h, e = twoSum(C.hi, -p)
	tail = e - pe + C.lo + C.hi*cc - S.hi*st - S.lo*th
	co.hi, co.lo = fastTwoSum(h, tail)
	if neg {
		s = s.neg()
	}
	switch q {
	case 1:
		s, co = co, s.neg()
	case 2:
		s, co = s.neg(), co.neg()
	case 3:
		s, co = co.neg(), s
	}
	return s, co, true
}

// expCore returns v and k with exp(xh+xl) = v*2^k for |xh| < 708 (where
// the result is normal), with a relative error below fastExpErr/2, or
// ok=false.
func expCore(xh, xl float64) (v dd, k int, ok bool) {
	c := &lm
	if !(math.Abs(xh) < 708) {
		return v, 0, false
	}
	// x = k ln2/64 + r, |r| <= ln2/128; exp(x) = 2^(k>>6) 2^((k&63)/64) e^r.
	kf := math.Round(xh * (64 * c.invLn2.hi))
	h := xh - kf*c.ln2by64[0] // exact
	h, l := twoSum(h, -kf*c.ln2by64[1])
	l += xl - kf*c.ln2by64[2]
	h, l = twoSum(h, l) // l (from xl) may be far above ulp(h)
	ki := int(kf)
	T := c.exp2Tab[ki&63]
	// e^r - 1 = h + pl
	pl := l + h*h*(0.5+h*(1.0/6+h*(1.0/24+h*(1.0/120+h*(1.0/720+h*(1.0/5040))))))
	p, pe := twoProd(T.hi, h)
	s, e := fastTwoSum(T.hi, p)
	tail := e + pe + T.lo + T.hi*pl + T.lo*h
	v.hi, v.lo = fastTwoSum(s, tail)
	return v, ki >> 6, true
}

// expFast returns exp(x), or ok=false when the fast path cannot decide.
func expFast(x float64) (float64, bool) {
	v, k, ok := expCore(x, 0)
	if !ok || !settled(v, fastExpErr*v.hi) {
		return 0, false
	}
	return math.Ldexp(v.hi, k), true
}

// logCore returns ln(x) for finite x > 0 with a relative error below
// fastLogErr/2.
func logCore(x float64) dd {
	c := &lm
	m, ex := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		ex--
	}
	// m = (1 + j/128)(1 + u): ln m = -ln(inv_j) + ln(1+u), with u exact.
	i := int(math.Round((m-1)*128)) + logTabOffset
	p, pe := twoProd(m, c.logInv[i])
	uh, ul := fastTwoSum(p-1, pe)
	// ln(1+u) = u - u^2/2 + u^3/3 ... to u^10 (|u| < 2^-7.4), with u^2/2
	// exact: in plain float64 it alone would cost 2^-62.
	sq, sqe := twoProd(uh, uh)
	l1 := ul - uh*ul - 0.5*sqe + uh*sq*(1.0/3+uh*(-0.25+uh*(0.2+uh*(-1.0/6+
		uh*(1.0/7+uh*(-0.125+uh*(1.0/9+uh*(-0.1))))))))
	L := c.logTab[i]
	e := float64(ex)
	s1, e1 := twoSum(e*c.ln2Parts[0], L.hi)
	s2, e2 := twoSum(s1, uh)
	s3, e3 := twoSum(s2, -0.5*sq)
	tail := e1 + e2 + e3 + L.lo + e*(c.ln2Parts[1]+c.ln2Parts[2]) + l1
	var v dd
	v.hi, v.lo = fastTwoSum(s3, tail)
	return v
}

// logFast returns ln(x), or ok=false when the fast path cannot decide.
func logFast(x float64) (float64, bool) {
	v := logCore(x)
	if !settled(v, fastLogErr*math.Abs(v.hi)) {
		return 0, false
	}
	return v.hi, true
}

// powFast returns x^y for x > 0, or ok=false when the fast path cannot
// decide. The error of ln(x) grows with |y ln x| in the exponent.
func powFast(x, y float64) (float64, bool) {
	t := ddMulF(logCore(x), y)
	v, k, ok := expCore(t.hi, t.lo)
	if !ok || !settled(v, (fastLogErr*math.Abs(t.hi)+fastExpErr)*v.hi) {
		return 0, false
	}
	return math.Ldexp(v.hi, k), true
}
