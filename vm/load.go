package vm

import (
	"errors"
	"strings"

	"wippylua/bytecode"
)

// NewMainClosure makes a main-chunk closure of p whose _ENV upvalue is the
// globals table.
func (s *State) NewMainClosure(p *Proto) Value {
	return s.NewClosureWithEnv(p, TableValue(s.globals))
}

// NewClosureWithEnv makes a main-chunk closure of p whose first upvalue
// (_ENV) is env; other upvalues start as nil.
func (s *State) NewClosureWithEnv(p *Proto, env Value) Value {
	if len(p.Upvalues) == 1 {
		// A main chunk's only upvalue is _ENV. The process runtime makes
		// one such closure per spawn: make it, its upvalue list and the
		// upvalue in one allocation.
		b := &struct {
			c   Closure
			ups [1]*Upvalue
			u   Upvalue
		}{}
		b.u.v, b.u.closed = &b.u.closed, env
		b.ups[0] = &b.u
		b.c = Closure{proto: p, upvals: b.ups[:]}
		return closureValue(&b.c)
	}
	c := newClosureOf(p)
	for i := range c.upvals {
		u := &Upvalue{}
		u.v = &u.closed
		c.upvals[i] = u
	}
	if len(c.upvals) > 0 {
		c.upvals[0].closed = env
	}
	return closureValue(c)
}

// ErrBinaryMode and ErrTextMode report a chunk refused by load's mode.
var errMode = errors.New("attempt to load a chunk")

// Load compiles or undumps a chunk and returns its main function with
// _ENV bound to env (the globals when env is nil). mode is "b", "t" or
// "bt" as in load(). Errors are plain error values with lua5.3's text.
func (s *State) Load(src []byte, chunkname, mode string, env *Value) (Value, error) {
	if len(src) > 0 && src[0] == 0x1B {
		if !strings.Contains(mode, "b") {
			return Nil, errors.New("attempt to load a binary chunk (mode is '" + mode + "')")
		}
		bp, err := bytecode.Undump(src)
		if err != nil {
			return Nil, errors.New(shortSource(chunkname) + ": " + err.Error())
		}
		// A verified chunk may still carry type descriptors that do not
		// decode; bytecode cannot tell, so they are checked here.
		p, err := newProtoChecked(bp)
		if err != nil {
			return Nil, errors.New(shortSource(chunkname) + ": " + err.Error())
		}
		return s.NewClosureWithEnv(p, envOrGlobals(s, env)), nil
	}
	if !strings.Contains(mode, "t") {
		return Nil, errors.New("attempt to load a text chunk (mode is '" + mode + "')")
	}
	if s.loader == nil {
		return Nil, errors.New("no compiler installed")
	}
	bp, err := s.loader(src, chunkname)
	if err != nil {
		return Nil, err
	}
	return s.NewClosureWithEnv(NewProto(bp), envOrGlobals(s, env)), nil
}

// envOrGlobals is the _ENV of a loaded chunk: env, or the globals.
func envOrGlobals(s *State, env *Value) Value {
	if env != nil {
		return *env
	}
	return TableValue(s.globals)
}

// FunctionProto returns the bytecode of a Lua function (for string.dump),
// or nil for Go functions.
func FunctionProto(fn Value) *bytecode.Proto {
	if fn.Kind() != KindLuaFunction {
		return nil
	}
	return fn.closure().proto.Proto
}
