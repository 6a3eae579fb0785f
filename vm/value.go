package vm

import (
	"math"
	"unsafe"
)

// Value is a Lua value in 16 bytes, with no heap allocation for numbers,
// booleans or nil.
//
// Layout: p is a pointer the garbage collector can always trace, and n is
// plain bits.
//
//	nil       p == nil                    n == 0
//	boolean   p == &scalarTags[tagBool]   n == 0 or 1
//	integer   p == &scalarTags[tagInt]    n == the int64 bits
//	float     p == &scalarTags[tagFloat]  n == the float64 bits
//	string    p == first byte of the data n == kindString<<56 | length
//	object    p == *Table, *Closure, ...  n == kind<<56
//
// Scalars are told apart by which static tag p points to, so testing "is
// this an integer" is one pointer comparison. Objects carry their kind in
// the top byte of n. Strings need no header object: the Go string is
// rebuilt from p and the length, so creating a string value never
// allocates beyond the string bytes themselves.
type Value struct {
	p unsafe.Pointer
	n uint64
}

// Kind is the dynamic type of a value. It refines Lua's type() (which
// reports "function" for both LuaFunction and GoFunction).
type Kind uint8

// Kinds, in the order of Lua's type tags.
const (
	KindNil Kind = iota
	KindBool
	KindInt
	KindFloat
	KindString
	KindTable
	KindLuaFunction
	KindGoFunction
	KindThread
	KindUserdata
)

const (
	tagBool = iota
	tagInt
	tagFloat
	numTags
)

// scalarTags gives each scalar kind a distinct static address.
var scalarTags [numTags]byte

// emptyString is where the zero-length string points, so that "" is not
// confused with nil.
var emptyString byte

var (
	tagBoolPtr  = unsafe.Pointer(&scalarTags[tagBool])
	tagIntPtr   = unsafe.Pointer(&scalarTags[tagInt])
	tagFloatPtr = unsafe.Pointer(&scalarTags[tagFloat])
)

const kindShift = 56
const lenMask = 1<<kindShift - 1

// Nil is the nil value (also the zero Value).
var Nil Value

// True and False are the boolean values.
var (
	True  = Value{tagBoolPtr, 1}
	False = Value{tagBoolPtr, 0}
)

// Int returns an integer value.
func Int(i int64) Value { return Value{tagIntPtr, uint64(i)} }

// Float returns a float value.
func Float(f float64) Value { return Value{tagFloatPtr, math.Float64bits(f)} }

// Bool returns a boolean value.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// String returns a string value. It does not copy s.
func String(s string) Value {
	if len(s) == 0 {
		return Value{unsafe.Pointer(&emptyString), uint64(KindString) << kindShift}
	}
	return Value{unsafe.Pointer(unsafe.StringData(s)), uint64(KindString)<<kindShift | uint64(len(s))}
}

func object(p unsafe.Pointer, k Kind) Value { return Value{p, uint64(k) << kindShift} }

// TableValue wraps a table.
func TableValue(t *Table) Value {
	if t == nil {
		return Nil
	}
	return object(unsafe.Pointer(t), KindTable)
}

// FunctionValue wraps a Go function.
func FunctionValue(f *GoFunction) Value { return object(unsafe.Pointer(f), KindGoFunction) }

func closureValue(c *Closure) Value { return object(unsafe.Pointer(c), KindLuaFunction) }

// ThreadValue wraps a coroutine.
func ThreadValue(t *Thread) Value {
	t.exposed = true
	return object(unsafe.Pointer(t), KindThread)
}

// UserdataValue wraps a userdata.
func UserdataValue(u *Userdata) Value { return object(unsafe.Pointer(u), KindUserdata) }

// Kind returns the dynamic type of v.
func (v Value) Kind() Kind {
	if v.p == nil {
		return KindNil
	}
	if d := uintptr(v.p) - uintptr(unsafe.Pointer(&scalarTags)); d < numTags {
		return KindBool + Kind(d)
	}
	return Kind(v.n >> kindShift)
}

// IsNil reports whether v is nil.
func (v Value) IsNil() bool { return v.p == nil }

// IsInt reports whether v is an integer.
func (v Value) IsInt() bool { return v.p == tagIntPtr }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { return v.p == tagFloatPtr }

// IsNumber reports whether v is an integer or a float.
func (v Value) IsNumber() bool { return v.p == tagIntPtr || v.p == tagFloatPtr }

// IsString reports whether v is a string.
func (v Value) IsString() bool { return v.Kind() == KindString }

// IsTable reports whether v is a table.
func (v Value) IsTable() bool { return v.Kind() == KindTable }

// IsFunction reports whether v is a Lua or Go function.
func (v Value) IsFunction() bool {
	k := v.Kind()
	return k == KindLuaFunction || k == KindGoFunction
}

// Truthy reports whether v counts as true in a condition: everything but
// nil and false.
func (v Value) Truthy() bool { return v.p != nil && v != False }

// AsInt returns the integer in v; v must be an integer.
func (v Value) AsInt() int64 { return int64(v.n) }

// AsFloat returns the float in v; v must be a float.
func (v Value) AsFloat() float64 { return math.Float64frombits(v.n) }

// numFloat converts a number value (int or float) to a float.
func (v Value) numFloat() float64 {
	if v.p == tagIntPtr {
		return float64(int64(v.n))
	}
	return math.Float64frombits(v.n)
}

// AsBool returns the boolean in v; v must be a boolean.
func (v Value) AsBool() bool { return v.n != 0 }

// AsString returns the string in v; v must be a string.
func (v Value) AsString() string { return unsafe.String((*byte)(v.p), int(v.n&lenMask)) }

// strLen returns the length of the string in v; v must be a string.
func (v Value) strLen() int { return int(v.n & lenMask) }

// AsTable returns the table in v, or nil if v is not a table.
func (v Value) AsTable() *Table {
	if v.Kind() != KindTable {
		return nil
	}
	return (*Table)(v.p)
}

func (v Value) table() *Table           { return (*Table)(v.p) }
func (v Value) closure() *Closure       { return (*Closure)(v.p) }
func (v Value) goFunc() *GoFunction     { return (*GoFunction)(v.p) }
func (v Value) thread() *Thread         { return (*Thread)(v.p) }
func (v Value) userdata() *Userdata     { return (*Userdata)(v.p) }
func (v Value) pointer() uintptr        { return uintptr(v.p) }
func (v Value) sameObject(w Value) bool { return v.p == w.p }

// AsThread returns the coroutine in v, or nil.
func (v Value) AsThread() *Thread {
	if v.Kind() != KindThread {
		return nil
	}
	return v.thread()
}

// AsUserdata returns the userdata in v, or nil.
func (v Value) AsUserdata() *Userdata {
	if v.Kind() != KindUserdata {
		return nil
	}
	return v.userdata()
}

// AsGoFunction returns the Go function in v, or nil.
func (v Value) AsGoFunction() *GoFunction {
	if v.Kind() != KindGoFunction {
		return nil
	}
	return v.goFunc()
}

// ToNumber converts v to a float if it is a number or a string convertible
// to a number.
func (v Value) ToNumber() (float64, bool) {
	switch v.p {
	case tagFloatPtr:
		return v.AsFloat(), true
	case tagIntPtr:
		return float64(v.AsInt()), true
	}
	if v.IsString() {
		if n, ok := StringToNumber(v.AsString()); ok {
			return n.ToNumber()
		}
	}
	return 0, false
}

var typeNames = [...]string{
	KindNil:         "nil",
	KindBool:        "boolean",
	KindInt:         "number",
	KindFloat:       "number",
	KindString:      "string",
	KindTable:       "table",
	KindLuaFunction: "function",
	KindGoFunction:  "function",
	KindThread:      "thread",
	KindUserdata:    "userdata",
}

// TypeName returns the name Lua's type() gives v.
func (v Value) TypeName() string { return typeNames[v.Kind()] }

// RawEquals reports primitive equality (no __eq): numbers by value with
// exact integer/float comparison, strings by contents, objects by identity.
func RawEquals(a, b Value) bool {
	if a.p == tagFloatPtr && b.p == tagFloatPtr {
		return a.AsFloat() == b.AsFloat() // -0.0 == 0.0, NaN ~= NaN
	}
	if a.p == b.p && a.n == b.n {
		return true
	}
	switch a.p {
	case tagIntPtr:
		if b.p == tagFloatPtr {
			return intEqFloat(a.AsInt(), b.AsFloat())
		}
		return false
	case tagFloatPtr:
		if b.p == tagIntPtr {
			return intEqFloat(b.AsInt(), a.AsFloat())
		}
		return false
	}
	// Strings with the same length but different data pointers.
	if a.n == b.n && a.n>>kindShift == uint64(KindString) && !a.isScalar() && !b.isScalar() {
		return a.AsString() == b.AsString()
	}
	return false
}

func (v Value) isScalar() bool {
	return v.p == nil || uintptr(v.p)-uintptr(unsafe.Pointer(&scalarTags)) < numTags
}
