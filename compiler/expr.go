package compiler

import (
	"fmt"

	"wippylua/ast"
	"wippylua/bytecode"
)

// Expressions. Each function mirrors the lua5.3 parser function named in
// its comment, and updates c.line where that function consumes a token
// whose line the tree records.

// expr compiles e into v, leaving it in its most flexible form (lua5.3's
// expr, subexpr and simpleexp). The tree already encodes precedence, and a
// depth-first walk visits operands in the order the parser reads them.
func (c *compiler) expr(e ast.Expr, v *expdesc) {
	fs := c.fs
	switch e := e.(type) {
	case *ast.NilExpr:
		v.init(kNil, 0)
		c.line = e.Pos.Line
	case *ast.TrueExpr:
		v.init(kTrue, 0)
		c.line = e.Pos.Line
	case *ast.FalseExpr:
		v.init(kFalse, 0)
		c.line = e.Pos.Line
	case *ast.IntExpr:
		v.init(kKInt, 0)
		v.ival = e.Value
		c.line = e.Pos.Line
	case *ast.FloatExpr:
		v.init(kKFlt, 0)
		v.nval = e.Value
		c.line = e.Pos.Line
	case *ast.StringExpr:
		v.init(kK, fs.stringK(e.Value))
		c.line = max(e.Pos.Line, e.EndLine) // where the literal ends
	case *ast.VarargExpr:
		if !fs.f.IsVararg {
			c.errorAt(e.Pos.Line, "cannot use '...' outside a vararg function", "'...'")
		}
		// Emitted before the parser consumes `...`.
		c.line = max(c.line, e.PrevLine)
		v.init(kVararg, fs.emitABC(bytecode.VARARG, 0, 1, 0))
		c.line = e.Pos.Line
	case *ast.TableExpr:
		c.constructor(e, v)
	case *ast.FunctionExpr:
		c.line = e.Pos.Line
		c.body(e, v, lineDefined(e))
	case *ast.BinaryExpr:
		c.expr(e.L, v)
		c.line = e.Pos.Line
		if e.Op == ast.OpConcat {
			c.cur = e.R
		}
		fs.infix(e.Op, v)
		var v2 expdesc
		c.expr(e.R, &v2)
		fs.posfix(e.Op, v, &v2, e.Pos.Line)
	case *ast.LogicalExpr:
		c.expr(e.L, v)
		c.line = e.Pos.Line
		fs.logicalInfix(e.And, v)
		var v2 expdesc
		c.expr(e.R, &v2)
		fs.logicalPosfix(e.And, v, &v2)
	case *ast.UnaryExpr:
		c.line = e.Pos.Line
		c.expr(e.X, v)
		fs.prefix(e.Op, v, e.Pos.Line)
	case *ast.CastExpr:
		c.expr(e.X, v)
		if e.Type != nil {
			c.line = e.Type.Start().Line // the type was read
		}
		fs.setOneRet(v) // a cast is one value (see doc.go)
	case *ast.NonNilExpr:
		c.expr(e.X, v)
		c.line = e.Pos.Line
		fs.setOneRet(v)
	case *ast.Ident, *ast.IndexExpr, *ast.CallExpr, *ast.MethodCallExpr, *ast.ParenExpr:
		c.suffixed(e, v, c.primaryLine(e))
	default:
		panic(fmt.Sprintf("compiler: unexpected expression node %T", e))
	}
}

// primaryLine returns the line where the suffixed expression e starts
// (lua5.3's ls->linenumber when suffixedexp begins): every CALL of a chain
// like a.b(x)(y) gets that line. After a lookahead (see ahead) the lexer
// is already on the line of the next token.
func (c *compiler) primaryLine(e ast.Expr) int {
	for {
		switch x := e.(type) {
		case *ast.IndexExpr:
			e = x.Obj
		case *ast.CallExpr:
			e = x.Fn
		case *ast.MethodCallExpr:
			e = x.Obj
		case *ast.Ident:
			if x == c.ahead {
				return c.aheadLine
			}
			return x.Pos.Line
		default:
			return e.Start().Line
		}
	}
}

// suffixed compiles a name, a parenthesized expression, or a chain of
// indexing and calls on one (lua5.3's suffixedexp and primaryexp). line is
// the line of the start of the chain.
func (c *compiler) suffixed(e ast.Expr, v *expdesc, line int) {
	fs := c.fs
	switch e := e.(type) {
	case *ast.Ident:
		c.line = e.Pos.Line
		if e == c.ahead {
			c.line = c.aheadLine
			c.ahead = nil
		}
		c.singleVar(e, v)
	case *ast.ParenExpr:
		c.line = e.Pos.Line
		c.expr(e.X, v)
		c.line = max(c.line, e.EndLine) // ')' consumed
		fs.dischargeVars(v)             // truncates calls and `...` to one value
	case *ast.IndexExpr:
		c.suffixed(e.Obj, v, line)
		fs.exp2AnyRegUp(v)
		c.line = e.Pos.Line
		var key expdesc
		c.expr(e.Key, &key)
		fs.exp2Val(&key)
		fs.indexed(v, &key)
		c.line = max(c.line, e.EndLine) // ']' consumed
	case *ast.CallExpr:
		if x := c.typeofArg(e); x != nil {
			c.typeofExpr(e, x, v)
			return
		}
		c.call(e, v, line)
	case *ast.MethodCallExpr:
		c.suffixed(e.Obj, v, line)
		c.line = e.Pos.Line
		var key expdesc
		key.init(kK, fs.stringK(e.Method))
		fs.self(v, &key)
		argPos := e.ArgsPos
		if argPos.Line == 0 {
			argPos = e.Pos
		}
		c.callArgs(e.Args, e.CommaLines, argPos.Line, e.EndLine, bareArgs(e.Args, argPos), v, line)
	default:
		// Not a suffixed expression in Lua syntax, e.g. a cast used as the
		// callee; compile it as a value.
		c.expr(e, v)
	}
}

// call compiles a function call.
func (c *compiler) call(e *ast.CallExpr, v *expdesc, line int) {
	c.suffixed(e.Fn, v, line)
	c.fs.exp2NextReg(v)
	c.funcArgs(e, v, line)
}

// funcArgs compiles the arguments and the CALL of call; f holds the
// function in its register.
func (c *compiler) funcArgs(call *ast.CallExpr, f *expdesc, line int) {
	c.callArgs(call.Args, call.CommaLines, call.Pos.Line, call.EndLine, bareArgs(call.Args, call.Pos), f, line)
}

// bareArgs reports whether args, starting at pos, are written without
// parentheses: `f{...}` and `f"..."`, where the argument starts at pos.
func bareArgs(args []ast.Expr, pos ast.Pos) bool {
	if len(args) == 1 && args[0].Start() == pos {
		switch args[0].(type) {
		case *ast.TableExpr, *ast.StringExpr:
			return true
		}
	}
	return false
}

// callArgs is lua5.3's funcargs: the arguments go in the registers after
// the function, the CALL gets the line where the called expression starts.
// argLine is the line of the '(' and endLine of the token ending the
// arguments; commas are the lines of the ','s between them (may be nil).
func (c *compiler) callArgs(args []ast.Expr, commas []int, argLine, endLine int, bare bool, f *expdesc, line int) {
	fs := c.fs
	if !bare {
		c.line = argLine // '(' consumed
	}
	var a expdesc
	if len(args) == 0 {
		a.init(kVoid, 0)
	} else {
		c.explist(args, commas, &a)
		fs.setMultRet(&a)
	}
	c.line = max(c.line, endLine) // ')' consumed
	base := f.info
	nparams := -1 // open call: arguments up to top
	if !a.hasMultRet() {
		if a.k != kVoid {
			fs.exp2NextReg(&a)
		}
		nparams = fs.freereg - (base + 1)
	}
	f.init(kCall, fs.emitABC(bytecode.CALL, base, nparams+1, 2))
	fs.fixLine(line)
	fs.freereg = base + 1 // the call leaves one result (unless changed)
}

// explist compiles a non-empty expression list: all but the last go to
// consecutive registers, the last stays in v. It returns the count. commas
// are the lines of the ','s between the expressions, nil when each is on
// the line where the expression before it ends.
func (c *compiler) explist(es []ast.Expr, commas []int, v *expdesc) int {
	c.expr(es[0], v)
	for i, e := range es[1:] {
		if i < len(commas) {
			c.line = max(c.line, commas[i]) // ',' consumed
		}
		c.cur = e
		c.fs.exp2NextReg(v)
		c.expr(e, v)
	}
	return len(es)
}

// exp1 compiles e into the next register.
func (c *compiler) exp1(e ast.Expr) {
	var v expdesc
	c.expr(e, &v)
	c.fs.exp2NextReg(&v)
}

// cond compiles a loop or if condition and returns its false exit list.
func (c *compiler) cond(e ast.Expr) int {
	var v expdesc
	c.expr(e, &v)
	if v.k == kNil {
		v.k = kFalse // `falses` are all equal here
	}
	c.fs.goIfTrue(&v)
	return v.fl
}

// body compiles a function body and the CLOSURE that creates it in the
// current function (lua5.3's body and codeclosure). line is the line the
// function is reported as defined on.
func (c *compiler) body(fe *ast.FunctionExpr, v *expdesc, line int) {
	parent := c.fs
	f := c.slabs.newProto()
	f.LineDefined, f.LastLineDefined, f.IsVararg = line, fe.EndLine, fe.IsVararg
	parent.f.Protos = append(parent.f.Protos, f)
	fs := c.openFunc(f)
	for _, p := range fe.Params {
		c.line = p.Pos.Line
		c.newLocalVar(p.Name, p)
	}
	fs.adjustLocalVars(len(fe.Params))
	f.NumParams = fs.nactvar
	fs.reserveRegs(fs.nactvar)
	c.line = max(c.line, fe.Body.OpenLine) // ')' consumed
	c.statList(fe.Body.Stmts, fe.Body.EndLine, false)
	c.line = max(c.line, fe.Body.LastLine)
	c.line = fe.EndLine // 'end' consumed
	// The CLOSURE goes to the enclosing function before the final RETURN
	// of this one, both with the line of 'end'.
	v.init(kReloc, parent.emitABx(bytecode.CLOSURE, 0, len(parent.f.Protos)-1))
	parent.exp2NextReg(v)
	c.closeFunc(fe.EndLine, fe)
}

// lineDefined returns the line function fe is reported as defined on when
// it is not a function statement (see ast.FunctionExpr.LineDefined).
func lineDefined(fe *ast.FunctionExpr) int {
	if fe.LineDefined != 0 {
		return fe.LineDefined
	}
	return fe.Pos.Line
}
