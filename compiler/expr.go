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
		c.line = e.Pos.Line
	case *ast.VarargExpr:
		if !fs.f.IsVararg {
			c.errorAt(e.Pos.Line, "cannot use '...' outside a vararg function", "'...'")
		}
		// Emitted before the parser consumes `...`.
		v.init(kVararg, fs.emitABC(bytecode.VARARG, 0, 1, 0))
		c.line = e.Pos.Line
	case *ast.TableExpr:
		c.constructor(e, v)
	case *ast.FunctionExpr:
		c.line = e.Pos.Line
		c.body(e, v, e.Pos.Line)
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
		fs.dischargeVars(v) // truncates calls and `...` to one value
	case *ast.IndexExpr:
		c.suffixed(e.Obj, v, line)
		fs.exp2AnyRegUp(v)
		c.line = e.Pos.Line
		var key expdesc
		c.expr(e.Key, &key)
		fs.exp2Val(&key)
		fs.indexed(v, &key)
	case *ast.CallExpr:
		c.suffixed(e.Fn, v, line)
		fs.exp2NextReg(v)
		c.funcArgs(e, v, line)
	case *ast.MethodCallExpr:
		c.suffixed(e.Obj, v, line)
		c.line = e.Pos.Line
		var key expdesc
		key.init(kK, fs.stringK(e.Method))
		fs.self(v, &key)
		c.callArgs(e.Args, e.Pos.Line, false, v, line)
	default:
		// Not a suffixed expression in Lua syntax, e.g. a cast used as the
		// callee; compile it as a value.
		c.expr(e, v)
	}
}

// funcArgs compiles the arguments and the CALL of call; f holds the
// function in its register.
func (c *compiler) funcArgs(call *ast.CallExpr, f *expdesc, line int) {
	// `f{...}` and `f"..."` have no parenthesis: the argument starts where
	// the call does.
	bare := false
	if len(call.Args) == 1 && call.Args[0].Start() == call.Pos {
		switch call.Args[0].(type) {
		case *ast.TableExpr, *ast.StringExpr:
			bare = true
		}
	}
	c.callArgs(call.Args, call.Pos.Line, bare, f, line)
}

// callArgs is lua5.3's funcargs: the arguments go in the registers after
// the function, the CALL gets the line where the called expression starts.
func (c *compiler) callArgs(args []ast.Expr, argLine int, bare bool, f *expdesc, line int) {
	fs := c.fs
	if !bare {
		c.line = argLine // '(' consumed
	}
	var a expdesc
	if len(args) == 0 {
		a.init(kVoid, 0)
	} else {
		c.explist(args, &a)
		fs.setMultRet(&a)
	}
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
// consecutive registers, the last stays in v. It returns the count.
func (c *compiler) explist(es []ast.Expr, v *expdesc) int {
	c.expr(es[0], v)
	for _, e := range es[1:] {
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
	c.statList(fe.Body.Stmts, fe.Body.EndLine, false)
	c.line = fe.EndLine // 'end' consumed
	// The CLOSURE goes to the enclosing function before the final RETURN
	// of this one, both with the line of 'end'.
	v.init(kReloc, parent.emitABx(bytecode.CLOSURE, 0, len(parent.f.Protos)-1))
	parent.exp2NextReg(v)
	c.closeFunc(fe.EndLine, fe)
}
