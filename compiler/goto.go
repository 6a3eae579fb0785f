package compiler

import (
	"fmt"

	"wippylua/ast"
)

// Gotos and labels, with lua5.3's rules. A goto is a JMP plus an entry in
// c.gotos until a visible label with its name is found; `break` is a goto
// to the label "break" that every loop defines at its end. A goto may
// leave blocks (closing their upvalues) but not jump into the scope of a
// local. A label at the end of a block, followed by nothing but other
// labels, counts as outside the scope of the block's locals, except in a
// repeat-until body, where the condition still sees them.

// labelDesc is a pending goto or an active label.
type labelDesc struct {
	name    string
	pc      int // the goto's JMP (a jump list), or the label's position
	line    int // line of the goto or label, for messages
	nactvar int // active locals at that point
}

// gotoStat registers a goto to name at line whose jump list is pc (the JMP,
// or for `if c then goto l` the condition's jumps). errLine is where
// lua5.3's lexer is when it resolves the goto.
func (c *compiler) gotoStat(name string, line, pc, errLine int) {
	c.line = line
	c.gotos = append(c.gotos, labelDesc{name: name, pc: pc, line: line, nactvar: c.fs.nactvar})
	c.findLabel(len(c.gotos)-1, errLine)
}

// labelStat defines label s; rest are the statements after it.
func (c *compiler) labelStat(s *ast.LabelStmt, rest []ast.Stmt, endLine int, inRepeat bool) {
	fs := c.fs
	c.line = s.Pos.Line
	c.checkRepeated(s.Name, s.Pos.Line)
	c.labels = append(c.labels, labelDesc{name: s.Name, pc: fs.label(), line: s.Pos.Line, nactvar: fs.nactvar})
	l := len(c.labels) - 1
	// lua5.3 reads the no-op statements after the label (other labels)
	// before deciding; errors come at the token after them.
	next := 0
	for next < len(rest) {
		if _, ok := rest[next].(*ast.LabelStmt); !ok {
			break
		}
		next++
	}
	if next == len(rest) && !inRepeat {
		c.labels[l].nactvar = c.blocks[fs.bl].nactvar
	}
	c.findGotos(l, nextLine(rest[next:], endLine))
}

// checkRepeated rejects a label already defined in the current block.
func (c *compiler) checkRepeated(name string, line int) {
	for i := c.blocks[c.fs.bl].firstlabel; i < len(c.labels); i++ {
		if c.labels[i].name == name {
			c.errorAt(line, fmt.Sprintf("label '%s' already defined on line %d", name, c.labels[i].line), "")
		}
	}
}

// findLabel resolves pending goto g against the labels of the current
// block, reporting whether it found one.
func (c *compiler) findLabel(g, errLine int) bool {
	fs := c.fs
	bl := &c.blocks[fs.bl]
	for i := bl.firstlabel; i < len(c.labels); i++ {
		lb := &c.labels[i]
		if lb.name != c.gotos[g].name {
			continue
		}
		gt := &c.gotos[g]
		if gt.nactvar > lb.nactvar && (bl.upval || len(c.labels) > bl.firstlabel) {
			fs.patchClose(gt.pc, lb.nactvar)
		}
		c.closeGoto(g, lb, errLine)
		return true
	}
	return false
}

// findGotos resolves the pending gotos of the current block that target
// label l.
func (c *compiler) findGotos(l, errLine int) {
	i := c.blocks[c.fs.bl].firstgoto
	for i < len(c.gotos) {
		if c.gotos[i].name == c.labels[l].name {
			c.closeGoto(i, &c.labels[l], errLine)
		} else {
			i++
		}
	}
}

// closeGoto points goto g at label lb and drops it from the pending list.
func (c *compiler) closeGoto(g int, lb *labelDesc, errLine int) {
	fs := c.fs
	gt := c.gotos[g]
	if gt.nactvar < lb.nactvar {
		c.errorAt(errLine, fmt.Sprintf("<goto %s> at line %d jumps into the scope of local '%s'",
			gt.name, gt.line, fs.locVar(gt.nactvar).Name), "")
	}
	fs.patchList(gt.pc, lb.pc)
	c.gotos = append(c.gotos[:g], c.gotos[g+1:]...)
}

// breakLabel defines the "break" label at the end of a loop.
func (c *compiler) breakLabel(errLine int) {
	fs := c.fs
	c.labels = append(c.labels, labelDesc{name: "break", pc: fs.pc(), nactvar: fs.nactvar})
	c.findGotos(len(c.labels)-1, errLine)
}

// moveGotosOut hands the pending gotos of the block being left (bl) to the
// enclosing block: they now leave bl's locals, whose upvalues they must
// close, and may match the enclosing block's labels.
func (c *compiler) moveGotosOut(bl *blockCnt, errLine int) {
	fs := c.fs
	i := bl.firstgoto
	for i < len(c.gotos) {
		gt := &c.gotos[i]
		if gt.nactvar > bl.nactvar {
			if bl.upval {
				fs.patchClose(gt.pc, bl.nactvar)
			}
			gt.nactvar = bl.nactvar
		}
		if !c.findLabel(i, errLine) {
			i++
		}
	}
}

// undefGoto reports a goto whose label was never found.
func (c *compiler) undefGoto(gt *labelDesc, line int) {
	var msg string
	if gt.name == "break" {
		msg = fmt.Sprintf("<break> at line %d not inside a loop", gt.line)
	} else {
		msg = fmt.Sprintf("no visible label '%s' for <goto> at line %d", gt.name, gt.line)
	}
	c.errorAt(line, msg, "")
}
