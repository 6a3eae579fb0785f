package compiler

import (
	"sync"

	"wippylua/ast"
	"wippylua/bytecode"
)

// Memory: the compiler grows each function's slices in per-depth buffers
// (protoBuf) and, when the function is done, copies them into slabs shared
// by the whole chunk, so a function costs no allocation of its own once
// the slabs are warm. Prototypes of one chunk then share backing arrays,
// which is harmless: they are created together and usually die together.

// slab hands out exactly sized copies of slices from large blocks.
type slab[E any] struct {
	free []E // the current block; free space is between len and cap
	size int // size of the next block
}

const (
	slabMin = 4
	slabMax = 8192
)

// copy returns a copy of src (nil when empty) carved from the slab.
func (s *slab[E]) copy(src []E) []E {
	n := len(src)
	if n == 0 {
		return nil
	}
	if n > cap(s.free)-len(s.free) {
		// Blocks double in size: a small chunk gets small blocks, a big
		// one few allocations.
		s.size = min(max(s.size*2, slabMin), slabMax)
		s.free = make([]E, 0, max(n, s.size))
	}
	start := len(s.free)
	s.free = append(s.free, src...)
	return s.free[start:len(s.free):len(s.free)]
}

// slabs are the slabs of one compilation.
type slabs struct {
	code    slab[bytecode.Instruction]
	lines   slab[int32]
	k       slab[bytecode.Constant]
	locvars slab[bytecode.LocVar]
	upvals  slab[bytecode.UpvalDesc]
	protos  slab[*bytecode.Proto]
	proto   slab[bytecode.Proto]
}

// newProto allocates a prototype.
func (s *slabs) newProto() *bytecode.Proto {
	var zero [1]bytecode.Proto
	p := s.proto.copy(zero[:])
	return &p[0]
}

// protoBuf keeps the growable slices of a prototype between functions.
type protoBuf struct {
	code    []bytecode.Instruction
	lines   []int32
	k       []bytecode.Constant
	locvars []bytecode.LocVar
	upvals  []bytecode.UpvalDesc
	protos  []*bytecode.Proto
}

// lend gives f the buffer's slices to grow.
func (b *protoBuf) lend(f *bytecode.Proto) {
	f.Code, f.LineInfo, f.Constants = b.code[:0], b.lines[:0], b.k[:0]
	f.LocVars, f.Upvalues, f.Protos = b.locvars[:0], b.upvals[:0], b.protos[:0]
}

// reclaim takes back the (possibly regrown) slices and gives f copies of
// exactly their length from the slabs.
func (b *protoBuf) reclaim(f *bytecode.Proto, s *slabs) {
	b.code, f.Code = f.Code, s.code.copy(f.Code)
	b.lines, f.LineInfo = f.LineInfo, s.lines.copy(f.LineInfo)
	b.k, f.Constants = f.Constants, s.k.copy(f.Constants)
	b.locvars, f.LocVars = f.LocVars, s.locvars.copy(f.LocVars)
	b.upvals, f.Upvalues = f.Upvalues, s.upvals.copy(f.Upvalues)
	b.protos, f.Protos = f.Protos, s.protos.copy(f.Protos)
}

// pool keeps compilers between calls of Compile: their buffers, stacks and
// constant maps are warm, so compiling a small chunk allocates little
// more than its prototypes.
var pool = sync.Pool{New: func() any { return &compiler{kcache: newConstCache()} }}

// maxPooledCode is the largest code buffer (in instructions) a pooled
// compiler may keep; compilers that grew more are dropped.
const maxPooledCode = 1 << 16

// getCompiler returns a compiler ready for chunk.
func getCompiler(chunk *ast.Chunk) *compiler {
	c := pool.Get().(*compiler)
	c.chunk = chunk
	c.line = 1
	return c
}

// putCompiler resets c and returns it to the pool. Everything that could
// keep the tree, its source or the prototypes alive is cleared: names in
// the tree are substrings of the source.
func putCompiler(c *compiler) {
	for _, b := range c.bufs {
		if cap(b.code) > maxPooledCode {
			return
		}
	}
	c.chunk, c.fs, c.ahead, c.cur, c.types, c.checked = nil, nil, nil, nil, nil, nil
	c.blocks = c.blocks[:0]
	c.actvar = c.actvar[:0]
	c.nenv, c.depth, c.ownTypeof = 0, 0, 0
	c.gotos = clearLabels(c.gotos)
	c.labels = clearLabels(c.labels)
	c.lhs = c.lhs[:0]
	c.kcache.reset()
	for _, b := range c.bufs {
		b.clear()
	}
	for _, fs := range c.states {
		*fs = funcState{}
	}
	c.slabs = slabs{} // the blocks belong to the prototypes now
	pool.Put(c)
}

func clearLabels(l []labelDesc) []labelDesc {
	clear(l[:cap(l)])
	return l[:0]
}

// clear drops the references the buffers hold.
func (b *protoBuf) clear() {
	clear(b.k[:cap(b.k)])
	clear(b.locvars[:cap(b.locvars)])
	clear(b.upvals[:cap(b.upvals)])
	clear(b.protos[:cap(b.protos)])
}
