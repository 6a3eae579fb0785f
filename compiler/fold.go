package compiler

import (
	"math"

	"wippylua/bytecode"
	"wippylua/internal/libm"
)

// Constant folding, exactly where lua5.3 folds: both operands numerals
// (never strings, even numeric ones), the operation cannot raise an error
// (integer division or modulo by zero, bitwise operations on floats
// without an integer value) and the result is neither NaN nor a float zero
// (folding could lose the sign of -0.0). Arithmetic follows Lua semantics:
// integers wrap around, `/` and `^` always give floats.

// numeral is a numeric constant operand.
type numeral struct {
	isInt bool
	i     int64
	f     float64
}

func (n numeral) float() float64 {
	if n.isInt {
		return float64(n.i)
	}
	return n.f
}

// toInteger converts n to an integer if it has an exact integer value.
func (n numeral) toInteger() (int64, bool) {
	if n.isInt {
		return n.i, true
	}
	return floatToInteger(n.f)
}

// floatToInteger returns f as an integer when f is integral and in range.
func floatToInteger(f float64) (int64, bool) {
	if math.Floor(f) != f || f < -(1<<63) || f >= 1<<63 {
		return 0, false
	}
	return int64(f), true
}

// toNumeral returns e's value if e is a numeral without jumps.
func toNumeral(e *expdesc) (numeral, bool) {
	if e.hasJumps() {
		return numeral{}, false
	}
	switch e.k {
	case kKInt:
		return numeral{isInt: true, i: e.ival}, true
	case kKFlt:
		return numeral{f: e.nval}, true
	}
	return numeral{}, false
}

// constFold tries to fold e1 op e2 into e1, op being an arithmetic,
// bitwise, UNM or BNOT opcode (for the unary ones e2 is the integer 0).
func constFold(op bytecode.Op, e1, e2 *expdesc) bool {
	v1, ok1 := toNumeral(e1)
	v2, ok2 := toNumeral(e2)
	if !ok1 || !ok2 {
		return false
	}
	r, ok := arith(op, v1, v2)
	if !ok {
		return false
	}
	if r.isInt {
		e1.k = kKInt
		e1.ival = r.i
		return true
	}
	if r.f != r.f || r.f == 0 {
		return false
	}
	e1.k = kKFlt
	e1.nval = r.f
	return true
}

// arith computes v1 op v2 as Lua does, reporting false for the operations
// that would raise an error at run time (which must not be folded).
func arith(op bytecode.Op, v1, v2 numeral) (numeral, bool) {
	switch op {
	case bytecode.BAND, bytecode.BOR, bytecode.BXOR, bytecode.SHL, bytecode.SHR, bytecode.BNOT:
		i1, ok1 := v1.toInteger()
		i2, ok2 := v2.toInteger()
		if !ok1 || !ok2 {
			return numeral{}, false
		}
		return numeral{isInt: true, i: intArith(op, i1, i2)}, true
	case bytecode.DIV, bytecode.IDIV, bytecode.MOD:
		if v2.float() == 0 {
			return numeral{}, false
		}
	}
	switch op {
	case bytecode.DIV, bytecode.POW:
		return numeral{f: floatArith(op, v1.float(), v2.float())}, true
	}
	if v1.isInt && v2.isInt {
		return numeral{isInt: true, i: intArith(op, v1.i, v2.i)}, true
	}
	return numeral{f: floatArith(op, v1.float(), v2.float())}, true
}

// intArith is integer arithmetic with wrap-around; the divisor of IDIV
// and MOD is not zero.
func intArith(op bytecode.Op, a, b int64) int64 {
	switch op {
	case bytecode.ADD:
		return a + b
	case bytecode.SUB:
		return a - b
	case bytecode.MUL:
		return a * b
	case bytecode.IDIV:
		if b == -1 {
			return -a // avoids the overflow trap of minint / -1
		}
		q := a / b
		if (a^b) < 0 && a%b != 0 {
			q-- // round toward minus infinity
		}
		return q
	case bytecode.MOD:
		if b == -1 {
			return 0
		}
		r := a % b
		if r != 0 && (r^b) < 0 {
			r += b // result takes the sign of the divisor
		}
		return r
	case bytecode.BAND:
		return a & b
	case bytecode.BOR:
		return a | b
	case bytecode.BXOR:
		return a ^ b
	case bytecode.SHL:
		return shiftLeft(a, b)
	case bytecode.SHR:
		return shiftLeft(a, -b)
	case bytecode.UNM:
		return -a
	case bytecode.BNOT:
		return ^a
	}
	panic("compiler: bad integer operator " + op.String())
}

// shiftLeft shifts logically; shifts of 64 bits or more give 0.
func shiftLeft(x, n int64) int64 {
	switch {
	case n <= -64 || n >= 64:
		return 0
	case n < 0:
		return int64(uint64(x) >> uint(-n))
	}
	return int64(uint64(x) << uint(n))
}

// floatArith is float arithmetic as lua5.3 does it.
func floatArith(op bytecode.Op, a, b float64) float64 {
	switch op {
	case bytecode.ADD:
		return a + b
	case bytecode.SUB:
		return a - b
	case bytecode.MUL:
		return a * b
	case bytecode.DIV:
		return a / b
	case bytecode.POW:
		return libm.Pow(a, b) // as the VM computes it
	case bytecode.IDIV:
		return math.Floor(a / b)
	case bytecode.MOD:
		m := math.Mod(a, b)
		if m*b < 0 {
			m += b
		}
		return m
	case bytecode.UNM:
		return -a
	}
	panic("compiler: bad float operator " + op.String())
}
