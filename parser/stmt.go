package parser

import (
	"wippylua/ast"
	"wippylua/lexer"
)

// blockFollow reports whether the current token ends a block. "until" ends
// one only when withUntil is set, as in lua5.3.
func (p *parser) blockFollow(withUntil bool) bool {
	switch p.tok.Kind {
	case lexer.Else, lexer.Elseif, lexer.End, lexer.EOF:
		return true
	case lexer.Until:
		return withUntil
	}
	return false
}

// block parses a statement list up to the token that closes it, which is
// left current.
func (p *parser) block() *ast.Block {
	b := p.nodes.blocks.new()
	b.Pos, b.OpenLine = p.tok.Pos, p.lastLine
	mark := len(p.stmts)
	p.statList()
	b.Stmts = p.takeStmts(mark)
	b.EndLine, b.LastLine = p.line, p.lastLine
	return b
}

// statList appends statements to p.stmts until a block-closing token; a
// return statement must be the last one.
func (p *parser) statList() {
	for !p.blockFollow(true) {
		if p.tok.Kind == lexer.Return {
			p.statement()
			return
		}
		p.statement()
	}
}

// statement parses one statement and appends it to p.stmts (";" appends
// nothing).
func (p *parser) statement() {
	line := p.line
	p.enter()
	switch p.tok.Kind {
	case lexer.Semicolon:
		p.next()
	case lexer.If:
		p.ifStat(line)
	case lexer.While:
		pos := p.tok.Pos
		p.next()
		p.stmtEnd = false
		cond := p.expr()
		p.checkNext(lexer.Do)
		body := p.block()
		p.checkMatch(lexer.End, lexer.While, line)
		p.stmts = append(p.stmts, &ast.WhileStmt{Pos: pos, Cond: cond, Body: body})
	case lexer.Do:
		pos := p.tok.Pos
		p.next()
		body := p.block()
		p.checkMatch(lexer.End, lexer.Do, line)
		p.stmts = append(p.stmts, &ast.DoStmt{Pos: pos, Body: body})
	case lexer.For:
		p.forStat(line)
	case lexer.Repeat:
		pos := p.tok.Pos
		p.next()
		body := p.block()
		p.checkMatch(lexer.Until, lexer.Repeat, line)
		p.stmtEnd = true
		cond := p.expr()
		p.stmts = append(p.stmts, &ast.RepeatStmt{Pos: pos, Body: body, Cond: cond})
	case lexer.Function:
		p.funcStat(line)
	case lexer.Local:
		pos := p.tok.Pos
		p.next()
		if p.tok.Kind == lexer.Function {
			p.localFunc(pos)
		} else {
			p.localStat(pos)
		}
	case lexer.DoubleColon:
		pos := p.tok.Pos
		p.next()
		p.labelStat(pos)
	case lexer.Return:
		p.retStat()
	case lexer.Break, lexer.Goto:
		p.gotoStat()
	case lexer.Name:
		if p.isTypeAlias() {
			p.typeAliasStat()
		} else {
			p.exprStat()
		}
	default:
		p.exprStat()
	}
	p.leave()
}

// isTypeAlias reports whether the current name starts "type Name =",
// "type Name <" or the same after "export". Plain Lua rejects a name
// followed by a name, so this never steals a valid program; requiring the
// '=' or '<' as well leaves lua5.3's message for other broken code such as
// "type print(x)".
func (p *parser) isTypeAlias() bool {
	i := 0
	switch p.tok.Str {
	case "type":
	case "export":
		if t := p.peek(0); t.Kind != lexer.Name || t.Str != "type" {
			return false
		}
		i = 1
	default:
		return false
	}
	if p.peek(i).Kind != lexer.Name {
		return false
	}
	k := p.peek(i + 1).Kind
	return k == lexer.Assign || k == lexer.Lt
}

// ifStat parses if ... then ... {elseif ... then ...} [else ...] end.
func (p *parser) ifStat(line int) {
	s := p.nodes.ifs.new()
	s.Pos = p.tok.Pos
	for {
		// The current token is "if" or "elseif".
		p.next()
		p.stmtEnd = false
		s.Conds = append(s.Conds, p.expr())
		p.checkNext(lexer.Then)
		s.Thens = append(s.Thens, p.thenBlock())
		if p.tok.Kind != lexer.Elseif {
			break
		}
	}
	if p.testNext(lexer.Else) {
		s.Else = p.block()
	}
	p.checkMatch(lexer.End, lexer.If, line)
	p.stmts = append(p.stmts, s)
}

// thenBlock parses the body of an if/elseif branch. lua5.3 parses a leading
// "break" or "goto" (and the semicolons after it) without entering a
// statement level, which matters only at the nesting limit; mirror it.
func (p *parser) thenBlock() *ast.Block {
	b := p.nodes.blocks.new()
	b.Pos, b.OpenLine = p.tok.Pos, p.lastLine
	mark := len(p.stmts)
	if p.tok.Kind == lexer.Break || p.tok.Kind == lexer.Goto {
		p.gotoStat()
		for p.testNext(lexer.Semicolon) {
		}
	}
	p.statList()
	b.Stmts = p.takeStmts(mark)
	b.EndLine, b.LastLine = p.line, p.lastLine
	return b
}

// forStat parses both forms of the for statement.
func (p *parser) forStat(line int) {
	pos := p.tok.Pos
	p.next()
	name := p.checkName()
	typ := p.optAnnotation()
	switch p.tok.Kind {
	case lexer.Assign:
		p.next()
		s := &ast.NumericForStmt{Pos: pos, Var: name, Type: typ}
		p.stmtEnd = false
		s.Init = p.expr()
		p.checkNext(lexer.Comma)
		s.Limit = p.expr()
		if p.testNext(lexer.Comma) {
			s.Step = p.expr()
		}
		s.Body = p.forBody()
		p.stmts = append(p.stmts, s)
	case lexer.Comma, lexer.In:
		s := &ast.GenericForStmt{Pos: pos}
		mark := len(p.idents)
		p.idents = append(p.idents, name)
		var types []ast.TypeExpr
		if typ != nil {
			types = []ast.TypeExpr{typ}
		}
		for p.testNext(lexer.Comma) {
			p.idents = append(p.idents, p.checkName())
			types = appendAnnotation(types, len(p.idents)-mark, p.optAnnotation())
		}
		s.Names = p.takeIdents(mark)
		p.checkNext(lexer.In)
		p.stmtEnd = false
		s.Types = padTypes(types, len(s.Names))
		s.Exprs, s.CommaLines = p.exprList()
		s.Body = p.forBody()
		p.stmts = append(p.stmts, s)
	default:
		p.syntaxError("'=' or 'in' expected")
	}
	p.checkMatch(lexer.End, lexer.For, line)
}

func (p *parser) forBody() *ast.Block {
	p.checkNext(lexer.Do)
	return p.block()
}

// funcStat parses function a.b.c:m(...) ... end.
func (p *parser) funcStat(line int) {
	pos := p.tok.Pos
	p.next()
	var name ast.Expr = p.checkName()
	for p.tok.Kind == lexer.Dot {
		name = p.fieldSel(name)
	}
	method := p.tok.Kind == lexer.Colon
	var selfPos lexer.Pos
	if method {
		ix := p.fieldSel(name)
		selfPos = ix.Key.Start() // "self" is declared at the method name
		name = ix
	}
	f := p.funcBody(pos, line, method, selfPos)
	p.stmts = append(p.stmts, &ast.FunctionStmt{Pos: pos, Name: name, IsMethod: method, Func: f})
}

// localFunc parses local function f(...) ... end; the current token is
// "function".
func (p *parser) localFunc(pos lexer.Pos) {
	fpos := p.tok.Pos
	p.next()
	name := p.checkName()
	// lua5.3 takes linedefined from the token after the name.
	f := p.funcBody(fpos, p.line, false, lexer.Pos{})
	p.stmts = append(p.stmts, &ast.LocalFunctionStmt{Pos: pos, Name: name, Func: f})
}

// localStat parses local a [: T], b [: U] [= explist].
func (p *parser) localStat(pos lexer.Pos) {
	s := p.nodes.locals.new()
	s.Pos = pos
	var types []ast.TypeExpr
	mark := len(p.idents)
	for {
		p.idents = append(p.idents, p.checkName())
		types = appendAnnotation(types, len(p.idents)-mark, p.optAnnotation())
		if !p.testNext(lexer.Comma) {
			break
		}
	}
	s.Names = p.takeIdents(mark)
	s.Types = padTypes(types, len(s.Names))
	if p.testNext(lexer.Assign) {
		p.stmtEnd = true
		s.Exprs, s.CommaLines = p.exprList()
	}
	p.stmts = append(p.stmts, s)
}

// optAnnotation parses ": T" after a declared name, or returns nil.
func (p *parser) optAnnotation() ast.TypeExpr {
	if p.tok.Kind != lexer.Colon {
		return nil
	}
	p.next()
	return p.typeExpr()
}

// appendAnnotation records the annotation t of the n-th declared name in a
// list that stays nil until the first annotation.
func appendAnnotation(types []ast.TypeExpr, n int, t ast.TypeExpr) []ast.TypeExpr {
	if t == nil {
		return types
	}
	for len(types) < n-1 {
		types = append(types, nil)
	}
	return append(types, t)
}

// padTypes extends a non-nil annotation list to n entries.
func padTypes(types []ast.TypeExpr, n int) []ast.TypeExpr {
	for types != nil && len(types) < n {
		types = append(types, nil)
	}
	return types
}

// labelStat parses the rest of ::name::. Like lua5.3, it then parses the
// no-op statements (";" and further labels) that follow as nested
// statements, which counts towards the nesting limit.
func (p *parser) labelStat(pos lexer.Pos) {
	name := p.checkName()
	p.checkNext(lexer.DoubleColon)
	p.stmts = append(p.stmts, &ast.LabelStmt{Pos: pos, Name: name.Name})
	for p.tok.Kind == lexer.Semicolon || p.tok.Kind == lexer.DoubleColon {
		p.statement()
	}
}

// retStat parses return [explist] [;].
func (p *parser) retStat() {
	s := p.nodes.returns.new()
	s.Pos = p.tok.Pos
	p.next()
	if !p.blockFollow(true) && p.tok.Kind != lexer.Semicolon {
		p.stmtEnd = false
		s.Exprs, s.CommaLines = p.exprList()
	}
	p.testNext(lexer.Semicolon)
	p.stmts = append(p.stmts, s)
}

// gotoStat parses goto name or break.
func (p *parser) gotoStat() {
	pos, prev := p.tok.Pos, p.lastLine
	if p.tok.Kind == lexer.Goto {
		p.next()
		p.stmts = append(p.stmts, &ast.GotoStmt{Pos: pos, Label: p.checkName().Name, PrevLine: prev})
		return
	}
	p.next()
	p.stmts = append(p.stmts, &ast.BreakStmt{Pos: pos, PrevLine: prev})
}

// exprStat parses an assignment or a call statement.
func (p *parser) exprStat() {
	e := p.suffixedExp()
	if p.tok.Kind != lexer.Assign && p.tok.Kind != lexer.Comma {
		if !isCall(e) {
			p.syntaxError("syntax error")
		}
		cs := p.nodes.callSt.new()
		cs.Call = e
		p.stmts = append(p.stmts, cs)
		return
	}
	// lua5.3's restassign recurses once per target and checks the C-level
	// limit against the number of targets; iterate but apply the same test.
	mark := len(p.exprs)
	p.exprs = append(p.exprs, e)
	for {
		if !isVar(e) {
			p.syntaxError("syntax error")
		}
		if !p.testNext(lexer.Comma) {
			break
		}
		e = p.suffixedExp()
		if nvars := len(p.exprs) - mark; nvars+p.level > maxCCalls {
			p.limitError(maxCCalls, "C levels")
		}
		p.exprs = append(p.exprs, e)
	}
	p.checkNext(lexer.Assign)
	s := p.nodes.assigns.new()
	s.Pos = p.exprs[mark].Start()
	s.Targets = p.takeExprs(mark)
	p.stmtEnd = true
	s.Exprs, s.CommaLines = p.exprList()
	p.stmts = append(p.stmts, s)
}

func isCall(e ast.Expr) bool {
	switch e.(type) {
	case *ast.CallExpr, *ast.MethodCallExpr:
		return true
	}
	return false
}

func isVar(e ast.Expr) bool {
	switch e.(type) {
	case *ast.Ident, *ast.IndexExpr:
		return true
	}
	return false
}

// typeAliasStat parses [export] type Name [<params>] = T.
func (p *parser) typeAliasStat() {
	s := &ast.TypeAliasStmt{Pos: p.tok.Pos}
	if p.tok.Str == "export" {
		s.Exported = true
		p.next()
	}
	p.next() // "type"
	s.Name = p.checkName()
	if p.tok.Kind == lexer.Lt {
		s.Params = p.typeParams()
	}
	p.checkNext(lexer.Assign)
	s.Type = p.typeExpr()
	p.stmts = append(p.stmts, s)
}
