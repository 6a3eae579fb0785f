package compiler

import (
	"fmt"

	"wippylua/ast"
	"wippylua/bytecode"
)

// statList compiles the statements of a block (lua5.3's statlist). endLine
// is the line of the token that closes the block; inRepeat marks the body
// of repeat-until, whose closing `until` keeps the block's locals visible.
func (c *compiler) statList(stmts []ast.Stmt, endLine int, inRepeat bool) {
	saved, opened := c.openTypeScope(stmts)
	for i, s := range stmts {
		c.statement(s, stmts[i+1:], endLine, inRepeat)
	}
	if opened {
		c.types = saved
	}
}

// statement compiles one statement; rest are the statements after it in
// its block (labels need to know what follows them).
func (c *compiler) statement(s ast.Stmt, rest []ast.Stmt, endLine int, inRepeat bool) {
	fs := c.fs
	c.cur = nil
	switch s := s.(type) {
	case *ast.LocalStmt:
		c.localStat(s)
	case *ast.AssignStmt:
		c.assignStat(s)
	case *ast.CallStmt:
		c.callStat(s)
	case *ast.DoStmt:
		c.line = s.Pos.Line
		c.block(s.Body)
		c.line = s.Body.EndLine
	case *ast.WhileStmt:
		c.whileStat(s)
	case *ast.RepeatStmt:
		c.repeatStat(s)
	case *ast.IfStmt:
		c.ifStat(s)
	case *ast.NumericForStmt:
		c.forNum(s)
	case *ast.GenericForStmt:
		c.forList(s)
	case *ast.FunctionStmt:
		c.funcStat(s)
	case *ast.LocalFunctionStmt:
		c.localFunc(s)
	case *ast.ReturnStmt:
		c.retStat(s)
	case *ast.BreakStmt:
		// lua5.3 emits the jump before reading `break`: it carries the line
		// of the previous token.
		c.line = max(c.line, s.PrevLine)
		c.gotoStat("break", s.Pos.Line, fs.jump(), nextLine(rest, endLine))
	case *ast.GotoStmt:
		c.line = max(c.line, s.PrevLine)
		c.gotoStat(s.Label, s.Pos.Line, fs.jump(), nextLine(rest, endLine))
	case *ast.LabelStmt:
		c.labelStat(s, rest, endLine, inRepeat)
	case *ast.TypeAliasStmt:
		c.typeAliasStat(s)
	default:
		panic(fmt.Sprintf("compiler: unexpected statement node %T", s))
	}
	fs.freereg = fs.nactvar // statements leave no temporaries
}

// nextLine is the line of the token after a statement: the next
// statement's first, or the token closing the block.
func nextLine(rest []ast.Stmt, endLine int) int {
	if len(rest) > 0 {
		return rest[0].Start().Line
	}
	return endLine
}

// block compiles a block in its own scope.
func (c *compiler) block(b *ast.Block) {
	c.enterBlock(false)
	c.line = max(c.line, b.OpenLine)
	c.statList(b.Stmts, b.EndLine, false)
	c.line = max(c.line, b.LastLine)
	c.leaveBlock(b.EndLine)
}

func (c *compiler) callStat(s *ast.CallStmt) {
	fs := c.fs
	var v expdesc
	if call, ok := s.Call.(*ast.CallExpr); ok && c.typeofArg(call) != nil {
		c.call(call, &v, c.primaryLine(call)) // a typeof statement stays a call
	} else {
		c.suffixed(s.Call, &v, c.primaryLine(s.Call))
	}
	if v.k != kCall {
		c.errorAt(c.line, "syntax error", "")
	}
	i := fs.instr(&v)
	*i = i.SetC(1) // a call statement keeps no results
}

func (c *compiler) whileStat(s *ast.WhileStmt) {
	fs := c.fs
	c.line = s.Pos.Line
	whileInit := fs.label()
	condExit := c.cond(s.Cond)
	c.enterBlock(true)
	c.block(s.Body)
	fs.jumpTo(whileInit)
	c.line = s.Body.EndLine
	c.leaveBlock(s.Body.EndLine)
	fs.patchToHere(condExit)
}

func (c *compiler) repeatStat(s *ast.RepeatStmt) {
	fs := c.fs
	repeatInit := fs.label()
	c.enterBlock(true)  // loop block
	c.enterBlock(false) // scope block: the condition sees its locals
	c.line = s.Pos.Line
	c.statList(s.Body.Stmts, s.Body.EndLine, true)
	c.line = max(c.line, s.Body.LastLine)
	c.line = s.Body.EndLine // 'until' consumed
	condExit := c.cond(s.Cond)
	if bl := c.blocks[fs.bl]; bl.upval {
		// Looping back must close the upvalues of this iteration's locals.
		fs.patchClose(condExit, bl.nactvar)
	}
	c.leaveBlock(c.line)
	fs.patchList(condExit, repeatInit)
	c.leaveBlock(c.line)
}

func (c *compiler) ifStat(s *ast.IfStmt) {
	fs := c.fs
	escape := noJump // jumps from the end of each branch to the end
	c.line = s.Pos.Line
	last := len(s.Conds) - 1
	for i, cond := range s.Conds {
		if i > 0 {
			c.line = s.Thens[i-1].EndLine // 'elseif'
		}
		c.testThenBlock(cond, s.Thens[i], &escape, i < last || s.Else != nil)
	}
	c.line = s.Thens[last].EndLine
	if s.Else != nil {
		c.block(s.Else)
		c.line = s.Else.EndLine
	}
	fs.patchToHere(escape)
}

// testThenBlock compiles `cond then block`; more says an else or elseif
// follows, which the block must jump over.
func (c *compiler) testThenBlock(cond ast.Expr, blk *ast.Block, escape *int, more bool) {
	fs := c.fs
	var v expdesc
	c.expr(cond, &v)
	c.line = max(c.line, blk.OpenLine) // 'then' consumed
	stmts := blk.Stmts
	var jf int // jump over the block when the condition is false
	if len(stmts) > 0 && isGoto(stmts[0]) {
		// `if c then goto l` jumps straight to the label when c is true.
		fs.goIfFalse(&v)
		c.enterBlock(false)
		name, line := gotoTarget(stmts[0])
		c.gotoStat(name, line, v.tl, nextLine(stmts[1:], blk.EndLine))
		if len(stmts) == 1 {
			c.leaveBlock(blk.EndLine)
			return
		}
		jf = fs.jump()
		stmts = stmts[1:]
	} else {
		fs.goIfTrue(&v)
		c.enterBlock(false)
		jf = v.fl
	}
	c.statList(stmts, blk.EndLine, false)
	c.line = max(c.line, blk.LastLine)
	c.leaveBlock(blk.EndLine)
	if more {
		fs.concat(escape, fs.jump())
	}
	fs.patchToHere(jf)
}

func isGoto(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.GotoStmt, *ast.BreakStmt:
		return true
	}
	return false
}

func gotoTarget(s ast.Stmt) (string, int) {
	if g, ok := s.(*ast.GotoStmt); ok {
		return g.Label, g.Pos.Line
	}
	return "break", s.Start().Line
}

// forNum compiles a numeric for: hidden locals for index, limit and step,
// then the loop variable.
func (c *compiler) forNum(s *ast.NumericForStmt) {
	fs := c.fs
	c.enterBlock(true)
	c.line = s.Var.Pos.Line
	base := fs.freereg
	c.newLocalVar("(for index)", s.Var)
	c.newLocalVar("(for limit)", s.Var)
	c.newLocalVar("(for step)", s.Var)
	c.newLocalVar(s.Var.Name, s.Var)
	c.exp1(s.Init)
	c.exp1(s.Limit)
	if s.Step != nil {
		c.exp1(s.Step)
	} else {
		fs.loadK(fs.freereg, fs.intK(1))
		fs.reserveRegs(1)
	}
	c.forBody(base, s.Pos.Line, 1, true, s.Body)
	c.line = s.Body.EndLine
	c.leaveBlock(s.Body.EndLine)
}

// forList compiles a generic for: hidden locals for generator, state and
// control, then the declared variables.
func (c *compiler) forList(s *ast.GenericForStmt) {
	fs := c.fs
	c.enterBlock(true)
	base := fs.freereg
	first := s.Names[0]
	c.line = first.Pos.Line
	c.newLocalVar("(for generator)", first)
	c.newLocalVar("(for state)", first)
	c.newLocalVar("(for control)", first)
	for _, n := range s.Names {
		c.line = n.Pos.Line
		c.newLocalVar(n.Name, n)
	}
	line := firstTokenEnd(s.Exprs[0]) // the line after 'in'
	var e expdesc
	n := c.explist(s.Exprs, s.CommaLines, &e)
	c.adjustAssign(3, n, &e)
	fs.checkStack(3) // room to call the generator
	c.forBody(base, line, len(s.Names), false, s.Body)
	c.line = s.Body.EndLine
	c.leaveBlock(s.Body.EndLine)
}

// forBody compiles the body of a for loop and its loop instructions, which
// get the given line.
func (c *compiler) forBody(base, line, nvars int, isnum bool, body *ast.Block) {
	fs := c.fs
	fs.adjustLocalVars(3) // control variables
	// 'do' consumed
	c.line = max(c.line, body.OpenLine)
	var prep int
	if isnum {
		prep = fs.emitAsBx(bytecode.FORPREP, base, noJump)
	} else {
		prep = fs.jump()
	}
	c.enterBlock(false) // scope of the declared variables
	fs.adjustLocalVars(nvars)
	fs.reserveRegs(nvars)
	c.block(body)
	c.leaveBlock(body.EndLine)
	fs.patchToHere(prep)
	var endfor int
	if isnum {
		endfor = fs.emitAsBx(bytecode.FORLOOP, base, noJump)
	} else {
		fs.emitABC(bytecode.TFORCALL, base, 0, nvars)
		fs.fixLine(line)
		endfor = fs.emitAsBx(bytecode.TFORLOOP, base+2, noJump)
	}
	fs.patchList(endfor, prep+1)
	fs.fixLine(line)
}

// funcStat compiles `function name.a.b:m() ... end`.
func (c *compiler) funcStat(s *ast.FunctionStmt) {
	fs := c.fs
	c.line = s.Pos.Line
	var v, b expdesc
	c.funcName(s.Name, &v)
	c.body(s.Func, &b, s.Pos.Line)
	fs.storeVar(&v, &b)
	fs.fixLine(s.Pos.Line) // the definition "happens" on the first line
}

// funcName compiles the target of a function statement: a name followed
// by field selections.
func (c *compiler) funcName(e ast.Expr, v *expdesc) {
	fs := c.fs
	switch e := e.(type) {
	case *ast.Ident:
		c.line = e.Pos.Line
		c.singleVar(e, v)
	case *ast.IndexExpr:
		c.funcName(e.Obj, v)
		fs.exp2AnyRegUp(v)
		var key expdesc
		c.expr(e.Key, &key)
		fs.indexed(v, &key)
	default:
		panic(fmt.Sprintf("compiler: unexpected function name node %T", e))
	}
}

// localFunc compiles `local function f`: f is in scope inside its own
// body, but its debug range starts after the CLOSURE.
func (c *compiler) localFunc(s *ast.LocalFunctionStmt) {
	fs := c.fs
	c.line = s.Name.Pos.Line
	c.newLocalVar(s.Name.Name, s.Name)
	fs.adjustLocalVars(1)
	var b expdesc
	c.body(s.Func, &b, lineDefined(s.Func))
	fs.locVar(b.info).StartPC = fs.pc()
}

// retStat compiles return; a lone call becomes a tail call.
func (c *compiler) retStat(s *ast.ReturnStmt) {
	fs := c.fs
	c.line = s.Pos.Line
	first, nret := 0, 0
	if len(s.Exprs) > 0 {
		var e expdesc
		nret = c.explist(s.Exprs, s.CommaLines, &e)
		switch {
		case e.hasMultRet():
			fs.setMultRet(&e)
			if e.k == kCall && nret == 1 {
				i := fs.instr(&e)
				*i = bytecode.Instruction(bytecode.TAILCALL) | *i&^0xFF
			}
			first, nret = fs.nactvar, -1
		case nret == 1:
			first = fs.exp2AnyReg(&e)
		default:
			fs.exp2NextReg(&e) // values must be consecutive
			first = fs.nactvar
		}
	}
	fs.ret(first, nret)
}

// firstTokenEnd returns the line on which the first token of e ends
// (lua5.3's ls->linenumber once that token is current).
func firstTokenEnd(e ast.Expr) int {
	for {
		switch x := e.(type) {
		case *ast.BinaryExpr:
			e = x.L
		case *ast.LogicalExpr:
			e = x.L
		case *ast.CallExpr:
			e = x.Fn
		case *ast.MethodCallExpr:
			e = x.Obj
		case *ast.IndexExpr:
			e = x.Obj
		case *ast.CastExpr:
			e = x.X
		case *ast.NonNilExpr:
			e = x.X
		case *ast.StringExpr:
			return max(x.Pos.Line, x.EndLine)
		default:
			return e.Start().Line
		}
	}
}
