package compiler

// Blocks: scopes of locals and labels.

// blockCnt is an open block (lua5.3's BlockCnt).
type blockCnt struct {
	previous   int  // enclosing block of the same function, -1 for the outermost
	firstlabel int  // index of the block's first label in c.labels
	firstgoto  int  // index of the block's first pending goto in c.gotos
	nactvar    int  // active locals outside the block
	upval      bool // some local of the block is captured by a closure
	isloop     bool // the block is a loop body: `break` exits it
}

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
