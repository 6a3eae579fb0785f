package wippylua

import (
	"math"
	"reflect"

	"wippylua/vm"
)

// ToGo converts a Lua value to a plain Go value:
//
//	nil                  -> nil
//	boolean              -> bool
//	integer              -> int64
//	float                -> float64
//	string               -> string
//	table, a sequence    -> []any    (keys exactly 1..n, n >= 1)
//	other table          -> map[any]any (an empty table is an empty map)
//	userdata             -> its Data (so FromGo(x) round-trips to x)
//	function, coroutine  -> the vm.Value itself
//
// Map keys that are tables, functions, coroutines or userdata stay
// vm.Value (a Go map or slice cannot be a map key). Metamethods are not
// consulted: the conversion is raw. A table reached twice converts to the
// same Go map or slice, so cycles are preserved rather than looping.
func ToGo(v vm.Value) any {
	c := toGoConv{seen: map[*vm.Table]any{}}
	return c.value(v)
}

type toGoConv struct {
	seen map[*vm.Table]any
}

func (c *toGoConv) value(v vm.Value) any {
	switch v.Kind() {
	case vm.KindNil:
		return nil
	case vm.KindBool:
		return v.AsBool()
	case vm.KindInt:
		return v.AsInt()
	case vm.KindFloat:
		return v.AsFloat()
	case vm.KindString:
		return v.AsString()
	case vm.KindTable:
		return c.table(v.AsTable())
	case vm.KindUserdata:
		return v.AsUserdata().Data
	}
	return v
}

func (c *toGoConv) table(t *vm.Table) any {
	if g, ok := c.seen[t]; ok {
		return g
	}
	if n := sequenceLen(t); n > 0 {
		// Allocated and recorded before the elements are converted, so that
		// a table containing itself yields a slice sharing this array.
		s := make([]any, n)
		c.seen[t] = s
		for i := range s {
			s[i] = c.value(t.GetInt(int64(i + 1)))
		}
		return s
	}
	m := map[any]any{}
	c.seen[t] = m
	var k vm.Value
	for {
		var val vm.Value
		var ok bool
		k, val, ok = t.Next(k)
		if !ok || k.IsNil() {
			break
		}
		m[keyToGo(k)] = c.value(val)
	}
	return m
}

// sequenceLen returns n when the keys of t are exactly 1..n, else 0.
func sequenceLen(t *vm.Table) int {
	n := t.Len()
	if n <= 0 || n > math.MaxInt32 {
		return 0
	}
	count := int64(0)
	var k vm.Value
	for {
		var ok bool
		k, _, ok = t.Next(k)
		if !ok || k.IsNil() {
			break
		}
		// n distinct keys all in 1..n are exactly 1..n.
		if !k.IsInt() || k.AsInt() < 1 || k.AsInt() > n {
			return 0
		}
		count++
	}
	if count != n {
		return 0
	}
	return int(n)
}

// keyToGo converts a table key to something usable as a Go map key.
func keyToGo(k vm.Value) any {
	switch k.Kind() {
	case vm.KindBool:
		return k.AsBool()
	case vm.KindInt:
		return k.AsInt()
	case vm.KindFloat:
		return k.AsFloat()
	case vm.KindString:
		return k.AsString()
	}
	return k
}

// FromGo converts a Go value to a Lua value:
//
//	nil                            -> nil
//	vm.Value                       -> itself
//	bool                           -> boolean
//	int, int8...int64, uint...     -> integer (a uint64 above math.MaxInt64 becomes a float)
//	float32, float64               -> float
//	string, []byte                 -> string
//	[]T (any element type)         -> a sequence table {x1, x2, ...}
//	map[K]V (any key type)         -> a table (entries whose key converts to nil or NaN are dropped)
//	*vm.Table                      -> the table
//	*vm.GoFunction                 -> the function
//	func(*vm.Thread) int           -> a Go function
//	anything else                  -> a userdata holding the value (no metatable)
//
// Named types are converted by their underlying kind (a time.Duration is
// an integer). A map or slice reached twice converts to the same table, so
// self-referencing structures terminate.
func FromGo(x any) vm.Value {
	c := fromGoConv{}
	return c.value(x)
}

type fromGoConv struct {
	seen map[seenKey]*vm.Table
}

// seenKey identifies a Go map or slice: its data pointer, length and type.
type seenKey struct {
	ptr uintptr
	n   int
	typ reflect.Type
}

func (c *fromGoConv) value(x any) vm.Value {
	// Fast paths for the common types; reflection handles the rest.
	switch x := x.(type) {
	case nil:
		return vm.Nil
	case vm.Value:
		return x
	case bool:
		return vm.Bool(x)
	case int:
		return vm.Int(int64(x))
	case int64:
		return vm.Int(x)
	case float64:
		return vm.Float(x)
	case string:
		return vm.String(x)
	case []byte:
		return vm.String(string(x))
	case *vm.Table:
		if x == nil {
			return vm.Nil
		}
		return vm.TableValue(x)
	case *vm.GoFunction:
		if x == nil {
			return vm.Nil
		}
		return vm.FunctionValue(x)
	case func(*vm.Thread) int:
		if x == nil {
			return vm.Nil
		}
		return vm.FunctionValue(vm.NewGoFunction("?", x))
	}
	return c.reflect(reflect.ValueOf(x), x)
}

func (c *fromGoConv) reflect(rv reflect.Value, x any) vm.Value {
	switch rv.Kind() {
	case reflect.Bool:
		return vm.Bool(rv.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return vm.Int(rv.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := rv.Uint()
		if u > math.MaxInt64 {
			return vm.Float(float64(u))
		}
		return vm.Int(int64(u))
	case reflect.Float32, reflect.Float64:
		return vm.Float(rv.Float())
	case reflect.String:
		return vm.String(rv.String())
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return vm.Nil
		}
		if rv.Kind() == reflect.Slice && rv.Type().Elem().Kind() == reflect.Uint8 {
			return vm.String(string(rv.Bytes()))
		}
		key := seenKey{n: rv.Len(), typ: rv.Type()}
		if rv.Kind() == reflect.Slice {
			key.ptr = rv.Pointer()
			if t, ok := c.seen[key]; ok {
				return vm.TableValue(t)
			}
		}
		t := vm.NewTable(rv.Len(), 0)
		if rv.Kind() == reflect.Slice {
			c.remember(key, t)
		}
		for i := 0; i < rv.Len(); i++ {
			t.SetInt(int64(i+1), c.value(rv.Index(i).Interface()))
		}
		return vm.TableValue(t)
	case reflect.Map:
		if rv.IsNil() {
			return vm.Nil
		}
		key := seenKey{ptr: rv.Pointer(), typ: rv.Type()}
		if t, ok := c.seen[key]; ok {
			return vm.TableValue(t)
		}
		t := vm.NewTable(0, rv.Len())
		c.remember(key, t)
		it := rv.MapRange()
		for it.Next() {
			// Set fails only for nil and NaN keys, which Lua cannot store.
			_ = t.Set(c.value(it.Key().Interface()), c.value(it.Value().Interface()))
		}
		return vm.TableValue(t)
	case reflect.Pointer, reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		if rv.IsNil() {
			return vm.Nil
		}
	}
	return vm.UserdataValue(vm.NewUserdata(x, nil))
}

func (c *fromGoConv) remember(k seenKey, t *vm.Table) {
	if c.seen == nil {
		c.seen = map[seenKey]*vm.Table{}
	}
	c.seen[k] = t
}
