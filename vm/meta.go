package vm

import (
	"math"
	"strings"

	"wippylua/internal/libm"
)

// tm is a metamethod event. The first eight can be cached as absent in a
// metatable's flags (Table.absent).
type tm uint8

const (
	tmIndex tm = iota
	tmNewindex
	tmGC
	tmMode
	tmLen
	tmEq
	tmAdd
	tmSub
	tmMul
	tmMod
	tmPow
	tmDiv
	tmIDiv
	tmBand
	tmBor
	tmBxor
	tmShl
	tmShr
	tmUnm
	tmBnot
	tmLt
	tmLe
	tmConcat
	tmCall
	numTM
)

var tmNames = [numTM]string{
	"__index", "__newindex", "__gc", "__mode", "__len", "__eq",
	"__add", "__sub", "__mul", "__mod", "__pow", "__div", "__idiv",
	"__band", "__bor", "__bxor", "__shl", "__shr", "__unm", "__bnot",
	"__lt", "__le", "__concat", "__call",
}

// tmKeys and tmHashes are the event names as keys, hashed once.
var tmKeys, tmHashes = func() (ks [numTM]Value, hs [numTM]uint64) {
	for i, n := range tmNames {
		ks[i] = String(n)
		hs[i] = hashValue(ks[i])
	}
	return
}()

// metaField returns mt[event] (raw), using the absent-cache for the
// cacheable events.
func metaField(mt *Table, event tm) Value {
	if mt == nil {
		return Nil
	}
	if event < 8 {
		if mt.absent&(1<<event) != 0 {
			return Nil
		}
		v := mt.getHashH(tmKeys[event], tmHashes[event])
		if v.IsNil() {
			mt.absent |= 1 << event
		}
		return v
	}
	return mt.getHashH(tmKeys[event], tmHashes[event])
}

// metamethod returns the handler for event of value v, or nil.
func (t *Thread) metamethod(v Value, event tm) Value {
	return metaField(t.state.metaView(v), event)
}

// GetMetaField returns the raw field name of v's metatable, or nil.
func (t *Thread) GetMetaField(v Value, name string) Value {
	mt := t.state.metaView(v)
	if mt == nil {
		return Nil
	}
	return mt.GetStr(name)
}

// arithOp identifies an arithmetic or bitwise operation.
type arithOp uint8

const (
	opAdd arithOp = iota
	opSub
	opMul
	opMod
	opPow
	opDiv
	opIDiv
	opBand
	opBor
	opBxor
	opShl
	opShr
	opUnm
	opBnot
)

// eventOf maps an arithmetic operation to its metamethod event.
func (op arithOp) event() tm { return tmAdd + tm(op) }

func (op arithOp) isBitwise() bool {
	return op >= opBand && op <= opShr || op == opBnot
}

// arithInt computes an integer operation. For opIDiv and opMod the caller
// has ruled out a zero divisor.
func arithInt(op arithOp, a, b int64) int64 {
	switch op {
	case opAdd:
		return a + b
	case opSub:
		return a - b
	case opMul:
		return a * b
	case opMod:
		return IntMod(a, b)
	case opIDiv:
		return IntFloorDiv(a, b)
	case opBand:
		return a & b
	case opBor:
		return a | b
	case opBxor:
		return a ^ b
	case opShl:
		return ShiftLeft(a, b)
	case opShr:
		return ShiftLeft(a, -b)
	case opUnm:
		return -a
	case opBnot:
		return ^a
	}
	return 0
}

// arithFloat computes a float operation.
func arithFloat(op arithOp, a, b float64) float64 {
	switch op {
	case opAdd:
		return a + b
	case opSub:
		return a - b
	case opMul:
		return a * b
	case opDiv:
		return a / b
	case opMod:
		return FloatMod(a, b)
	case opIDiv:
		return math.Floor(a / b)
	case opPow:
		return libm.Pow(a, b) // glibc's pow, as lua5.3 (see internal/libm)
	case opUnm:
		return -a
	}
	return 0
}

// arithRaw performs op on two values without metamethods, coercing
// strings to numbers. ok is false when an operand is not a number (or,
// for bitwise ops, has no integer representation: then intErr is true).
func (t *Thread) arithRaw(op arithOp, a, b Value) (r Value, ok bool) {
	if op.isBitwise() {
		x, ok1 := a.ToInteger()
		y, ok2 := b.ToInteger()
		if !ok1 || !ok2 {
			return Nil, false
		}
		return Int(arithInt(op, x, y)), true
	}
	// Only two integers give an integer result: a string operand is
	// converted to a float first, as lua5.3's luaV_tonumber does.
	if a.IsInt() && b.IsInt() && op != opDiv && op != opPow {
		x, y := a.AsInt(), b.AsInt()
		if y == 0 && (op == opIDiv || op == opMod) {
			if op == opIDiv {
				t.runtimeError("attempt to divide by zero")
			}
			t.runtimeError("attempt to perform 'n%%0'")
		}
		return Int(arithInt(op, x, y)), true
	}
	x, ok1 := a.ToNumber()
	y, ok2 := b.ToNumber()
	if !ok1 || !ok2 {
		return Nil, false
	}
	return Float(arithFloat(op, x, y)), true
}

// Operand origins for error messages: a register index (>= 0), none, or
// an upvalue (originUpval - idx).
const (
	originNone  = -1
	originUpval = -2
)

// arithError raises the error lua5.3 gives for an arithmetic or bitwise
// operation with no applicable metamethod. oa and ob are the operands'
// origins.
func (t *Thread) arithError(op arithOp, a, b Value, oa, ob int) {
	if op.isBitwise() {
		_, na := a.ToNumber()
		_, nb := b.ToNumber()
		if na && nb {
			// Both are numbers: one has no integer representation.
			bad, o := b, ob
			if _, ok := a.ToInteger(); !ok {
				bad, o = a, oa
			}
			_ = bad
			t.runtimeError("number%s has no integer representation", t.varInfo(o))
		}
		t.opError(a, b, oa, ob, "perform bitwise operation on")
	}
	t.opError(a, b, oa, ob, "perform arithmetic on")
}

// opError reports the first operand that is not a number.
func (t *Thread) opError(a, b Value, oa, ob int, msg string) {
	if _, ok := a.ToNumber(); !ok {
		b, ob = a, oa
	}
	t.typeError(b, ob, msg)
}

// typeError raises "attempt to <op> a <type> value (<varinfo>)".
func (t *Thread) typeError(v Value, origin int, op string) {
	t.runtimeError("attempt to %s a %s value%s", op, t.objTypeName(v), t.varInfo(origin))
}

// objTypeName is the type name used in messages: __name of the metatable
// when it is a string, else the basic type name.
func (t *Thread) objTypeName(v Value) string {
	if k := v.Kind(); k == KindTable || k == KindUserdata {
		if mt := t.state.metaView(v); mt != nil {
			if n := mt.GetStr("__name"); n.IsString() {
				return n.AsString()
			}
		}
	}
	return v.TypeName()
}

// compareError raises lua5.3's error for an invalid order comparison.
func (t *Thread) compareError(a, b Value) {
	t1, t2 := t.objTypeName(a), t.objTypeName(b)
	if t1 == t2 {
		t.runtimeError("attempt to compare two %s values", t1)
	}
	t.runtimeError("attempt to compare %s with %s", t1, t2)
}

// concatError reports the operand of a concatenation that is not a string
// or number.
func (t *Thread) concatError(a, b Value, oa, ob int) {
	if a.IsString() || a.IsNumber() {
		a, oa = b, ob
	}
	t.typeError(a, oa, "concatenate")
}

// tostringBasic converts a string or number to its string form for
// concatenation.
func tostringBasic(v Value) (string, bool) {
	if v.IsString() {
		return v.AsString(), true
	}
	if v.IsNumber() {
		return NumberToString(v), true
	}
	return "", false
}

// concatValues joins values that are all strings or numbers.
func (t *Thread) concatValues(vs []Value) Value {
	n := 0
	for _, v := range vs {
		if v.IsString() {
			n += v.strLen()
		} else {
			n += 24
		}
	}
	if n > t.state.MaxStringLen {
		t.runtimeError("string length overflow")
	}
	// Charge the copy to the instruction budget (one unit per 64 bytes),
	// so that preemption bounds work, not just instructions: a loop that
	// builds a long string by repeated concatenation is quadratic.
	t.budget -= n >> 6
	var b strings.Builder
	b.Grow(n)
	for _, v := range vs {
		if v.IsString() {
			b.WriteString(v.AsString())
		} else {
			b.WriteString(NumberToString(v))
		}
	}
	return String(b.String())
}

// PrimeMetaCache fills t's cache of absent metamethods now. metaField
// records a missing event in the metatable it reads (Table.absent), a
// write on a read path; a metatable shared by States that run at the same
// time (the one of run-time type values) is primed once before it is
// shared and never written afterwards, so that every later lookup only
// reads it.
func (t *Table) PrimeMetaCache() {
	for e := tm(0); e < 8; e++ {
		metaField(t, e)
	}
}
