package typevalue

import (
	"sync"

	"wippylua/bytecode"
	"wippylua/types"
	"wippylua/vm"
)

// entry is the run-time side of one canonical type: its userdata (whose
// Data is the entry, so that a check reaches its compiled checker without
// a lookup) and its checker, compiled on first use.
type entry struct {
	t    *types.Type
	ud   *vm.Userdata
	once sync.Once
	m    *matcher
}

// matcher returns e's compiled checker.
func (e *entry) matcher() *matcher {
	e.once.Do(func() { e.m = compile(e.t) })
	return e.m
}

// registry maps canonical types to their entries, and descriptors (the
// payload of type constants) to the entries they decode to, so that
// loading the same code again costs one map lookup per type constant.
var registry struct {
	sync.RWMutex
	byType map[*types.Type]*entry
	byDesc map[string]*entry
}

// meta is the metatable of every type value (see meta.go).
var meta *vm.Table

func init() {
	registry.byType = make(map[*types.Type]*entry)
	registry.byDesc = make(map[string]*entry)
	meta = newMetatable()
	vm.SetTypeDecoder(decodeConstant)
	bytecode.TypeFormatter = formatConstant
}

// Value returns the type value of t. Structurally equal types give the
// same value (see types.Canonical).
func Value(t *types.Type) vm.Value { return vm.UserdataValue(entryOf(t).ud) }

// entryOf returns the entry of t's canonical type, creating it.
func entryOf(t *types.Type) *entry {
	c := types.Canonical(t)
	registry.RLock()
	e := registry.byType[c]
	registry.RUnlock()
	if e != nil {
		return e
	}
	registry.Lock()
	defer registry.Unlock()
	if e := registry.byType[c]; e != nil {
		return e
	}
	e = &entry{t: c}
	e.ud = vm.NewUserdata(e, meta)
	registry.byType[c] = e
	return e
}

// FromValue returns the type a type value stands for; ok is false for
// every other value.
func FromValue(v vm.Value) (t *types.Type, ok bool) {
	if e := entryOfValue(v); e != nil {
		return e.t, true
	}
	return nil, false
}

// IsTypeValue reports whether v is a type value. Type values are
// immutable and shared by all States: process messages carry them as
// they are.
func IsTypeValue(v vm.Value) bool {
	u := v.AsUserdata()
	return u != nil && u.Metatable() == meta
}

// entryOfValue returns the entry of a type value, or of the type a
// library table stands for (string, table: see Open), or nil.
func entryOfValue(v vm.Value) *entry {
	switch v.Kind() {
	case vm.KindUserdata:
		u := v.AsUserdata()
		if u.Metatable() != meta {
			return nil
		}
		return u.Data.(*entry)
	case vm.KindTable:
		if mt := v.AsTable().Metatable(); mt != nil {
			if tv := mt.GetStr(libTypeField); tv.Kind() == vm.KindUserdata {
				return entryOfValue(tv)
			}
		}
	}
	return nil
}

// decodeConstant is the vm's decoder of type constants.
func decodeConstant(desc string) (vm.Value, error) {
	registry.RLock()
	e := registry.byDesc[desc]
	registry.RUnlock()
	if e == nil {
		t, err := types.Decode([]byte(desc))
		if err != nil {
			return vm.Nil, err
		}
		e = entryOf(t)
		registry.Lock()
		registry.byDesc[desc] = e
		registry.Unlock()
	}
	return vm.UserdataValue(e.ud), nil
}

// formatConstant prints a type constant in listings: `Name = T` for an
// alias, else T.
func formatConstant(desc string) string {
	t, err := types.Decode([]byte(desc))
	if err != nil {
		return "<invalid: " + err.Error() + ">"
	}
	if t.Name != "" && t.Kind != types.KindParam {
		return typeText(t) + " = " + t.String()
	}
	return t.String()
}
