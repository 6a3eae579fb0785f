package vm

import (
	"fmt"
	"math"
	"strings"
)

// Helpers for Go functions: argument checking in lua5.3's words, and
// metamethod-aware operations callable from Go.

// currentFuncName names the running Go function for "bad argument"
// messages: the name the caller used (global, method, field...) or the
// function's registered name.
func (t *Thread) currentFuncName() (name string, isMethod bool) {
	idx := len(t.frames) - 1
	kind, n := t.funcNameFromCall(idx)
	if kind == "method" {
		return n, true
	}
	if n != "" && kind != "" {
		return n, false
	}
	if g := t.globalFuncName(t.stack[t.ci().fn]); g != "" {
		return g, false
	}
	return "?", false
}

// ArgError raises "bad argument #n to 'f' (msg)". It does not return.
func (t *Thread) ArgError(n int, msg string) {
	name, method := t.currentFuncName()
	if method {
		n--
		if n == 0 {
			t.Errorf("calling '%s' on bad self (%s)", name, msg)
		}
	}
	t.Errorf("bad argument #%d to '%s' (%s)", n, name, msg)
}

// TypeError raises "bad argument #n to 'f' (T expected, got U)".
func (t *Thread) TypeError(n int, expected string) {
	v := t.Arg(n)
	var got string
	if mt := t.state.metaView(v); mt != nil && mt.GetStr("__name").IsString() {
		got = mt.GetStr("__name").AsString()
	} else if n > t.NArgs() {
		got = "no value"
	} else {
		got = v.TypeName()
	}
	t.ArgError(n, expected+" expected, got "+got)
}

// CheckAny raises an error when argument n is absent.
func (t *Thread) CheckAny(n int) Value {
	if n > t.NArgs() {
		t.ArgError(n, "value expected")
	}
	return t.Arg(n)
}

// CheckTable returns the contents of argument n, a table, for reading:
// for a table shared between States it is State.View's result, which
// must be written only through State.Mutable, and never made into a Value
// (push t.Arg(n) instead).
func (t *Thread) CheckTable(n int) *Table {
	v := t.Arg(n)
	if v.Kind() != KindTable {
		t.TypeError(n, "table")
	}
	return t.state.view(v.table())
}

// CheckInt returns argument n as an integer (floats with an exact integer
// value and numeric strings are accepted).
func (t *Thread) CheckInt(n int) int64 {
	v := t.Arg(n)
	if v.IsInt() {
		return v.AsInt()
	}
	if i, ok := v.ToInteger(); ok {
		return i
	}
	if _, ok := v.ToNumber(); ok {
		t.ArgError(n, "number has no integer representation")
	}
	t.TypeError(n, "number")
	return 0
}

// OptInt returns argument n as an integer, or def when it is nil or absent.
func (t *Thread) OptInt(n int, def int64) int64 {
	if t.Arg(n).IsNil() {
		return def
	}
	return t.CheckInt(n)
}

// CheckNumber returns argument n as a number value (int or float).
func (t *Thread) CheckNumber(n int) Value {
	v := t.Arg(n)
	if v.IsNumber() {
		return v
	}
	if nv, ok := toNumberValue(v); ok {
		return nv
	}
	t.TypeError(n, "number")
	return Nil
}

// CheckFloat returns argument n converted to a float.
func (t *Thread) CheckFloat(n int) float64 {
	f, _ := t.CheckNumber(n).ToNumber()
	return f
}

// CheckString returns argument n as a string (numbers are converted).
func (t *Thread) CheckString(n int) string {
	v := t.Arg(n)
	if v.IsString() {
		return v.AsString()
	}
	if v.IsNumber() {
		s := NumberToString(v)
		t.SetArg(n, String(s))
		return s
	}
	t.TypeError(n, "string")
	return ""
}

// OptString returns argument n as a string, or def when nil or absent.
func (t *Thread) OptString(n int, def string) string {
	if t.Arg(n).IsNil() {
		return def
	}
	return t.CheckString(n)
}

// CheckFunction checks that argument n is a function.
func (t *Thread) CheckFunction(n int) Value {
	v := t.Arg(n)
	if !v.IsFunction() {
		t.TypeError(n, "function")
	}
	return v
}

// CheckThread returns argument n as a coroutine.
func (t *Thread) CheckThread(n int) *Thread {
	v := t.Arg(n)
	if v.Kind() != KindThread {
		t.TypeError(n, "thread")
	}
	return v.thread()
}

// CheckOption returns the index of argument n in opts.
func (t *Thread) CheckOption(n int, def string, opts []string) int {
	s := def
	if !t.Arg(n).IsNil() || def == "" {
		s = t.CheckString(n)
	}
	for i, o := range opts {
		if o == s {
			return i
		}
	}
	t.ArgError(n, fmt.Sprintf("invalid option '%s'", s))
	return -1
}

// Index returns obj[key] with metamethods.
func (t *Thread) Index(obj, key Value) Value {
	v, _ := t.index(obj, key, originNone, false)
	return v
}

// SetIndex performs obj[key] = val with metamethods.
func (t *Thread) SetIndex(obj, key, val Value) {
	t.setIndexIn(obj, key, val, originNone, false)
}

// Equal compares with __eq.
func (t *Thread) Equal(a, b Value) bool {
	if a.Kind() == b.Kind() && (a.Kind() == KindTable || a.Kind() == KindUserdata) {
		r, _ := t.equalMeta(a, b, false)
		return r
	}
	return RawEquals(a, b)
}

// LessThan compares with __lt.
func (t *Thread) LessThan(a, b Value) bool {
	r, _ := t.lessThan(a, b, false)
	return r
}

// LessEqual compares with __le.
func (t *Thread) LessEqual(a, b Value) bool {
	r, _ := t.lessEqual(a, b, false)
	return r
}

// Len returns #v with __len.
func (t *Thread) Len(v Value) Value {
	r, _ := t.length(v, originNone, false)
	return r
}

// ToStringMeta converts any value to a string like tostring: __tostring,
// then __name, then the default forms ("table: 0x...").
func (t *Thread) ToStringMeta(v Value) string {
	if h := t.GetMetaField(v, "__tostring"); !h.IsNil() {
		r := t.CallValue(h, v)
		if !r.IsString() {
			if r.IsNumber() {
				return NumberToString(r)
			}
			t.Errorf("'__tostring' must return a string")
		}
		return r.AsString()
	}
	switch v.Kind() {
	case KindNil:
		return "nil"
	case KindBool:
		if v.AsBool() {
			return "true"
		}
		return "false"
	case KindInt, KindFloat:
		return NumberToString(v)
	case KindString:
		return v.AsString()
	}
	kind := v.TypeName()
	if n := t.GetMetaField(v, "__name"); n.IsString() {
		kind = n.AsString()
	}
	return fmt.Sprintf("%s: %p", kind, v.p)
}

// ArithOp names an arithmetic operator for Thread.Arith.
type ArithOp = arithOp

// Arithmetic operators for Thread.Arith.
const (
	OpAdd  = opAdd
	OpSub  = opSub
	OpMul  = opMul
	OpMod  = opMod
	OpPow  = opPow
	OpDiv  = opDiv
	OpIDiv = opIDiv
	OpBand = opBand
	OpBor  = opBor
	OpBxor = opBxor
	OpShl  = opShl
	OpShr  = opShr
	OpUnm  = opUnm
	OpBnot = opBnot
)

// Arith computes a op b with metamethods.
func (t *Thread) Arith(op ArithOp, a, b Value) Value {
	if r, ok := t.arithRaw(op, a, b); ok {
		return r
	}
	v, _ := t.arithMeta(op, a, b, originNone, originNone, false)
	return v
}

// Concat concatenates values with __concat.
func (t *Thread) Concat(vs ...Value) Value {
	if len(vs) == 0 {
		return String("")
	}
	base := t.top
	t.ensure(len(vs) + 1)
	copy(t.stack[base:], vs)
	t.top = base + len(vs)
	t.concat(t.ci(), base, base+len(vs)-1, false)
	v := t.stack[base]
	t.top = base
	return v
}

// Status strings of coroutines.
func (t *Thread) statusString(from *Thread) string {
	switch {
	case t == from:
		return "running"
	case t.status == threadDead:
		return "dead"
	case t.status == threadSuspended:
		return "suspended"
	case t.status == threadNormal || t.status == threadRunning:
		return "normal"
	}
	return "dead"
}

// IntToFloatExact reports whether an integer converts to float exactly.
func IntToFloatExact(i int64) bool {
	f := float64(i)
	return f >= -9223372036854775808.0 && f < 9223372036854775808.0 && int64(f) == i
}

var _ = math.MaxInt64
var _ = strings.Contains
