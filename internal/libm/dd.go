package libm

import (
	"math"
	"math/big"
	"sync"
)

// Double-double arithmetic: a value is the unevaluated sum hi+lo of two
// float64s with |lo| <= ulp(hi)/2, about 106 bits of precision. The
// elementary functions of cr.go compute in it and round once at
// the end, which gives the correctly rounded result except when the exact
// value is within about 2^-100 (relative) of a rounding boundary.
//
// The building blocks are the classic error-free transformations (Knuth's
// two-sum, Dekker's fast two-sum, and the exact product through FMA).
// Products that must stay exact are written so that the compiler may not
// fuse them with anything else.

type dd struct{ hi, lo float64 }

// twoSum returns s = fl(a+b) and the exact error a+b-s.
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	v := s - a
	e = (a - (s - v)) + (b - v)
	return s, e
}

// fastTwoSum is twoSum for |a| >= |b| (or a == 0).
func fastTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return s, e
}

// twoProd returns p = fl(a*b) and the exact error a*b-p.
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	e = math.FMA(a, b, -p)
	return p, e
}

func ddFrom(x float64) dd { return dd{x, 0} }

func (a dd) neg() dd { return dd{-a.hi, -a.lo} }

func ddAdd(a, b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	s, e = fastTwoSum(s, e)
	e += f
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func ddSub(a, b dd) dd { return ddAdd(a, b.neg()) }

func ddAddF(a dd, b float64) dd {
	s, e := twoSum(a.hi, b)
	e += a.lo
	s, e = fastTwoSum(s, e)
	return dd{s, e}
}

func ddMul(a, b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += a.hi*b.lo + a.lo*b.hi
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(a dd, b float64) dd {
	p, e := twoProd(a.hi, b)
	e += a.lo * b
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

func ddSqr(a dd) dd {
	p, e := twoProd(a.hi, a.hi)
	e += 2 * a.hi * a.lo
	p, e = fastTwoSum(p, e)
	return dd{p, e}
}

// ddDiv computes a/b by long division: three partial quotients.
func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddSub(a, ddMulF(b, q1))
	q2 := r.hi / b.hi
	r = ddSub(r, ddMulF(b, q2))
	q3 := r.hi / b.hi
	q1, q2 = fastTwoSum(q1, q2)
	return ddAddF(dd{q1, q2}, q3)
}

// ddDivFast is a/b with one correction step (error about 2^-100,
// against 2^-104 for ddDiv).
func ddDivFast(a, b dd) dd {
	q := a.hi / b.hi
	p, pe := twoProd(q, b.hi)
	r := (a.hi - p) - pe + a.lo - q*b.lo
	h, l := fastTwoSum(q, r/b.hi)
	return dd{h, l}
}

// ddDivFF returns a/b for float64s (the remainder a - q*b is exact).
func ddDivFF(a, b float64) dd {
	q := a / b
	r := math.FMA(-q, b, a)
	h, l := fastTwoSum(q, r/b)
	return dd{h, l}
}

// ddSqrt is the square root of a >= 0 by one Newton step from the
// float64 root.
func ddSqrt(a dd) dd {
	if a.hi <= 0 {
		return dd{}
	}
	x := math.Sqrt(a.hi)
	p, e := twoProd(x, x)
	r := ((a.hi - p) - e + a.lo) / (2 * x)
	s, t := fastTwoSum(x, r)
	return dd{s, t}
}

// ldexp scales a by 2^k (exact while both parts stay normal).
func (a dd) ldexp(k int) dd { return dd{math.Ldexp(a.hi, k), math.Ldexp(a.lo, k)} }

// libmConsts are the constants of the elementary functions, computed once
// from decimal expansions with math/big.
type libmConsts struct {
	ln2 dd
	// ln2Parts splits ln(2) into pieces of at most 40 significant bits,
	// so that k*piece is exact for the exponents k exp() meets.
	ln2Parts [3]float64
	invLn2   dd
	pi       dd
	halfPi   dd
	// halfPiCW is pi/2 in pieces of at most 30 bits (Cody-Waite
	// reduction: k*piece is exact for k < 2^23).
	halfPiCW [5]float64
	invFact  [30]dd // 1/n!
	invOdd   [20]dd // 1/(2j+1)

	// Tables of the fast paths (fast.go).
	ln2by64 [3]float64 // ln(2)/64 in pieces of at most 35 bits
	exp2Tab [64]dd     // 2^(j/64)
	sinTab  [52]dd     // sin(j/64)
	cosTab  [52]dd     // cos(j/64)
	logInv  [logTabSize]float64
	logTab  [logTabSize]dd // -ln(logInv[i])
}

var (
	lmOnce sync.Once
	lm     libmConsts
)

// consts returns the constants, computing them on first use.
func consts() *libmConsts {
	lmOnce.Do(initLibm)
	return &lm
}

const (
	ln2Digits = "0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863326996418687542"
	piDigits  = "3.141592653589793238462643383279502884197169399375105820974944592307816406286208998628034825342117067982"
)

func bigFloat(s string, prec uint) *big.Float {
	f, _, err := big.ParseFloat(s, 10, prec, big.ToNearestEven)
	if err != nil {
		panic(err)
	}
	return f
}

// splitBig returns the double-double nearest to f.
func splitBig(f *big.Float) dd {
	hi, _ := f.Float64()
	r := new(big.Float).SetPrec(f.Prec()).Sub(f, big.NewFloat(hi))
	lo, _ := r.Float64()
	return dd{hi, lo}
}

// pieces splits f into n floats of at most bits significant bits each
// (the last one gets full precision).
func pieces(f *big.Float, n int, bits uint) []float64 {
	out := make([]float64, n)
	rest := new(big.Float).SetPrec(f.Prec()).Set(f)
	for i := 0; i < n; i++ {
		p := new(big.Float).SetPrec(bits).SetMode(big.ToNearestEven).Set(rest)
		if i == n-1 {
			p = new(big.Float).SetPrec(53).Set(rest)
		}
		out[i], _ = p.Float64()
		rest.Sub(rest, p)
	}
	return out
}

func initLibm() {
	c := &lm
	const prec = 320
	ln2 := bigFloat(ln2Digits, prec)
	pi := bigFloat(piDigits, prec)
	one := new(big.Float).SetPrec(prec).SetInt64(1)
	c.ln2 = splitBig(ln2)
	copy(c.ln2Parts[:], pieces(ln2, 3, 40))
	c.invLn2 = splitBig(new(big.Float).SetPrec(prec).Quo(one, ln2))
	c.pi = splitBig(pi)
	halfPi := new(big.Float).SetPrec(prec).Quo(pi, big.NewFloat(2))
	c.halfPi = splitBig(halfPi)
	copy(c.halfPiCW[:], pieces(halfPi, 5, 30))
	fact := new(big.Float).SetPrec(prec).SetInt64(1)
	for n := range c.invFact {
		if n > 0 {
			fact.Mul(fact, new(big.Float).SetInt64(int64(n)))
		}
		c.invFact[n] = splitBig(new(big.Float).SetPrec(prec).Quo(one, fact))
	}
	for j := range c.invOdd {
		c.invOdd[j] = splitBig(new(big.Float).SetPrec(prec).Quo(one, new(big.Float).SetInt64(int64(2*j+1))))
	}
	initFastTables(c, ln2)
}

// bigHalfPi returns pi/2 with 1400 bits, enough to reduce the largest
// float64 (below 2^1024) with over 300 bits to spare. It is computed on first
// use with Machin's formula, pi/4 = 4 atan(1/5) - atan(1/239).
var (
	bigHalfPiOnce sync.Once
	bigHalfPiVal  *big.Float
)

func bigHalfPi() *big.Float {
	bigHalfPiOnce.Do(func() {
		const prec = 1400
		atanInv := func(n int64) *big.Float {
			// atan(1/n) = sum (-1)^k / ((2k+1) n^(2k+1))
			sum := new(big.Float).SetPrec(prec)
			pow := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1), new(big.Float).SetInt64(n))
			n2 := new(big.Float).SetPrec(prec).SetInt64(n * n)
			eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -prec-8)
			for k := int64(0); ; k++ {
				term := new(big.Float).SetPrec(prec).Quo(pow, new(big.Float).SetInt64(2*k+1))
				if k%2 == 0 {
					sum.Add(sum, term)
				} else {
					sum.Sub(sum, term)
				}
				if term.Cmp(eps) < 0 {
					break
				}
				pow.Quo(pow, n2)
			}
			return sum
		}
		a := atanInv(5)
		a.Mul(a, big.NewFloat(4))
		a.Sub(a, atanInv(239))
		a.Mul(a, big.NewFloat(2)) // pi/2 = 2 (4 atan(1/5) - atan(1/239))
		bigHalfPiVal = a
	})
	return bigHalfPiVal
}
