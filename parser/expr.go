package parser

import (
	"wippylua/ast"
	"wippylua/lexer"
)

// binInfo describes a binary operator token: its left and right priorities
// as in lua5.3's priority table (left > right means right associative) and
// what it builds. left == 0 marks tokens that are not binary operators.
type binInfo struct {
	left, right uint8
	logic       uint8 // 0: BinaryExpr with op; 1: and; 2: or
	op          ast.BinOp
}

// unaryPriority is the priority of the unary operators: above everything but
// '^', so -x^2 is -(x^2) and 2^-3 is 2^(-3).
const unaryPriority = 12

var binops = func() (t [256]binInfo) {
	set := func(k lexer.Kind, left, right uint8, op ast.BinOp) {
		t[k] = binInfo{left: left, right: right, op: op}
	}
	set(lexer.Plus, 10, 10, ast.OpAdd)
	set(lexer.Minus, 10, 10, ast.OpSub)
	set(lexer.Star, 11, 11, ast.OpMul)
	set(lexer.Percent, 11, 11, ast.OpMod)
	set(lexer.Caret, 14, 13, ast.OpPow)
	set(lexer.Slash, 11, 11, ast.OpDiv)
	set(lexer.DoubleSlash, 11, 11, ast.OpIDiv)
	set(lexer.Amp, 6, 6, ast.OpBAnd)
	set(lexer.Pipe, 4, 4, ast.OpBOr)
	set(lexer.Tilde, 5, 5, ast.OpBXor)
	set(lexer.Shl, 7, 7, ast.OpShl)
	set(lexer.Shr, 7, 7, ast.OpShr)
	set(lexer.Concat, 9, 8, ast.OpConcat)
	set(lexer.Eq, 3, 3, ast.OpEq)
	set(lexer.Lt, 3, 3, ast.OpLt)
	set(lexer.Le, 3, 3, ast.OpLe)
	set(lexer.Ne, 3, 3, ast.OpNe)
	set(lexer.Gt, 3, 3, ast.OpGt)
	set(lexer.Ge, 3, 3, ast.OpGe)
	t[lexer.And] = binInfo{left: 2, right: 2, logic: 1}
	t[lexer.Or] = binInfo{left: 1, right: 1, logic: 2}
	return t
}()

// expr parses an expression.
func (p *parser) expr() ast.Expr { return p.subExpr(0) }

// exprList parses expr {',' expr}. It also returns the lines of the ','s,
// but only when one of them is on a later line than the end of the
// expression before it (nil otherwise, see ast.LocalStmt.CommaLines).
func (p *parser) exprList() ([]ast.Expr, []int) {
	e := p.expr()
	if p.tok.Kind != lexer.Comma {
		return p.oneExpr(e), nil
	}
	mark, lmark := len(p.exprs), len(p.lines)
	moved := false
	p.exprs = append(p.exprs, e)
	for p.tok.Kind == lexer.Comma {
		moved = moved || p.line != p.lastLine
		p.lines = append(p.lines, p.line)
		p.next()
		e = p.expr()
		p.exprs = append(p.exprs, e)
	}
	var lines []int
	if moved {
		lines = p.nodes.lineList.take(p.lines[lmark:])
	}
	p.lines = p.lines[:lmark]
	return p.takeExprs(mark), lines
}

// subExpr parses (simpleexp | unop subexpr) {binop subexpr} where every
// binop binds tighter than limit: lua5.3's precedence climbing, one nesting
// level per call.
func (p *parser) subExpr(limit uint8) ast.Expr {
	p.enter()
	if p.tok.Kind == lexer.Arrow {
		p.splitArrow()
	}
	var e ast.Expr
	switch p.tok.Kind {
	case lexer.Not, lexer.Minus, lexer.Hash, lexer.Tilde:
		u := p.nodes.unaries.new()
		u.Pos = p.tok.Pos
		switch p.tok.Kind {
		case lexer.Not:
			u.Op = ast.OpNot
		case lexer.Minus:
			u.Op = ast.OpNeg
		case lexer.Hash:
			u.Op = ast.OpLen
		default:
			u.Op = ast.OpBNot
		}
		p.next()
		u.X = p.subExpr(unaryPriority)
		e = u
	default:
		e = p.simpleExp()
	}
	for {
		if p.tok.Kind == lexer.Arrow {
			p.splitArrow()
		}
		info := binops[p.tok.Kind]
		if info.left <= limit {
			break
		}
		pos := p.tok.Pos
		p.next()
		r := p.subExpr(info.right)
		if info.logic == 0 {
			b := p.nodes.bins.new()
			*b = ast.BinaryExpr{Pos: pos, Op: info.op, L: e, R: r}
			e = b
		} else {
			l := p.nodes.logics.new()
			*l = ast.LogicalExpr{Pos: pos, And: info.logic == 1, L: e, R: r}
			e = l
		}
	}
	p.leave()
	return e
}

// simpleExp parses a literal, '...', a table constructor, a function or a
// suffixed expression, followed by any casts.
func (p *parser) simpleExp() ast.Expr {
	var e ast.Expr
	switch p.tok.Kind {
	case lexer.Float:
		e = &ast.FloatExpr{Pos: p.tok.Pos, Value: p.tok.Float}
		p.next()
	case lexer.Int:
		i := p.nodes.ints.new()
		i.Pos, i.Value = p.tok.Pos, p.tok.Int
		e = i
		p.next()
	case lexer.String:
		e = p.str(p.tok.Pos, p.tok.Str)
		p.next()
	case lexer.Nil:
		e = &ast.NilExpr{Pos: p.tok.Pos}
		p.next()
	case lexer.True:
		e = &ast.TrueExpr{Pos: p.tok.Pos}
		p.next()
	case lexer.False:
		e = &ast.FalseExpr{Pos: p.tok.Pos}
		p.next()
	case lexer.Ellipsis:
		if !p.vararg {
			p.syntaxError("cannot use '...' outside a vararg function")
		}
		e = &ast.VarargExpr{Pos: p.tok.Pos, PrevLine: p.lastLine}
		p.next()
	case lexer.LBrace:
		e = p.constructor()
	case lexer.Function:
		pos := p.tok.Pos
		p.next()
		// lua5.3 takes linedefined from the token after "function".
		e = p.funcBody(pos, p.line, false, lexer.Pos{})
	default:
		e = p.suffixedExp()
	}
	for p.tok.Pos.Line == p.lastLine {
		// A cast starts on the line where its operand ends; on a new line
		// "::" and "as" begin a new statement, as in plain Lua.
		switch p.tok.Kind {
		case lexer.DoubleColon:
			// ":: Name ::" is a label starting the next statement, and so,
			// for lua5.3's messages, is "::" followed by no type.
			if k := p.peek(0).Kind; !startsType(k) ||
				k == lexer.Name && p.peek(1).Kind == lexer.DoubleColon {
				return e
			}
		case lexer.Name:
			if p.tok.Str != "as" || !p.asIsCast() {
				return e
			}
		default:
			return e
		}
		pos := p.tok.Pos
		p.next()
		e = &ast.CastExpr{Pos: pos, X: e, Type: p.typeExpr()}
	}
	return e
}

// asIsCast decides whether the name "as" after a complete expression starts
// a cast; see doc.go.
func (p *parser) asIsCast() bool {
	switch k := p.peek(0).Kind; k {
	case lexer.LParen, lexer.LBrace, lexer.String:
		// These could be a call of a function named "as".
		return !p.stmtEnd
	default:
		// "as" followed by any other type can never start a valid statement.
		return startsType(k)
	}
}

// startsType reports whether a type can start with a token of kind k.
func startsType(k lexer.Kind) bool {
	switch k {
	case lexer.Name, lexer.Nil, lexer.True, lexer.False, lexer.Int, lexer.Float,
		lexer.String, lexer.Minus, lexer.LBrace, lexer.LParen, lexer.Lt, lexer.Function:
		return true
	}
	return false
}

// linenumber is lua5.3's ls->linenumber: the line where the last token read
// ends, which is the lookahead token's while lua5.3 holds one.
func (p *parser) linenumber() int {
	if p.luaAhead {
		return p.ahead[0].line
	}
	return p.line
}

// primaryExp parses a name or a parenthesised expression.
func (p *parser) primaryExp() ast.Expr {
	switch p.tok.Kind {
	case lexer.Name:
		id := p.ident(p.tok.Pos, p.tok.Str)
		p.next()
		return id
	case lexer.LParen:
		line := p.line
		pe := &ast.ParenExpr{Pos: p.tok.Pos}
		p.next()
		saved := p.stmtEnd
		p.stmtEnd = false
		pe.X = p.expr()
		p.stmtEnd = saved
		pe.EndLine = p.line
		p.checkMatch(lexer.RParen, lexer.LParen, line)
		return pe
	}
	p.syntaxError("unexpected symbol")
	return nil
}

// suffixedExp parses primaryexp { '.' Name | '[' exp ']' | ':' Name args |
// args | '!' }.
func (p *parser) suffixedExp() ast.Expr {
	line := p.linenumber()
	e := p.primaryExp()
	for {
		switch p.tok.Kind {
		case lexer.Dot:
			e = p.fieldSel(e)
		case lexer.LBracket:
			ix := p.nodes.index.new()
			ix.Pos, ix.Obj = p.tok.Pos, e
			p.next()
			saved := p.stmtEnd
			p.stmtEnd = false
			ix.Key = p.expr()
			p.stmtEnd = saved
			ix.EndLine = p.line
			p.checkNext(lexer.RBracket)
			e = ix
		case lexer.Colon:
			m := p.nodes.methods.new()
			m.Pos, m.Obj = p.tok.Pos, e
			p.next()
			m.Method = p.checkName().Name
			m.ArgsPos = p.tok.Pos
			m.Args, m.CommaLines = p.funcArgs(line)
			m.EndLine = p.lastLine
			e = m
		case lexer.LParen, lexer.String, lexer.LBrace:
			c := p.nodes.calls.new()
			c.Pos, c.Fn = p.tok.Pos, e
			c.Args, c.CommaLines = p.funcArgs(line)
			c.EndLine = p.lastLine
			e = c
		case lexer.Bang:
			if p.tok.Pos.Line != p.lastLine || p.tok.Pos.Column != p.lastEnd ||
				p.peek(0).Kind == lexer.Assign {
				// Only a '!' written right after its operand asserts
				// non-nil; "x !" and "a != b" are left for lua5.3's error.
				return e
			}
			e = &ast.NonNilExpr{Pos: p.tok.Pos, X: e}
			p.next()
		default:
			return e
		}
	}
}

// fieldSel parses '.' Name or ':' Name into an index by a string key.
func (p *parser) fieldSel(obj ast.Expr) *ast.IndexExpr {
	ix := p.nodes.index.new()
	ix.Pos, ix.Obj, ix.Dot = p.tok.Pos, obj, true
	p.next()
	p.check(lexer.Name)
	ix.Key = p.str(p.tok.Pos, p.tok.Str)
	ix.EndLine = p.line
	p.next()
	return ix
}

// funcArgs parses call arguments, returning them with the lines of the
// ','s between them (see exprList); line is where the called expression
// started, which lua5.3 names in "(to close '(' at line N)".
func (p *parser) funcArgs(line int) ([]ast.Expr, []int) {
	switch p.tok.Kind {
	case lexer.LParen:
		p.next()
		if p.tok.Kind == lexer.RParen {
			p.next()
			return nil, nil
		}
		saved := p.stmtEnd
		p.stmtEnd = false
		args, commas := p.exprList()
		p.stmtEnd = saved
		p.checkMatch(lexer.RParen, lexer.LParen, line)
		return args, commas
	case lexer.LBrace:
		return p.oneExpr(p.constructor()), nil
	case lexer.String:
		s := p.str(p.tok.Pos, p.tok.Str)
		p.next()
		return p.oneExpr(s), nil
	}
	p.syntaxError("function arguments expected")
	return nil, nil
}

// constructor parses a table constructor; the current token is '{'.
func (p *parser) constructor() *ast.TableExpr {
	line := p.line
	t := p.nodes.tables.new()
	t.Pos, t.PrevLine = p.tok.Pos, p.lastLine
	p.next()
	saved := p.stmtEnd
	p.stmtEnd = false
	mark := len(p.fields)
	for p.tok.Kind != lexer.RBrace {
		f := p.field()
		p.fields = append(p.fields, f)
		if p.tok.Kind != lexer.Comma && p.tok.Kind != lexer.Semicolon {
			break
		}
		f.SepLine = p.line
		p.next()
	}
	t.Fields = p.nodes.fieldList.take(p.fields[mark:])
	clear(p.fields[mark:])
	p.fields = p.fields[:mark]
	t.EndPos = p.tok.Pos
	p.checkMatch(lexer.RBrace, lexer.LBrace, line)
	p.stmtEnd = saved
	return t
}

// field parses one table constructor field.
func (p *parser) field() *ast.TableField {
	f := p.nodes.fields.new()
	f.Pos = p.tok.Pos
	switch p.tok.Kind {
	case lexer.Name:
		// lua5.3 reads one token ahead to tell "name = v" from an expression.
		if p.peek(0).Kind != lexer.Assign {
			p.luaAhead = true
			f.Value = p.expr()
			return f
		}
		f.Key = p.str(p.tok.Pos, p.tok.Str)
		f.Named = true
		p.next()
		p.next() // '='
		f.Value = p.expr()
	case lexer.LBracket:
		p.next()
		f.Key = p.expr()
		p.checkNext(lexer.RBracket)
		p.checkNext(lexer.Assign)
		f.Value = p.expr()
	default:
		f.Value = p.expr()
	}
	return f
}

// funcBody parses [<typeparams>] '(' parlist ')' [':' rettypes] block end.
// pos is the "function" keyword, line lua5.3's linedefined for the function.
// For methods, "self" (declared at selfPos) becomes the first parameter.
func (p *parser) funcBody(pos lexer.Pos, line int, method bool, selfPos lexer.Pos) *ast.FunctionExpr {
	f := p.nodes.funcs.new()
	f.Pos, f.LineDefined = pos, line
	savedVararg, savedLine, savedEnd := p.vararg, p.fnLine, p.stmtEnd
	p.vararg, p.fnLine = false, line
	if p.isTypeParams() {
		f.TypeParams = p.typeParams()
	}
	p.checkNext(lexer.LParen)
	mark := len(p.idents)
	if method {
		p.idents = append(p.idents, p.ident(selfPos, "self"))
	}
	p.parList(f, mark)
	p.checkNext(lexer.RParen)
	if p.tok.Kind == lexer.Colon {
		p.next()
		f.Returns = p.returnTypes()
	}
	p.vararg = f.IsVararg
	f.Body = p.block()
	f.EndLine = p.line
	p.checkMatch(lexer.End, lexer.Function, line)
	f.NextLine = p.line
	p.vararg, p.fnLine, p.stmtEnd = savedVararg, savedLine, savedEnd
	return f
}

// parList parses the parameter list up to (not including) ')', appending
// the parameters to p.idents above mark (where "self" may already be).
func (p *parser) parList(f *ast.FunctionExpr, mark int) {
	if p.tok.Kind == lexer.RParen {
		f.Params = p.takeIdents(mark)
		return
	}
	var types []ast.TypeExpr
	for {
		switch p.tok.Kind {
		case lexer.Name:
			p.idents = append(p.idents, p.ident(p.tok.Pos, p.tok.Str))
			p.next()
			types = appendAnnotation(types, len(p.idents)-mark, p.optAnnotation())
		case lexer.Ellipsis:
			p.next()
			f.IsVararg = true
			f.VarargType = p.optAnnotation()
		default:
			p.syntaxError("<name> or '...' expected")
		}
		if f.IsVararg || !p.testNext(lexer.Comma) {
			break
		}
	}
	f.Params = p.takeIdents(mark)
	f.ParamTypes = padTypes(types, len(f.Params))
}
