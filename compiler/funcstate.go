package compiler

import (
	"wippylua/ast"
	"wippylua/bytecode"
)

// funcState is the state of one function being compiled (lua5.3's
// FuncState). Nested functions form a chain through prev.
type funcState struct {
	c    *compiler
	f    *bytecode.Proto
	prev *funcState

	bl         int // innermost open block: index into c.blocks, -1 when none
	lasttarget int // pc of the last jump target (see nilRange)
	jpc        int // list of jumps to the next instruction emitted
	nactvar    int // number of active local variables
	freereg    int // first free register
	firstlocal int // index of this function's first local in c.actvar
	envUp      int // upvalue holding _ENV when no local _ENV exists, or -1
}

// pc returns the index of the next instruction.
func (fs *funcState) pc() int { return len(fs.f.Code) }

// openFunc starts compiling function f nested in the current one
// (lua5.3's open_func), opening its outermost block.
func (c *compiler) openFunc(f *bytecode.Proto) *funcState {
	if c.depth == len(c.bufs) {
		c.bufs = append(c.bufs, &protoBuf{})
		c.states = append(c.states, &funcState{})
	}
	fs := c.states[c.depth]
	*fs = funcState{
		c:          c,
		f:          f,
		prev:       c.fs,
		bl:         -1,
		jpc:        noJump,
		firstlocal: len(c.actvar),
		envUp:      -1,
	}
	c.bufs[c.depth].lend(f)
	c.depth++
	f.Source = c.chunk.Name
	f.MaxStack = 2 // registers 0 and 1 are always valid
	c.fs = fs
	c.enterBlock(false)
	return fs
}

// closeFunc finishes the current function (lua5.3's close_func): the final
// RETURN, then the outermost block. line is the line of the function's
// last token and fe the function (nil for the main chunk): lua5.3 reports
// an unresolved goto at the token after it.
func (c *compiler) closeFunc(line int, fe *ast.FunctionExpr) {
	fs := c.fs
	fs.ret(0, 0)
	if fe != nil && len(c.gotos) > c.blocks[fs.bl].firstgoto {
		if fe.NextLine != 0 {
			line = fe.NextLine
		} else {
			line, _ = c.tokenAfter(fe)
		}
	}
	c.leaveBlock(line)
	c.depth--
	c.bufs[c.depth].reclaim(fs.f, &c.slabs)
	c.fs = fs.prev
}
