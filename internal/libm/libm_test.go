package libm

import (
	"bufio"
	"math"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"
)

// libmFuncs are the correctly rounded functions, by the names used in
// testdata/libm_golden.txt (atan is atan2(x, 1)).
var libmFuncs = map[string]func(x, y float64) float64{
	"sin":   func(x, _ float64) float64 { return Sin(x) },
	"cos":   func(x, _ float64) float64 { return Cos(x) },
	"tan":   func(x, _ float64) float64 { return Tan(x) },
	"exp":   func(x, _ float64) float64 { return Exp(x) },
	"log":   func(x, _ float64) float64 { return Log(x) },
	"log2":  func(x, _ float64) float64 { return Log2(x) },
	"asin":  func(x, _ float64) float64 { return Asin(x) },
	"acos":  func(x, _ float64) float64 { return Acos(x) },
	"atan":  func(x, _ float64) float64 { return Atan2(x, 1) },
	"atan2": Atan2,
	"pow":   Pow,
}

// TestLibmGolden compares with correctly rounded results computed by
// mpmath (testdata/libm_golden.py).
func TestLibmGolden(t *testing.T) {
	fh, err := os.Open("testdata/libm_golden.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	n, bad := 0, 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 4 {
			t.Fatalf("bad line %q", sc.Text())
		}
		fn := libmFuncs[f[0]]
		if fn == nil {
			t.Fatalf("unknown function in %q", sc.Text())
		}
		var v [3]float64
		for i := range v {
			if v[i], err = strconv.ParseFloat(f[i+1], 64); err != nil {
				t.Fatal(err)
			}
		}
		n++
		if got := fn(v[0], v[1]); got != v[2] {
			bad++
			if bad < 20 {
				t.Errorf("%s(%x, %x) = %x, want %x", f[0], v[0], v[1], got, v[2])
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d golden values", n)
	}
	if bad > 0 {
		t.Errorf("%d of %d results are not correctly rounded", bad, n)
	}
}

// randFloat returns a random float with a uniformly chosen binary
// exponent in [emin, emax] and a random sign.
func randFloat(r *rand.Rand, emin, emax int) float64 {
	x := math.Ldexp(1+r.Float64(), emin+r.Intn(emax-emin+1))
	if r.Intn(2) == 0 {
		x = -x
	}
	return x
}

// TestLibmFastPaths checks the contract of the fast paths: when they
// answer, they agree with the double-double evaluation, and they answer
// almost always. It also measures the errors of the fast cores against
// the bounds the rounding tests assume.
func TestLibmFastPaths(t *testing.T) {
	c := consts()
	r := rand.New(rand.NewSource(7))
	const n = 100000
	relErr := func(a, b dd) float64 { return math.Abs(ddSub(a, b).hi / b.hi) }
	var maxSC, maxExp, maxLog float64
	fallbacks := map[string]int{}
	for i := 0; i < n; i++ {
		x := randFloat(r, -30, 21)
		if s, co, ok := sinCosFast(x); ok {
			ss, cs := sinCosDD(x)
			maxSC = math.Max(maxSC, math.Max(relErr(s, ss), relErr(co, cs)))
			if settled(s, fastSinCosErr*math.Abs(s.hi)) && s.hi != ss.hi {
				t.Errorf("sin(%x): fast %x, slow %x", x, s.hi, ss.hi)
			}
		} else {
			fallbacks["sincos"]++
		}
		if crSin(x) != sinSlow(x) {
			t.Errorf("crSin(%x) differs from the slow path", x)
		}
		e := randFloat(r, -40, 9)
		if v, k, ok := expCore(e, 0); ok {
			m, k2 := expDD(ddFrom(e))
			maxExp = math.Max(maxExp, relErr(v, m.ldexp(k2-k)))
		}
		if v, ok := expFast(e); ok {
			m, k := expDD(ddFrom(e))
			if v != scaleRound(m, k) {
				t.Errorf("exp(%x): fast %x, slow %x", e, v, scaleRound(m, k))
			}
		} else if math.Abs(e) < 708 {
			fallbacks["exp"]++
		}
		l := math.Abs(randFloat(r, -1074, 1023))
		if i%2 == 0 {
			l = 1 + randFloat(r, -50, -1)
		}
		lc, ls := logCore(l), logDD(l)
		maxLog = math.Max(maxLog, relErr(lc, ls))
		if v, ok := logFast(l); ok {
			if v != ls.hi {
				t.Errorf("log(%x): fast %x, slow %x", l, v, ls.hi)
			}
		} else {
			fallbacks["log"]++
		}
		q := randFloat(r, -20, 20)
		if got, want := Atan2(q, 1), atanSlow(q); got != want {
			t.Errorf("atan(%x): %x, slow %x", q, got, want)
		}
		a := randFloat(r, -20, -1)
		if got, want := crAsin(a), asinSlow(a); got != want {
			t.Errorf("asin(%x): %x, slow %x", a, got, want)
		}
		px, py := math.Abs(randFloat(r, -20, 20)), randFloat(r, -8, 5)
		if v, ok := powFast(px, py); ok {
			if want := powSlow(px, py); v != want {
				t.Errorf("pow(%x, %x): fast %x, slow %x", px, py, v, want)
			}
		} else if math.Abs(py*math.Log(px)) < 50 {
			fallbacks["pow"]++
		}
	}
	t.Logf("max relative errors: sincos 2^%.1f, exp 2^%.1f, log 2^%.1f", math.Log2(maxSC), math.Log2(maxExp), math.Log2(maxLog))
	t.Logf("fallbacks out of %d: %v", n, fallbacks)
	for name, e := range map[string][2]float64{"sincos": {maxSC, fastSinCosErr}, "exp": {maxExp, fastExpErr}, "log": {maxLog, fastLogErr}} {
		if e[0] > e[1]/8 {
			t.Errorf("%s: fast core error %g is too close to its bound %g", name, e[0], e[1])
		}
	}
	for name, k := range fallbacks {
		if k > n/50 {
			t.Errorf("%s: %d fallbacks to the slow path out of %d", name, k, n)
		}
	}
	_ = c
}

func sinSlow(x float64) float64 {
	if x == 0 {
		return x
	}
	s, _ := sinCosDD(x)
	return s.hi
}

func atanSlow(q float64) float64 {
	my, ey := math.Frexp(q)
	v, _ := atan2DD(q, 1, math.Abs(my), 0.5, ey-1, false)
	return v.hi
}

func asinSlow(x float64) float64 {
	v, _ := asinAcos(x, false, false)
	return v.hi
}

func powSlow(x, y float64) float64 {
	m, k := expDD(ddMulF(logDD(x), y))
	return scaleRound(m, k)
}

// TestLibmExact checks results that must come out exactly.
func TestLibmExact(t *testing.T) {
	check := func(name string, got, want float64) {
		t.Helper()
		if got != want || math.Signbit(got) != math.Signbit(want) {
			t.Errorf("%s = %x, want %x", name, got, want)
		}
	}
	check("exp(0)", Exp(0), 1)
	check("exp(-0)", Exp(math.Copysign(0, -1)), 1)
	check("exp(1)", Exp(1), math.E)
	check("log(1)", Log(1), 0)
	check("log(e)", Log(math.E), 1)
	check("sin(-0)", Sin(math.Copysign(0, -1)), math.Copysign(0, -1))
	check("tan(-0)", Tan(math.Copysign(0, -1)), math.Copysign(0, -1))
	check("asin(-0)", Asin(math.Copysign(0, -1)), math.Copysign(0, -1))
	check("asin(1)", Asin(1), math.Pi/2)
	check("acos(-1)", Acos(-1), math.Pi)
	check("acos(1)", Acos(1), 0)
	check("atan(1)", Atan2(1, 1), math.Pi/4)
	check("atan2(1e-300, -1e300)", Atan2(1e-300, -1e300), math.Pi)
	check("atan2(1e300, 1e-300)", Atan2(1e300, 1e-300), math.Pi/2)
	check("atan2(1e-300, 1e300)", Atan2(1e-300, 1e300), 0) // underflows
	check("exp(709.78)", Exp(709.78), 0x1.fe9ce5c4c52b4p+1023)
	check("exp(-745.1)", Exp(-745.1), 0x1p-1074)
	check("exp(-746)", Exp(-746), 0)
	check("exp(710)", Exp(710), math.Inf(1))
	check("log(min subnormal)", Log(0x1p-1074), -744.4400719213812)
	for k := -1074; k <= 1023; k += 7 {
		check("log2(2^k)", Log2(math.Ldexp(1, k)), float64(k))
	}
	for p := 0; p <= 22; p++ {
		check("log10(10^p)", Log10(math.Pow(10, float64(p))), float64(p))
	}
	check("pow(2, 10)", Pow(2, 10), 1024)
	check("pow(4, 0.5)", Pow(4, 0.5), 2)
	check("pow(-2, 3)", Pow(-2, 3), -8)
	check("pow(10, -2)", Pow(10, -2), 0.01)
	check("pow(2, -1074)", Pow(2, -1074), 0x1p-1074)
	check("pow(2, 1024)", Pow(2, 1024), math.Inf(1))
	check("sinh(1)", Sinh(1), 1.1752011936438014)
	check("cosh(0)", Cosh(0), 1)
	check("tanh(30)", Tanh(30), 1)
}

func BenchmarkLibm(b *testing.B) {
	fs := []struct {
		name string
		f    func(float64) float64
	}{
		{"sin", Sin}, {"go-sin", math.Sin}, {"exp", Exp}, {"go-exp", math.Exp},
		{"log", Log}, {"go-log", math.Log}, {"tan", Tan}, {"asin", Asin},
		{"atan", func(x float64) float64 { return Atan2(x, 1) }},
		{"pow", func(x float64) float64 { return Pow(x, 1.7) }},
		{"sinh", Sinh}, {"log10", Log10},
	}
	var sink float64
	for _, f := range fs {
		b.Run(f.name, func(b *testing.B) {
			x := 0.3
			for i := 0; i < b.N; i++ {
				sink += f.f(x)
				x += 0.0001
				if x > 0.9 {
					x = 0.3
				}
			}
		})
	}
	_ = sink
}
