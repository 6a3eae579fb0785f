package typevalue

import (
	"wippylua/modules/errors"
	"wippylua/types"
	"wippylua/vm"
)

// newMetatable builds the metatable shared by every type value of every
// State. Everything in it is immutable: Go functions and strings. It is
// frozen here, before any State can see it, the way vm freezes the tables
// of an image: its absent-metamethod cache is primed, so that metamethod
// lookups never write to it afterwards, and a State that writes to it
// (through debug.getmetatable) writes to a copy of its own.
func newMetatable() *vm.Table {
	mt := vm.NewTable(0, 12)
	set := func(name string, fn func(t *vm.Thread) int) {
		mt.SetStr(name, vm.FunctionValue(vm.NewGoFunction(name, fn)))
	}
	set("__index", metaIndex)
	set("__call", metaCall)
	set("__eq", metaEq)
	set("__le", metaLe)
	set("__lt", metaLt)
	set("__tostring", metaTostring)
	mt.SetStr("__name", vm.String("type"))
	mt.SetStr("__metatable", vm.String("type"))
	freeze(mt)
	return mt
}

// freeze makes mt a shared table of a vm.Image, which is how vm freezes
// tables for many States. The image itself is not needed afterwards.
func freeze(mt *vm.Table) {
	s := vm.NewState()
	s.Registry().SetStr("typevalue.meta", vm.TableValue(mt))
	if _, err := vm.NewImage(s); err != nil {
		panic(err) // only Go functions and strings: cannot happen
	}
}

// checkType returns the entry of argument n, which must be a type value
// (or a library table standing for one).
func checkType(t *vm.Thread, n int) *entry {
	e := entryOfValue(t.Arg(n))
	if e == nil {
		t.TypeError(n, "type")
	}
	return e
}

// validate checks v against e's type. The error value is only built on
// failure.
func validate(t *vm.Thread, e *entry, v vm.Value) vm.Value {
	mm := e.matcher().run(v)
	if mm == nil {
		return vm.Nil
	}
	return errors.NewT(t, errors.Invalid, mm.Error())
}

// metaCall is T(v): v itself, or an INVALID error raised.
func metaCall(t *vm.Thread) int {
	e := checkType(t, 1)
	v := t.Arg(2)
	if err := validate(t, e, v); !err.IsNil() {
		t.Throw(err)
	}
	t.Push(v)
	return 1
}

// methodIs is T:is(v): v, nil or nil, err.
func methodIs(t *vm.Thread) int {
	e := checkType(t, 1)
	v := t.Arg(2)
	if err := validate(t, e, v); !err.IsNil() {
		t.Push(vm.Nil)
		t.Push(err)
		return 2
	}
	t.Push(v)
	t.Push(vm.Nil)
	return 2
}

// metaIndex serves T.name: the methods first, then the field types of a
// record.
func metaIndex(t *vm.Thread) int {
	e := checkType(t, 1)
	k := t.Arg(2)
	if k.IsString() {
		if m, ok := methods[k.AsString()]; ok {
			t.Push(m)
			return 1
		}
		if f := e.t.Field(k.AsString()); f != nil {
			t.Push(Value(f.Type))
			return 1
		}
	}
	t.Push(vm.Nil)
	return 1
}

func metaTostring(t *vm.Thread) int {
	t.Push(vm.String(checkType(t, 1).t.String()))
	return 1
}

// metaEq is `==`. Lua calls it for two userdata that are not the same
// object, only one of which may be a type value.
func metaEq(t *vm.Thread) int {
	a, b := entryOfValue(t.Arg(1)), entryOfValue(t.Arg(2))
	t.Push(vm.Bool(a != nil && b != nil && types.Equal(a.t, b.t)))
	return 1
}

// metaLe is `<=`, subtyping.
func metaLe(t *vm.Thread) int {
	a, b := orderOperands(t)
	t.Push(vm.Bool(types.Subtype(a.t, b.t)))
	return 1
}

// metaLt is `<`, strict subtyping.
func metaLt(t *vm.Thread) int {
	a, b := orderOperands(t)
	t.Push(vm.Bool(types.Subtype(a.t, b.t) && !types.Subtype(b.t, a.t)))
	return 1
}

// orderOperands returns the two types compared by `<` or `<=`, raising
// Lua's comparison error when one operand is not a type.
func orderOperands(t *vm.Thread) (a, b *entry) {
	a, b = entryOfValue(t.Arg(1)), entryOfValue(t.Arg(2))
	if a == nil || b == nil {
		t.Errorf("attempt to compare %s with %s", operandName(t.Arg(1)), operandName(t.Arg(2)))
	}
	return a, b
}

func operandName(v vm.Value) string {
	if IsTypeValue(v) {
		return "type"
	}
	return v.TypeName()
}
