package vm

import (
	"errors"
	"slices"
	"sync"
)

// Sharing the libraries between States.
//
// A process runtime makes thousands of States that all start with the
// same libraries. Building string, table, math... in each would cost
// tens of kilobytes and microseconds per State, so they are built once,
// in one State, and frozen into an Image; every State made from the image
// starts with the image's globals, registry contents and type metatables
// and copies nothing.
//
// The tables of an image are shared copy-on-write. A shared table is the
// identity of the table in every State (a Value holds it, == compares it,
// other shared tables refer to it), and it also holds the contents the
// States read until they write. The first write from a State copies the
// contents into a table of that State (State.own) and from then on that
// State reads and writes its copy: a program that sets string.foo or
// math.pi sees its change and no other State does. Every access to the
// contents of a table therefore goes through State.view (reading) or
// State.mutable (writing), which cost one flag test for tables that are
// not shared. The copy is never made into a Value: a Value always holds
// the shared table, so identity is the same before and after a copy.
//
// A few tables must differ per State from the start (io's standard files
// refer to the State's own streams): SetPerState marks them, and a State
// gets its copy, filled by the library, the first time it uses them.
//
// Raw writes to a shared table (Table.Set and friends, called by Go code
// that has not gone through State.Mutable) panic: they would change every
// State's contents at once. Shared tables have no array part, so the only
// raw write paths are the hash part, a resize and SetMetatable, each of
// which checks.

// Values of Table.shared.
const (
	sharedFrozen   uint8 = 1 // contents shared until a State writes
	sharedPerState uint8 = 2 // contents copied and filled per State on first use
)

// ErrSharedWrite is what a raw write to a table of an image panics with.
var ErrSharedWrite = errors.New("vm: write to a table shared between States (use State.Mutable)")

func panicShared() { panic(ErrSharedWrite) }

// Image is a frozen snapshot of a State's libraries that many States
// share (see NewImage).
type Image struct {
	globals  *Table
	registry *Table // contents copied into a State's registry on first use
	typeMeta *typeMetas
	tables   int
}

// ownCopy is a State's own copy of the contents of a shared table.
type ownCopy struct{ shared, own *Table }

// perStateFill holds, for each per-State table (SetPerState), the function
// that fills a State's copy of it.
var perStateFill sync.Map // *Table -> func(*State, *Table)

// SetPerState marks t, a table that NewImage will freeze, as one whose
// contents each State made from the image gets its own copy of on first
// use: fill receives that State and its copy (holding t's contents at the
// time of freezing) and adjusts it. Until t is frozen it is an ordinary
// table.
func SetPerState(t *Table, fill func(s *State, own *Table)) {
	perStateFill.Store(t, fill)
}

// NewImage freezes the globals, registry and type metatables of s, and
// every table reachable from them, into an image: States made with
// Image.NewState share them copy-on-write. s must not be used afterwards.
// Only values that States can share are allowed: tables, Go functions,
// strings, numbers, booleans and userdata (whose Data must then be
// immutable or safe for concurrent use); a Lua function or a coroutine
// anywhere in the image is an error.
func NewImage(s *State) (*Image, error) {
	var tables []*Table
	seen := map[*Table]bool{}
	var visit func(v Value) error
	addTable := func(t *Table) {
		if t != nil && !seen[t] {
			seen[t] = true
			tables = append(tables, t)
		}
	}
	visit = func(v Value) error {
		switch v.Kind() {
		case KindTable:
			addTable(v.table())
		case KindUserdata:
			addTable(v.userdata().meta)
			return visit(v.userdata().User)
		case KindLuaFunction:
			return errors.New("vm: an image cannot hold a Lua function")
		case KindThread:
			return errors.New("vm: an image cannot hold a coroutine")
		}
		return nil
	}
	addTable(s.globals)
	addTable(s.Registry())
	for _, mt := range s.typeMeta {
		addTable(mt)
	}
	for i := 0; i < len(tables); i++ {
		t := tables[i]
		addTable(t.meta)
		for _, v := range t.array() {
			if err := visit(v); err != nil {
				return nil, err
			}
		}
		for j := range t.nodes() {
			if n := &t.nodes()[j]; n.key.p != nil && !n.val.IsNil() {
				if err := visit(n.key); err != nil {
					return nil, err
				}
				if err := visit(n.val); err != nil {
					return nil, err
				}
			}
		}
	}
	for _, t := range tables {
		t.freeze()
	}
	return &Image{globals: s.globals, registry: s.registry, typeMeta: s.typeMeta, tables: len(tables)}, nil
}

// freeze makes t a shared table: its array part moves to the hash part
// (so that no raw write can bypass the shared check), its cache of absent
// metamethods is filled (metaField would otherwise write it while States
// read it), and it is marked.
func (t *Table) freeze() {
	if t.shared != 0 {
		return
	}
	if int(t.narr) > 0 {
		live := 0
		for _, v := range t.array() {
			if !v.IsNil() {
				live++
			}
		}
		for j := range t.nodes() {
			if n := &t.nodes()[j]; n.key.p != nil && !n.val.IsNil() {
				live++
			}
		}
		t.resizeTo(0, live)
	}
	t.PrimeMetaCache()
	t.shared = sharedFrozen
	if _, ok := perStateFill.Load(t); ok {
		t.shared = sharedPerState
	}
}

// Tables returns the number of tables the image shares.
func (img *Image) Tables() int { return img.tables }

// NewState returns a State that starts with the image's globals, registry
// contents and type metatables, sharing them copy-on-write. It has no
// loader, host or Stdout of its own yet.
func (img *Image) NewState() *State {
	return &State{
		globals:      img.globals,
		typeMeta:     img.typeMeta,
		image:        img,
		MaxStringLen: DefaultMaxStringLen,
	}
}

// View returns the table holding t's contents as s sees them, for
// reading: t itself, unless t is shared (see NewImage) and s has its own
// copy. The result stands for t's contents only: Values must be made from
// t, never from the result.
func (s *State) View(t *Table) *Table { return s.view(t) }

// Mutable returns the table to write t's contents to in s: t itself,
// unless t is shared, in which case it is s's own copy, made on first
// use. As with View, Values must be made from t, not from the result.
func (s *State) Mutable(t *Table) *Table { return s.mutable(t) }

// SetGlobal assigns the global name (raw), copying a shared globals table
// first.
func (s *State) SetGlobal(name string, v Value) { s.mutable(s.globals).SetStr(name, v) }

// Global returns the global name (raw).
func (s *State) Global(name string) Value { return s.view(s.globals).GetStr(name) }

// view is View; nil stays nil.
func (s *State) view(t *Table) *Table {
	if t == nil || t.shared == 0 {
		return t
	}
	return s.sharedView(t)
}

// sharedView is view for a shared table.
func (s *State) sharedView(t *Table) *Table {
	if s.more != nil {
		own := s.more.own
		for i := range own {
			if own[i].shared == t {
				return own[i].own
			}
		}
	}
	if t.shared == sharedPerState {
		return s.copyShared(t)
	}
	return t
}

// mutable is Mutable.
func (s *State) mutable(t *Table) *Table {
	if t.shared == 0 {
		return t
	}
	if s.more != nil {
		own := s.more.own
		for i := range own {
			if own[i].shared == t {
				return own[i].own
			}
		}
	}
	return s.copyShared(t)
}

// copyShared gives s its own copy of the shared table t.
func (s *State) copyShared(t *Table) *Table {
	own := &Table{meta: t.meta, used: t.used, absent: t.absent}
	own.setNodes(slices.Clone(t.nodes()))
	m := s.extra()
	m.own = append(m.own, ownCopy{t, own})
	if t.shared == sharedPerState {
		if fill, ok := perStateFill.Load(t); ok {
			fill.(func(*State, *Table))(s, own)
		}
	}
	return own
}

// registryView returns the registry for reading, without giving s a
// registry of its own.
func (s *State) registryView() *Table {
	if s.registry == nil && s.image != nil {
		return s.image.registry
	}
	return s.Registry()
}

// metaView returns the contents of v's metatable, for reading
// metamethods.
func (s *State) metaView(v Value) *Table { return s.view(s.Metatable(v)) }

// IsShared reports whether t is a table of an image, whose contents Go
// code must reach through State.View and State.Mutable.
func (t *Table) IsShared() bool { return t.shared != 0 }

// RegistryField returns the registry's field name (raw) without giving s
// a registry of its own, for Go code that only reads it.
func (s *State) RegistryField(name string) Value { return s.registryView().GetStr(name) }
