package vm

import (
	"slices"

	"wippylua/bytecode"
)

// State is one Lua universe: a globals table, a registry and the
// metatables of the basic types, shared by all coroutines created in it.
// A State is not safe for concurrent use; the process runtime gives each
// process its own State and runs it on one worker at a time.
type State struct {
	globals  *Table
	registry *Table
	typeMeta *typeMetas // metatables for non-table kinds (strings...)
	main     *Thread
	loader   Loader
	// Stdout is where print writes.
	Stdout Writer
	// MaxStringLen bounds the length of strings built by the VM and the
	// libraries (concatenation, string.rep...), so that a runaway program
	// fails with a Lua error instead of exhausting the host's memory.
	MaxStringLen int

	host any // see SetHost

	// image is the Image the State was made from, nil for NewState.
	image *Image
	// more holds what few States need, made on first use.
	more *stateMore
}

// typeMetas are the metatables of the kinds of values that have no
// metatable of their own. States made from an image share the image's
// until one sets a metatable (SetTypeMetatable).
type typeMetas [KindUserdata + 1]*Table

// stateMore is the part of a State that most States never use.
type stateMore struct {
	// own lists the State's own copies of its image's tables (shared.go).
	own []ownCopy
	// locals holds the libraries' per-State values (State.Local).
	locals []localValue
	// index caches where __index chains lead (indexcache.go).
	index *indexCache
}

// extra returns s.more, making it.
func (s *State) extra() *stateMore {
	if s.more == nil {
		s.more = new(stateMore)
	}
	return s.more
}

// DefaultMaxStringLen is the initial State.MaxStringLen (1 GiB).
const DefaultMaxStringLen = 1 << 30

// Writer is the subset of io.Writer the VM uses for output.
type Writer interface {
	Write(p []byte) (int, error)
}

// Loader compiles source text into a prototype; the embedder installs one
// (the vm package must not depend on the compiler). chunkname follows Lua's
// conventions ("@file", "=name" or the text itself).
type Loader func(src []byte, chunkname string) (*bytecode.Proto, error)

// NewState returns a State with an empty globals table.
func NewState() *State {
	return &State{
		globals:      NewTable(0, 64),
		typeMeta:     new(typeMetas),
		MaxStringLen: DefaultMaxStringLen,
	}
}

// SetHost stores the embedder's data for this State (for example the
// process that owns it), for Go functions to find without a table lookup.
func (s *State) SetHost(h any) { s.host = h }

// Host returns what SetHost stored.
func (s *State) Host() any { return s.host }

// Globals returns the globals table (_G, the _ENV of loaded chunks).
func (s *State) Globals() *Table { return s.globals }

// Registry returns the registry table, a place for Go code to keep values.
// It is the State's own (a State made from an Image gets a copy of the
// image's registry contents here, on first use), so Go code may write it.
func (s *State) Registry() *Table {
	if s.registry == nil {
		if s.image != nil {
			r := s.image.registry
			s.registry = &Table{meta: r.meta, used: r.used}
			s.registry.setNodes(slices.Clone(r.nodes()))
		} else {
			s.registry = NewTable(0, 4)
		}
	}
	return s.registry
}

// MainThread returns the main coroutine, made on first use (a process
// runs its code in threads of its own and never needs one).
func (s *State) MainThread() *Thread {
	if s.main == nil {
		s.main = s.newThread()
		s.main.isMain = true
		s.main.status = threadRunning
	}
	return s.main
}

// SetLoader installs the source compiler used by load and friends.
func (s *State) SetLoader(l Loader) { s.loader = l }

// TypeMetatable returns the metatable shared by all values of kind k
// (for example the string metatable), or nil.
func (s *State) TypeMetatable(k Kind) *Table {
	if k == KindInt {
		k = KindFloat
	}
	if k == KindGoFunction {
		k = KindLuaFunction
	}
	return s.typeMeta[k]
}

// SetTypeMetatable sets the metatable shared by all values of kind k.
func (s *State) SetTypeMetatable(k Kind, m *Table) {
	if s.image != nil && s.typeMeta == s.image.typeMeta {
		own := *s.typeMeta
		s.typeMeta = &own
	}
	switch k {
	case KindInt, KindFloat:
		s.typeMeta[KindInt], s.typeMeta[KindFloat] = m, m
	case KindLuaFunction, KindGoFunction:
		s.typeMeta[KindLuaFunction], s.typeMeta[KindGoFunction] = m, m
	default:
		s.typeMeta[k] = m
	}
}

// Metatable returns the metatable of any value.
func (s *State) Metatable(v Value) *Table {
	switch v.Kind() {
	case KindTable:
		return s.view(v.table()).meta
	case KindUserdata:
		return v.userdata().meta
	}
	return s.typeMeta[v.Kind()]
}

// Proto is a function prototype prepared for execution: the bytecode plus
// constants converted to Values.
type Proto struct {
	*bytecode.Proto
	k []Value
	// kh holds the table hash of each string constant, so that field and
	// global accesses with constant keys never hash at run time.
	kh     []uint64
	protos []*Proto
}

// NewProto prepares a compiled prototype tree for execution. A type
// constant that does not decode (see SetTypeDecoder) becomes nil; State.Load
// refuses such chunks instead.
func NewProto(bp *bytecode.Proto) *Proto { return newProto(bp, nil) }

// newProto implements NewProto; the first type constant that fails to
// decode is reported in *bad when bad is not nil.
func newProto(bp *bytecode.Proto, bad *error) *Proto {
	p := &Proto{Proto: bp, k: make([]Value, len(bp.Constants)), kh: make([]uint64, len(bp.Constants)), protos: make([]*Proto, len(bp.Protos))}
	for i, c := range bp.Constants {
		switch c.Kind {
		case bytecode.ConstBool:
			p.k[i] = Bool(c.Bool)
		case bytecode.ConstInt:
			p.k[i] = Int(c.Int)
		case bytecode.ConstFloat:
			p.k[i] = Float(c.Float)
		case bytecode.ConstString:
			p.k[i] = String(internString(c.Str))
			p.kh[i] = hashValue(p.k[i])
		case bytecode.ConstType:
			v, err := typeConstant(c.Str)
			if err != nil && bad != nil && *bad == nil {
				*bad = err
			}
			p.k[i] = v
		}
	}
	for i, sub := range bp.Protos {
		p.protos[i] = newProto(sub, bad)
	}
	return p
}

// Closure is a Lua function: a prototype with its captured upvalues.
type Closure struct {
	proto  *Proto
	upvals []*Upvalue
}

// newClosureOf returns a closure of p with nil upvalue slots. Most
// closures capture one to four variables; for them the slots live in the
// same allocation as the closure, which halves the allocations of
// closure-heavy code.
func newClosureOf(p *Proto) *Closure {
	switch len(p.Upvalues) {
	case 0:
		return &Closure{proto: p}
	case 1:
		c := new(struct {
			Closure
			slots [1]*Upvalue
		})
		c.proto, c.upvals = p, c.slots[:]
		return &c.Closure
	case 2:
		c := new(struct {
			Closure
			slots [2]*Upvalue
		})
		c.proto, c.upvals = p, c.slots[:]
		return &c.Closure
	case 3, 4:
		c := new(struct {
			Closure
			slots [4]*Upvalue
		})
		c.proto, c.upvals = p, c.slots[:len(p.Upvalues)]
		return &c.Closure
	}
	return &Closure{proto: p, upvals: make([]*Upvalue, len(p.Upvalues))}
}

// Proto returns the closure's prototype.
func (c *Closure) Proto() *Proto { return c.proto }

// Upvalue is a variable captured by a closure. While the variable's
// register is alive (open), v points into the owning thread's stack; when
// the register goes out of scope the value moves into closed and v points
// there. Reallocating a stack re-points every open upvalue.
type Upvalue struct {
	v      *Value
	closed Value
	idx    int       // stack index while open
	next   *Upvalue  // next open upvalue of the same thread (lower index)
	id     *Userdata // identity for debug.upvalueid, made on demand
}

// Get returns the upvalue's current value.
func (u *Upvalue) Get() Value { return *u.v }

// Set assigns the upvalue.
func (u *Upvalue) Set(v Value) { *u.v = v }

func (u *Upvalue) isOpen() bool { return u.v != &u.closed }

// GoFunction is a function implemented in Go.
//
// It reads its arguments with t.Arg(i) (1-based) and t.NArgs, pushes its
// results with t.Push and returns how many it pushed. It raises a Lua error
// with t.Error/t.Errorf/t.ArgError (these do not return). It may instead
// return the value of t.Yield(n) to yield from the running coroutine.
type GoFunction struct {
	Fn   func(t *Thread) int
	Name string // used in error messages and tracebacks
	// special marks the built-ins that the interpreter itself implements
	// (pcall, xpcall): they manipulate call frames directly.
	special uint8
}

// NewGoFunction wraps fn.
func NewGoFunction(name string, fn func(t *Thread) int) *GoFunction {
	return &GoFunction{Fn: fn, Name: name}
}

// Userdata is an opaque Go value with an optional metatable.
type Userdata struct {
	Data any
	meta *Table
	// User is the Lua value associated with the userdata
	// (debug.getuservalue / setuservalue).
	User Value
}

// NewUserdata wraps data.
func NewUserdata(data any, meta *Table) *Userdata { return &Userdata{Data: data, meta: meta} }

// Metatable returns the userdata's metatable.
func (u *Userdata) Metatable() *Table { return u.meta }

// SetMetatable sets the userdata's metatable.
func (u *Userdata) SetMetatable(m *Table) { u.meta = m }
