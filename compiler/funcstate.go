package compiler

import (
	"strconv"

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
}

// blockCnt is an open block (lua5.3's BlockCnt).
type blockCnt struct {
	previous   int  // enclosing block of the same function, -1 for the outermost
	firstlabel int  // index of the block's first label in c.labels
	firstgoto  int  // index of the block's first pending goto in c.gotos
	nactvar    int  // active locals outside the block
	upval      bool // some local of the block is captured by a closure
	isloop     bool // the block is a loop body: `break` exits it
}

// pc returns the index of the next instruction.
func (fs *funcState) pc() int { return len(fs.f.Code) }

// openFunc starts compiling function f nested in the current one
// (lua5.3's open_func), opening its outermost block.
func (c *compiler) openFunc(f *bytecode.Proto) *funcState {
	fs := &funcState{
		c:          c,
		f:          f,
		prev:       c.fs,
		bl:         -1,
		jpc:        noJump,
		firstlocal: len(c.actvar),
	}
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
		line, _ = c.tokenAfter(fe)
	}
	c.leaveBlock(line)
	f := fs.f
	// Trim spare capacity: prototypes live as long as their closures.
	f.Code = f.Code[:len(f.Code):len(f.Code)]
	f.LineInfo = f.LineInfo[:len(f.LineInfo):len(f.LineInfo)]
	c.fs = fs.prev
}

// ---------------------------------------------------------------------------
// Local variables

// locVar returns the debug record of the i-th active local of fs.
func (fs *funcState) locVar(i int) *bytecode.LocVar {
	return &fs.f.LocVars[fs.c.actvar[fs.firstlocal+i]]
}

// newLocalVar declares a local that becomes active with adjustLocalVars.
// at is the node after which lua5.3's parser declares it, for the position
// of the "too many local variables" error.
func (c *compiler) newLocalVar(name string, at ast.Node) {
	fs := c.fs
	if len(c.actvar)+1-fs.firstlocal > maxVars {
		c.limitError(maxVars, "local variables", at)
	}
	fs.f.LocVars = append(fs.f.LocVars, bytecode.LocVar{Name: name})
	c.actvar = append(c.actvar, len(fs.f.LocVars)-1)
}

// adjustLocalVars activates the last n declared locals: their scope starts
// at the next instruction.
func (fs *funcState) adjustLocalVars(n int) {
	fs.nactvar += n
	pc := fs.pc()
	for i := fs.nactvar - n; i < fs.nactvar; i++ {
		fs.locVar(i).StartPC = pc
	}
}

// removeVars ends the scope of the locals above level.
func (fs *funcState) removeVars(level int) {
	c := fs.c
	n := fs.nactvar - level
	pc := fs.pc()
	for fs.nactvar > level {
		fs.nactvar--
		fs.locVar(fs.nactvar).EndPC = pc
	}
	c.actvar = c.actvar[:len(c.actvar)-n]
}

// searchVar returns the register of the innermost active local called
// name, or -1.
func (fs *funcState) searchVar(name string) int {
	c := fs.c
	lv := fs.f.LocVars
	for i := fs.nactvar - 1; i >= 0; i-- {
		if lv[c.actvar[fs.firstlocal+i]].Name == name {
			return i
		}
	}
	return -1
}

// markUpval records that the local in register level is captured, so that
// the block declaring it closes upvalues when it ends.
func (fs *funcState) markUpval(level int) {
	bl := fs.bl
	for fs.c.blocks[bl].nactvar > level {
		bl = fs.c.blocks[bl].previous
	}
	fs.c.blocks[bl].upval = true
}

// ---------------------------------------------------------------------------
// Upvalues and name resolution

func (fs *funcState) searchUpvalue(name string) int {
	for i := range fs.f.Upvalues {
		if fs.f.Upvalues[i].Name == name {
			return i
		}
	}
	return -1
}

// newUpvalue adds an upvalue found in the enclosing function's register
// (inStack) or upvalue idx.
func (fs *funcState) newUpvalue(name string, inStack bool, idx int, at ast.Node) int {
	if len(fs.f.Upvalues)+1 > maxUpvals {
		fs.c.limitErrorIn(fs, maxUpvals, "upvalues", at)
	}
	fs.f.Upvalues = append(fs.f.Upvalues, bytecode.UpvalDesc{Name: name, InStack: inStack, Index: idx})
	return len(fs.f.Upvalues) - 1
}

// resolve finds name as seen from fs (lua5.3's singlevaraux): a local
// (kLocal), an upvalue (kUpval, created along the chain of enclosing
// functions as needed) or a global (kVoid). base is false when fs is an
// enclosing function of the one using the name, so a local found there is
// captured.
func (fs *funcState) resolve(name string, v *expdesc, base bool, at ast.Node) {
	if fs == nil {
		v.init(kVoid, 0)
		return
	}
	if r := fs.searchVar(name); r >= 0 {
		v.init(kLocal, r)
		if !base {
			fs.markUpval(r)
		}
		return
	}
	idx := fs.searchUpvalue(name)
	if idx < 0 {
		fs.prev.resolve(name, v, false, at)
		if v.k == kVoid {
			return
		}
		idx = fs.newUpvalue(name, v.k == kLocal, v.info, at)
	}
	v.init(kUpval, idx)
}

// singleVar compiles a name used as an expression or assignment target:
// locals and upvalues directly, globals as _ENV[name].
func (c *compiler) singleVar(id *ast.Ident, v *expdesc) {
	fs := c.fs
	fs.resolve(id.Name, v, true, id)
	if v.k != kVoid {
		return
	}
	fs.resolve("_ENV", v, true, id)
	if v.k == kVoid {
		// Only reachable for hand-made trees compiled without a main
		// function; kept as an error rather than a crash.
		c.errorAt(id.Pos.Line, "no _ENV in scope", "")
	}
	var key expdesc
	key.init(kK, fs.stringK(id.Name))
	fs.indexed(v, &key)
}

// ---------------------------------------------------------------------------
// Blocks

// enterBlock opens a block in the current function.
func (c *compiler) enterBlock(isloop bool) {
	fs := c.fs
	c.blocks = append(c.blocks, blockCnt{
		previous:   fs.bl,
		firstlabel: len(c.labels),
		firstgoto:  len(c.gotos),
		nactvar:    fs.nactvar,
		isloop:     isloop,
	})
	fs.bl = len(c.blocks) - 1
}

// leaveBlock closes the innermost block (lua5.3's leaveblock): closes
// upvalues of captured locals, resolves `break`s of a loop, ends the scope
// of the block's locals and labels and hands pending gotos to the enclosing
// block. line is where lua5.3's lexer would be, for goto errors.
func (c *compiler) leaveBlock(line int) {
	fs := c.fs
	bl := c.blocks[fs.bl]
	if bl.previous >= 0 && bl.upval {
		// A jump to the next instruction whose only job is to close the
		// block's upvalues.
		j := fs.jump()
		fs.patchClose(j, bl.nactvar)
		fs.patchToHere(j)
	}
	if bl.isloop {
		c.breakLabel(line)
	}
	fs.bl = bl.previous
	c.blocks = c.blocks[:len(c.blocks)-1]
	fs.removeVars(bl.nactvar)
	fs.freereg = fs.nactvar
	c.labels = c.labels[:bl.firstlabel]
	if bl.previous >= 0 {
		c.moveGotosOut(&bl, line)
	} else if bl.firstgoto < len(c.gotos) {
		c.undefGoto(&c.gotos[bl.firstgoto], line)
	}
}

// limitError reports that the current function exceeds limit for what, at
// the token after node at.
func (c *compiler) limitError(limit int, what string, at ast.Node) {
	c.limitErrorIn(c.fs, limit, what, at)
}

// limitErrorIn is lua5.3's errorlimit for function fs.
func (c *compiler) limitErrorIn(fs *funcState, limit int, what string, at ast.Node) {
	where := "main function"
	if ld := fs.f.LineDefined; ld != 0 {
		where = "function at line " + strconv.Itoa(ld)
	}
	line, near := c.tokenAfter(at)
	c.errorAt(line, "too many "+what+" (limit is "+strconv.Itoa(limit)+") in "+where, near)
}
