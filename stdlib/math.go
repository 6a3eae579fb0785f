package stdlib

import (
	"math"

	"wippylua/internal/libm"
	"wippylua/vm"
)

// The math library (Lua 5.3 manual §6.7), as lua5.3 built with
// LUA_COMPAT_5_2 has it: the 5.3 functions plus atan2, cosh, sinh, tanh,
// pow, frexp, ldexp and log10.
//
// Functions that lua5.3 computes with the C library go through package
// libm, which reproduces glibc's special values (in particular which NaN,
// "nan" or "-nan", a domain error produces) and computes correctly rounded
// results as glibc does, so that printed values agree with lua5.3's to the
// last digit.

// openMath installs the math library.
func openMath(s *vm.State, loaded *vm.Table, p Profile) {
	funcs := map[string]func(t *vm.Thread) int{
		"abs":       mathAbs,
		"ceil":      mathCeil,
		"floor":     mathFloor,
		"fmod":      mathFmod,
		"modf":      mathModf,
		"sqrt":      mathFloat1(libm.Sqrt),
		"exp":       mathFloat1(libm.Exp),
		"log":       mathLog,
		"sin":       mathFloat1(libm.Sin),
		"cos":       mathFloat1(libm.Cos),
		"tan":       mathFloat1(libm.Tan),
		"asin":      mathFloat1(libm.Asin),
		"acos":      mathFloat1(libm.Acos),
		"atan":      mathAtan,
		"deg":       mathFloat1(func(x float64) float64 { return x * degPerRad }),
		"rad":       mathFloat1(func(x float64) float64 { return x * radPerDeg }),
		"tointeger": mathTointeger,
		"type":      mathType,
		"ult":       mathUlt,
		"max":       mathMax,
		"min":       mathMin,
		// LUA_COMPAT_MATHLIB (atan2 is added below)
		"cosh":  mathFloat1(libm.Cosh),
		"sinh":  mathFloat1(libm.Sinh),
		"tanh":  mathFloat1(libm.Tanh),
		"pow":   mathPow,
		"frexp": mathFrexp,
		"ldexp": mathLdexp,
		"log10": mathFloat1(libm.Log10),
	}
	funcs["random"] = mathRandom
	funcs["randomseed"] = mathRandomseed
	lib := register(s, loaded, "math", funcs)
	// lua5.3 registers one C function under both names, so that
	// math.atan == math.atan2.
	lib.SetStr("atan2", lib.GetStr("atan"))
	lib.SetStr("pi", vm.Float(math.Pi))
	lib.SetStr("huge", vm.Float(math.Inf(1)))
	lib.SetStr("maxinteger", vm.Int(math.MaxInt64))
	lib.SetStr("mininteger", vm.Int(math.MinInt64))
}

// degPerRad and radPerDeg are computed at run time, in float64 arithmetic,
// to get the same bits as C's 180.0/PI and PI/180.0 (a Go constant
// expression would be evaluated exactly and rounded once, which can differ
// in the last bit).
var (
	piFloat   = math.Pi
	degPerRad = 180.0 / piFloat
	radPerDeg = piFloat / 180.0
)

// mathFloat1 wraps a float function of one argument.
func mathFloat1(f func(float64) float64) func(t *vm.Thread) int {
	return func(t *vm.Thread) int {
		t.Push(vm.Float(f(t.CheckFloat(1))))
		return 1
	}
}

// pushNumInt pushes f as an integer when it has an integer value that fits
// (lua_numbertointeger), else as a float.
func pushNumInt(t *vm.Thread, f float64) {
	if f >= -0x1p63 && f < 0x1p63 {
		t.Push(vm.Int(int64(f)))
		return
	}
	t.Push(vm.Float(f))
}

func mathAbs(t *vm.Thread) int {
	if a := t.Arg(1); a.IsInt() {
		n := a.AsInt()
		if n < 0 {
			n = -n // mininteger stays mininteger, as in lua5.3
		}
		t.Push(vm.Int(n))
		return 1
	}
	t.Push(vm.Float(math.Abs(t.CheckFloat(1))))
	return 1
}

func mathFloor(t *vm.Thread) int {
	if a := t.Arg(1); a.IsInt() {
		t.Push(a)
		return 1
	}
	pushNumInt(t, math.Floor(t.CheckFloat(1)))
	return 1
}

func mathCeil(t *vm.Thread) int {
	if a := t.Arg(1); a.IsInt() {
		t.Push(a)
		return 1
	}
	pushNumInt(t, math.Ceil(t.CheckFloat(1)))
	return 1
}

func mathFmod(t *vm.Thread) int {
	a, b := t.Arg(1), t.Arg(2)
	if a.IsInt() && b.IsInt() {
		d := b.AsInt()
		switch d {
		case 0:
			t.ArgError(2, "zero")
		case -1:
			t.Push(vm.Int(0)) // mininteger % -1 would overflow
		default:
			t.Push(vm.Int(a.AsInt() % d)) // C's %: truncated, sign of a
		}
		return 1
	}
	// lua5.3 is compiled so that the second argument is converted first:
	// math.fmod() complains about argument #2.
	y := t.CheckFloat(2)
	x := t.CheckFloat(1)
	t.Push(vm.Float(libm.Fmod(x, y)))
	return 1
}

func mathModf(t *vm.Thread) int {
	if a := t.Arg(1); a.IsInt() {
		t.Push(a)
		t.Push(vm.Float(0))
		return 2
	}
	n := t.CheckFloat(1)
	if n != n {
		t.Push(vm.Float(n))
		t.Push(vm.Float(n))
		return 2
	}
	ip := math.Floor(n)
	if n < 0 {
		ip = math.Ceil(n)
	}
	pushNumInt(t, ip)
	frac := 0.0 // also for ±inf, where n - ip would be NaN
	if n != ip {
		frac = n - ip
	}
	t.Push(vm.Float(frac))
	return 2
}

func mathLog(t *vm.Thread) int {
	x := t.CheckFloat(1)
	var r float64
	if t.Arg(2).IsNil() {
		r = libm.Log(x)
	} else {
		switch base := t.CheckFloat(2); base {
		case 2:
			r = libm.Log2(x)
		case 10:
			r = libm.Log10(x)
		default:
			r = libm.Log(x) / libm.Log(base)
		}
	}
	t.Push(vm.Float(r))
	return 1
}

func mathAtan(t *vm.Thread) int {
	y := t.CheckFloat(1)
	x := 1.0
	if !t.Arg(2).IsNil() {
		x = t.CheckFloat(2)
	}
	t.Push(vm.Float(libm.Atan2(y, x)))
	return 1
}

func mathPow(t *vm.Thread) int {
	x := t.CheckFloat(1)
	y := t.CheckFloat(2)
	t.Push(vm.Float(libm.Pow(x, y)))
	return 1
}

func mathFrexp(t *vm.Thread) int {
	x := t.CheckFloat(1)
	if x == 0 || x != x || math.IsInf(x, 0) {
		// C's frexp returns these unchanged with exponent 0 (Go's Frexp
		// agrees, but says so only for some of them).
		t.Push(vm.Float(x))
		t.Push(vm.Int(0))
		return 2
	}
	m, e := math.Frexp(x)
	t.Push(vm.Float(m))
	t.Push(vm.Int(int64(e)))
	return 2
}

func mathLdexp(t *vm.Thread) int {
	x := t.CheckFloat(1)
	e := t.CheckInt(2)
	// lua5.3 passes (int)e to ldexp: the exponent is truncated to 32 bits.
	t.Push(vm.Float(math.Ldexp(x, int(int32(e)))))
	return 1
}

func mathTointeger(t *vm.Thread) int {
	// Like lua_tointegerx in 5.3, numeric strings are accepted too.
	if i, ok := t.Arg(1).ToInteger(); ok {
		t.Push(vm.Int(i))
		return 1
	}
	t.CheckAny(1)
	t.Push(vm.Nil)
	return 1
}

func mathType(t *vm.Thread) int {
	switch a := t.Arg(1); {
	case a.IsInt():
		t.Push(vm.String("integer"))
	case a.IsFloat():
		t.Push(vm.String("float"))
	default:
		t.CheckAny(1)
		t.Push(vm.Nil)
	}
	return 1
}

func mathUlt(t *vm.Thread) int {
	a := t.CheckInt(1)
	b := t.CheckInt(2)
	t.Push(vm.Bool(uint64(a) < uint64(b)))
	return 1
}

// mathMin and mathMax compare with '<' (metamethods included, no number
// check), keeping the winning argument as it is: its integer or float
// subtype, or even a string.
func mathMin(t *vm.Thread) int {
	n := t.NArgs()
	if n < 1 {
		t.ArgError(1, "value expected")
	}
	best := 1
	for i := 2; i <= n; i++ {
		if t.LessThan(t.Arg(i), t.Arg(best)) {
			best = i
		}
	}
	t.Push(t.Arg(best))
	return 1
}

func mathMax(t *vm.Thread) int {
	n := t.NArgs()
	if n < 1 {
		t.ArgError(1, "value expected")
	}
	best := 1
	for i := 2; i <= n; i++ {
		if t.LessThan(t.Arg(best), t.Arg(i)) {
			best = i
		}
	}
	t.Push(t.Arg(best))
	return 1
}
