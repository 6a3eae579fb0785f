package duration

import (
	"time"

	"wippylua/vm"
)

// meta is the metatable of every duration value of every State, built by
// init: its functions refer to it (an initialization cycle otherwise).
var meta *vm.Table

func init() { meta = newMetatable() }

// newMetatable builds the metatable. Everything in it is immutable (Go
// functions and strings), and it is frozen before any State can see it,
// so that States on different workers read it at the same time without
// writing to it (see freeze).
func newMetatable() *vm.Table {
	methods := vm.NewTable(0, len(methodFuncs))
	for name, f := range methodFuncs {
		methods.SetStr(name, vm.FunctionValue(vm.NewGoFunction(name, f)))
	}
	mt := vm.NewTable(0, 16)
	mt.SetStr("__index", vm.TableValue(methods))
	mt.SetStr("__name", vm.String("duration"))
	mt.SetStr("__metatable", vm.String("duration"))
	for name, f := range metaFuncs {
		mt.SetStr(name, vm.FunctionValue(vm.NewGoFunction(name, f)))
	}
	freeze(mt)
	return mt
}

// freeze makes mt (and its method table) shared tables of a vm.Image,
// which is how vm freezes tables for many States: their absent-metamethod
// caches are primed, so that lookups never write to them, and a State
// that writes to one (through debug.getmetatable) writes to a copy of its
// own. The image itself is not needed afterwards.
func freeze(mt *vm.Table) {
	s := vm.NewState()
	s.Registry().SetStr("duration.meta", vm.TableValue(mt))
	if _, err := vm.NewImage(s); err != nil {
		panic(err) // only Go functions and strings: cannot happen
	}
}

var methodFuncs = map[string]func(t *vm.Thread) int{
	"nanoseconds":  func(t *vm.Thread) int { return pushInt(t, int64(check(t))) },
	"microseconds": func(t *vm.Thread) int { return pushInt(t, check(t).Microseconds()) },
	"milliseconds": func(t *vm.Thread) int { return pushInt(t, check(t).Milliseconds()) },
	"seconds":      func(t *vm.Thread) int { return pushFloat(t, check(t).Seconds()) },
	"minutes":      func(t *vm.Thread) int { return pushFloat(t, check(t).Minutes()) },
	"hours":        func(t *vm.Thread) int { return pushFloat(t, check(t).Hours()) },
}

var metaFuncs = map[string]func(t *vm.Thread) int{
	"__tostring": func(t *vm.Thread) int {
		t.Push(vm.String(check(t).String()))
		return 1
	},
	"__eq": func(t *vm.Thread) int {
		a, okA := Get(t.Arg(1))
		b, okB := Get(t.Arg(2))
		t.Push(vm.Bool(okA && okB && a == b))
		return 1
	},
	"__lt":     order((*vm.Thread).LessThan),
	"__le":     order((*vm.Thread).LessEqual),
	"__add":    arith(vm.OpAdd),
	"__sub":    arith(vm.OpSub),
	"__mul":    arith(vm.OpMul),
	"__div":    arith(vm.OpDiv),
	"__idiv":   arith(vm.OpIDiv),
	"__mod":    arith(vm.OpMod),
	"__pow":    arith(vm.OpPow),
	"__unm":    arith(vm.OpUnm),
	"__concat": concat,
}

// check returns the duration that a method is called on.
func check(t *vm.Thread) time.Duration {
	d, ok := Get(t.Arg(1))
	if !ok {
		t.TypeError(1, "duration")
	}
	return d
}

func pushInt(t *vm.Thread, n int64) int     { t.Push(vm.Int(n)); return 1 }
func pushFloat(t *vm.Thread, f float64) int { t.Push(vm.Float(f)); return 1 }

// nanos returns operand n of an operator as a number: a duration value
// gives its nanoseconds, a number (or, for arithmetic, a string that
// converts to one) stays itself. Anything else raises what Lua says
// for such an operation, located in the caller of the operator.
func nanos(t *vm.Thread, n int, arith bool) vm.Value {
	v := t.Arg(n)
	if d, ok := Get(v); ok {
		return vm.Int(int64(d))
	}
	if v.IsNumber() {
		return v
	}
	if arith {
		if _, ok := v.ToNumber(); ok {
			return v
		}
		t.Errorf("attempt to perform arithmetic on a %s value", typeName(t, v))
	}
	t.Errorf("attempt to compare %s with %s", typeName(t, t.Arg(1)), typeName(t, t.Arg(2)))
	return vm.Nil
}

// typeName is the name of v's type in error messages, as Lua gives it:
// the metatable's __name when it has one ("duration").
func typeName(t *vm.Thread, v vm.Value) string {
	if n := t.GetMetaField(v, "__name"); n.IsString() {
		return n.AsString()
	}
	return v.TypeName()
}

// order makes the metamethod of a comparison: cmp applied to the
// operands' nanoseconds.
func order(cmp func(t *vm.Thread, a, b vm.Value) bool) func(t *vm.Thread) int {
	return func(t *vm.Thread) int {
		t.Push(vm.Bool(cmp(t, nanos(t, 1, false), nanos(t, 2, false))))
		return 1
	}
}

// arith makes the metamethod of an arithmetic operator: the operator
// applied to the operands' nanoseconds. Lua passes the operand twice for
// unary minus, so both forms are binary here.
func arith(op vm.ArithOp) func(t *vm.Thread) int {
	return func(t *vm.Thread) int {
		t.Push(t.Arith(op, nanos(t, 1, true), nanos(t, 2, true)))
		return 1
	}
}

// concat formats duration operands in Go syntax and lets the other
// operand follow Lua's rules.
func concat(t *vm.Thread) int {
	part := func(n int) vm.Value {
		v := t.Arg(n)
		if d, ok := Get(v); ok {
			return vm.String(d.String())
		}
		return v
	}
	t.Push(t.Concat(part(1), part(2)))
	return 1
}
