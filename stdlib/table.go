package stdlib

import (
	"math"
	"strings"

	"wippylua/vm"
)

// The table library (Lua 5.3 manual §6.6).
//
// Like lua5.3's, these functions read and write elements with metamethods
// (lua_geti/lua_seti) and take lengths from __len (luaL_len), and they
// accept any value whose metatable provides the metamethods they need in
// place of a table. Plain tables take a raw fast path.

// openTable installs the table library.
func openTable(s *vm.State, loaded *vm.Table, p Profile) {
	register(s, loaded, "table", map[string]func(t *vm.Thread) int{
		"concat": tabConcat,
		"insert": tabInsert,
		"move":   tabMove,
		"pack":   tabPack,
		"remove": tabRemove,
		"sort":   tabSort,
		"unpack": tabUnpack,
	})
}

// What a table argument must support (checktab in ltablib.c).
const (
	tabR = 1 << iota // read: __index
	tabW             // write: __newindex
	tabL             // length: __len
)

// elems reads and writes the integer keys of one value the way
// lua_geti/lua_seti do.
type elems struct {
	t  *vm.Thread
	v  vm.Value
	tb *vm.Table // v as a table, or nil
}

func newElems(t *vm.Thread, v vm.Value) elems {
	tb := v.AsTable()
	if tb != nil && tb.IsShared() {
		// A table shared between States (a library table) is read and
		// written through the State, which finds its own copy.
		tb = nil
	}
	return elems{t: t, v: v, tb: tb}
}

func (e elems) get(i int64) vm.Value {
	// The metatable is checked on every access: a comparator or
	// metamethod may set one while a function is running.
	if e.tb != nil && e.tb.Metatable() == nil {
		return e.tb.GetInt(i)
	}
	return e.t.Index(e.v, vm.Int(i))
}

func (e elems) set(i int64, v vm.Value) {
	if e.tb != nil && e.tb.Metatable() == nil {
		e.tb.SetInt(i, v)
		return
	}
	e.t.SetIndex(e.v, vm.Int(i), v)
}

// checkTab checks that argument n is a table, or has a metatable with the
// metamethods that what asks for, and returns its elements.
func checkTab(t *vm.Thread, n int, what int) elems {
	v := t.Arg(n)
	if !v.IsTable() {
		mt := t.State().View(t.State().Metatable(v))
		if mt == nil ||
			(what&tabR != 0 && mt.GetStr("__index").IsNil()) ||
			(what&tabW != 0 && mt.GetStr("__newindex").IsNil()) ||
			(what&tabL != 0 && mt.GetStr("__len").IsNil()) {
			t.TypeError(n, "table")
		}
	}
	return newElems(t, v)
}

// lenOf is luaL_len: #v with __len, which must give an integer (a float
// with an integral value or a numeric string will do).
func lenOf(t *vm.Thread, v vm.Value) int64 {
	if tb := v.AsTable(); tb != nil && !tb.IsShared() && tb.Metatable() == nil {
		return tb.Len()
	}
	n, ok := t.Len(v).ToInteger()
	if !ok {
		t.Errorf("object length is not an integer")
	}
	return n
}

func tabConcat(t *vm.Thread) int {
	e := checkTab(t, 1, tabR|tabL)
	last := lenOf(t, e.v)
	sep := t.OptString(2, "")
	i := t.OptInt(3, 1)
	last = t.OptInt(4, last)
	var b strings.Builder
	add := func(i int64) {
		v := e.get(i)
		switch {
		case v.IsString():
			b.WriteString(v.AsString())
		case v.IsNumber():
			b.WriteString(vm.NumberToString(v))
		default:
			// lua5.3 formats the index with %d, i.e. as a C int.
			t.Errorf("invalid value (%s) at index %d in table for 'concat'", v.TypeName(), int32(i))
		}
	}
	// The loop stops before last so that i never overflows.
	for ; i < last; i++ {
		add(i)
		b.WriteString(sep)
	}
	if i == last {
		add(i)
	}
	t.Push(vm.String(b.String()))
	return 1
}

func tabInsert(t *vm.Thread) int {
	e := checkTab(t, 1, tabR|tabW|tabL)
	end := lenOf(t, e.v) + 1 // first empty slot (wraps like lua5.3's)
	var pos int64
	switch t.NArgs() {
	case 2:
		pos = end
	case 3:
		pos = t.CheckInt(2)
		if pos < 1 || pos > end {
			t.ArgError(2, "position out of bounds")
		}
		for i := end; i > pos; i-- {
			e.set(i, e.get(i-1))
		}
	default:
		t.Errorf("wrong number of arguments to 'insert'")
	}
	e.set(pos, t.Arg(t.NArgs()))
	return 0
}

func tabRemove(t *vm.Thread) int {
	e := checkTab(t, 1, tabR|tabW|tabL)
	size := lenOf(t, e.v)
	pos := t.OptInt(2, size)
	// A position equal to the size is always accepted (it covers the
	// empty table, size 0); size+1 wraps like lua5.3's.
	if pos != size && (pos < 1 || pos > size+1) {
		t.ArgError(1, "position out of bounds")
	}
	v := e.get(pos)
	for ; pos < size; pos++ {
		e.set(pos, e.get(pos+1))
	}
	e.set(pos, vm.Nil)
	t.Push(v)
	return 1
}

func tabMove(t *vm.Thread) int {
	f := t.CheckInt(2)
	end := t.CheckInt(3)
	to := t.CheckInt(4)
	dst := 1
	if !t.Arg(5).IsNil() {
		dst = 5
	}
	src := checkTab(t, 1, tabR)
	out := checkTab(t, dst, tabW)
	if end >= f {
		if f <= 0 && end >= math.MaxInt64+f {
			t.ArgError(3, "too many elements to move")
		}
		n := end - f + 1
		if to > math.MaxInt64-n+1 {
			t.ArgError(4, "destination wrap around")
		}
		// Copy backwards when the ranges overlap with the destination
		// above the source in the same table (compared with __eq, as
		// lua5.3 does).
		if to > end || to <= f || (dst != 1 && !t.Equal(src.v, out.v)) {
			for i := int64(0); i < n; i++ {
				out.set(to+i, src.get(f+i))
			}
		} else {
			for i := n - 1; i >= 0; i-- {
				out.set(to+i, src.get(f+i))
			}
		}
	}
	t.Push(out.v)
	return 1
}

func tabPack(t *vm.Thread) int {
	n := t.NArgs()
	tb := vm.NewTable(n, 1)
	for i := 1; i <= n; i++ {
		tb.SetInt(int64(i), t.Arg(i))
	}
	tb.SetStr("n", vm.Int(int64(n)))
	t.Push(vm.TableValue(tb))
	return 1
}

func tabUnpack(t *vm.Thread) int {
	i := t.OptInt(2, 1)
	var last int64
	if t.Arg(3).IsNil() {
		last = lenOf(t, t.Arg(1))
	} else {
		last = t.CheckInt(3)
	}
	if i > last {
		return 0
	}
	n := uint64(last) - uint64(i) // number of results minus one, without overflow
	if n >= math.MaxInt32 || !t.HasStackRoom(int(n)+1) {
		t.Errorf("too many results to unpack")
	}
	e := newElems(t, t.Arg(1))
	for ; i < last; i++ {
		t.Push(e.get(i))
	}
	t.Push(e.get(last))
	return int(n) + 1
}
