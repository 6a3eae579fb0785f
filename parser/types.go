package parser

import (
	"wippylua/ast"
	"wippylua/lexer"
)

// Type grammar (spec/types.md):
//
//	type     = ['|'] inter {'|' inter}
//	inter    = ['&'] postfix {'&' postfix}
//	postfix  = primary {'?' | '@' Name '(' [explist] ')'}
//	primary  = Name ['.' Name] ['<' type {',' type} '>']
//	         | 'typeof' '(' exp ')'
//	         | nil | true | false | String | ['-'] Number | function
//	         | '{' '}' | '{' type '}' | '{' '[' type ']' ':' type [sep] '}'
//	         | '{' Name ['?'] ':' type {sep Name ['?'] ':' type} [sep] '}'
//	         | '(' type ')'
//	         | [typeparams] '(' [param {',' param}] ')' '->' rettypes
//	param    = [Name ':'] type | '...' [[':'] type]
//	rettypes = type | '(' [type {',' type}] ')' | '(' {type ','} '...' [[':'] type] ')'
//
// A function type's return type extends as far as a type can, so
// "() -> A | B" returns a union; parenthesise to build a union of functions.

// typeExpr parses a type.
func (p *parser) typeExpr() ast.TypeExpr { return p.typeFrom(nil) }

// typeFrom parses a type whose first primary (when non-nil) is already
// parsed. Every recursion through the type grammar passes here, so counting
// a level here bounds the nesting of types like that of expressions.
func (p *parser) typeFrom(first ast.TypeExpr) ast.TypeExpr {
	p.enter()
	p.inType++
	if first == nil && p.tok.Kind == lexer.Pipe {
		p.next() // a leading '|' helps multi-line unions line up
	}
	t := p.interFrom(first)
	if p.tok.Kind == lexer.Pipe {
		types := []ast.TypeExpr{t}
		for p.testNext(lexer.Pipe) {
			types = append(types, p.interFrom(nil))
		}
		t = &ast.UnionType{Pos: t.Start(), Types: types}
	}
	p.inType--
	p.leave()
	return t
}

func (p *parser) interFrom(first ast.TypeExpr) ast.TypeExpr {
	if first == nil && p.tok.Kind == lexer.Amp {
		p.next()
	}
	t := p.postfixFrom(first)
	if p.tok.Kind == lexer.Amp {
		types := []ast.TypeExpr{t}
		for p.testNext(lexer.Amp) {
			types = append(types, p.postfixFrom(nil))
		}
		t = &ast.IntersectionType{Pos: t.Start(), Types: types}
	}
	return t
}

func (p *parser) postfixFrom(t ast.TypeExpr) ast.TypeExpr {
	if t == nil {
		t = p.primaryType()
	}
	for {
		switch p.tok.Kind {
		case lexer.Question:
			t = &ast.OptionalType{Pos: p.tok.Pos, Inner: t}
			p.next()
		case lexer.At:
			v := &ast.ValidatedType{Pos: t.Start(), Inner: t}
			for p.tok.Kind == lexer.At {
				v.Validators = append(v.Validators, p.validator())
			}
			t = v
		default:
			return t
		}
	}
}

// validator parses '@' Name '(' [explist] ')'.
func (p *parser) validator() *ast.Validator {
	v := &ast.Validator{Pos: p.tok.Pos}
	p.next()
	v.Name = p.checkName().Name
	p.check(lexer.LParen)
	line := p.line
	p.next()
	if p.tok.Kind != lexer.RParen {
		saved := p.stmtEnd
		p.stmtEnd = false
		v.Args, _ = p.exprList()
		p.stmtEnd = saved
	}
	p.checkMatch(lexer.RParen, lexer.LParen, line)
	return v
}

// primaryType parses a type without union, intersection or postfix parts.
func (p *parser) primaryType() ast.TypeExpr {
	pos := p.tok.Pos
	switch p.tok.Kind {
	case lexer.Name:
		if p.tok.Str == "typeof" && p.peek(0).Kind == lexer.LParen {
			p.next()
			line := p.line
			p.next()
			saved := p.stmtEnd
			p.stmtEnd = false
			x := p.expr()
			p.stmtEnd = saved
			p.checkMatch(lexer.RParen, lexer.LParen, line)
			return &ast.TypeofType{Pos: pos, X: x}
		}
		t := &ast.NamedType{Pos: pos, Name: p.tok.Str}
		p.next()
		if p.tok.Kind == lexer.Dot {
			p.next()
			t.Prefix = t.Name
			t.Name = p.checkName().Name
		}
		if p.tok.Kind == lexer.Lt {
			t.Args = p.typeArgs()
		}
		return t
	case lexer.Function:
		p.next()
		return &ast.NamedType{Pos: pos, Name: "function"}
	case lexer.Nil:
		p.next()
		return &ast.LiteralType{Pos: pos}
	case lexer.True, lexer.False:
		v := p.tok.Kind == lexer.True
		p.next()
		return &ast.LiteralType{Pos: pos, Value: v}
	case lexer.String:
		v := p.tok.Str
		p.next()
		return &ast.LiteralType{Pos: pos, Value: v}
	case lexer.Int:
		v := p.tok.Int
		p.next()
		return &ast.LiteralType{Pos: pos, Value: v}
	case lexer.Float:
		v := p.tok.Float
		p.next()
		return &ast.LiteralType{Pos: pos, Value: v}
	case lexer.Minus:
		switch p.peek(0).Kind {
		case lexer.Int:
			p.next()
			v := -p.tok.Int // wraps for math.MinInt64, like Lua's integer negation
			p.next()
			return &ast.LiteralType{Pos: pos, Value: v}
		case lexer.Float:
			p.next()
			v := -p.tok.Float
			p.next()
			return &ast.LiteralType{Pos: pos, Value: v}
		}
	case lexer.LBrace:
		return p.tableType()
	case lexer.LParen:
		return p.parenType()
	case lexer.Lt:
		tps := p.typeParams()
		p.check(lexer.LParen)
		f := p.parenType()
		ft, ok := f.(*ast.FunctionType)
		if !ok {
			// A parenthesised type after <T>: the arrow is missing.
			p.errorExpected(lexer.Arrow)
		}
		ft.Pos = pos
		ft.TypeParams = tps
		return ft
	}
	p.syntaxError("type expected")
	return nil
}

// tableType parses a record, array or map type; the current token is '{'.
func (p *parser) tableType() ast.TypeExpr {
	pos, line := p.tok.Pos, p.line
	p.next()
	var t ast.TypeExpr
	switch {
	case p.tok.Kind == lexer.RBrace:
		t = &ast.RecordType{Pos: pos}
	case p.tok.Kind == lexer.LBracket:
		p.next()
		m := &ast.MapType{Pos: pos, Key: p.typeExpr()}
		p.checkNext(lexer.RBracket)
		p.checkNext(lexer.Colon)
		m.Val = p.typeExpr()
		if !p.testNext(lexer.Comma) {
			p.testNext(lexer.Semicolon)
		}
		t = m
	case p.isRecordField():
		r := &ast.RecordType{Pos: pos}
		for {
			f := &ast.RecordField{Pos: p.tok.Pos}
			if p.tok.Kind == lexer.Name && p.tok.Str == "readonly" && p.peek(0).Kind == lexer.Name {
				f.Readonly = true
				p.next()
			}
			f.Name = p.checkName().Name
			f.Optional = p.testNext(lexer.Question)
			p.checkNext(lexer.Colon)
			f.Type = p.typeExpr()
			r.Fields = append(r.Fields, f)
			if !p.testNext(lexer.Comma) && !p.testNext(lexer.Semicolon) || p.tok.Kind == lexer.RBrace {
				break
			}
		}
		t = r
	default:
		t = &ast.ArrayType{Pos: pos, Elem: p.typeExpr()}
	}
	p.checkMatch(lexer.RBrace, lexer.LBrace, line)
	return t
}

// isRecordField reports whether the tokens ahead are "Name :" or
// "Name ? :", possibly after the contextual keyword readonly (a field
// may also be called readonly: `{readonly: boolean}`).
func (p *parser) isRecordField() bool {
	if p.tok.Kind != lexer.Name {
		return false
	}
	next := 0
	if p.tok.Str == "readonly" && p.peek(0).Kind == lexer.Name {
		next = 1
	}
	switch p.peek(next).Kind {
	case lexer.Colon:
		return true
	case lexer.Question:
		return p.peek(next+1).Kind == lexer.Colon
	}
	return false
}

// typeList is a parenthesised list of types read by parenList.
type typeList struct {
	types  []ast.TypeExpr
	names  []string // nil when no entry is named
	vararg ast.TypeExpr
}

// parenList parses '(' [param {',' param}] ')'.
func (p *parser) parenList() typeList {
	var l typeList
	line := p.line
	p.next()
	for p.tok.Kind != lexer.RParen {
		if p.tok.Kind == lexer.Ellipsis {
			pos := p.tok.Pos
			p.next()
			switch p.tok.Kind {
			case lexer.Colon:
				p.next()
				l.vararg = p.typeExpr()
			case lexer.RParen:
				l.vararg = &ast.NamedType{Pos: pos, Name: "any"}
			default:
				l.vararg = p.typeExpr()
			}
			break // '...' is last
		}
		name := ""
		if p.tok.Kind == lexer.Name && p.peek(0).Kind == lexer.Colon {
			name = p.tok.Str
			p.next()
			p.next()
			if l.names == nil {
				l.names = make([]string, len(l.types), len(l.types)+1)
			}
		}
		l.types = append(l.types, p.typeExpr())
		if l.names != nil {
			l.names = append(l.names, name)
		}
		if !p.testNext(lexer.Comma) {
			break
		}
	}
	p.checkMatch(lexer.RParen, lexer.LParen, line)
	return l
}

// parenType parses a parenthesised type or a function type; the current
// token is '('.
func (p *parser) parenType() ast.TypeExpr {
	pos := p.tok.Pos
	l := p.parenList()
	if p.tok.Kind == lexer.Arrow {
		p.next()
		return &ast.FunctionType{Pos: pos, Params: l.types, ParamNames: l.names,
			Vararg: l.vararg, Returns: p.returnTypes()}
	}
	if len(l.types) != 1 || l.names != nil || l.vararg != nil {
		p.errorExpected(lexer.Arrow)
	}
	return &ast.ParenType{Pos: pos, Inner: l.types[0]}
}

// returnTypes parses the return types of a function type (after "->") or of
// a function (after "):"): a single type or a parenthesised list. The result
// is never nil, so that "()" (no results) differs from no annotation.
func (p *parser) returnTypes() []ast.TypeExpr {
	if p.tok.Kind != lexer.LParen {
		return []ast.TypeExpr{p.typeExpr()}
	}
	p.enter()
	p.inType++
	pos := p.tok.Pos
	l := p.parenList()
	var out []ast.TypeExpr
	switch {
	case p.tok.Kind == lexer.Arrow:
		// "(A) -> B" is one function type, possibly continued ("| nil").
		p.next()
		f := &ast.FunctionType{Pos: pos, Params: l.types, ParamNames: l.names,
			Vararg: l.vararg, Returns: p.returnTypes()}
		out = []ast.TypeExpr{p.typeFrom(f)}
	case l.names != nil:
		p.errorExpected(lexer.Arrow)
	case l.vararg != nil:
		// "(A, ...B)": variadic results, the last entry of the list.
		out = append(l.types, &ast.VariadicType{Pos: l.vararg.Start(), Elem: l.vararg})
	case len(l.types) == 1 && continuesType(p.tok.Kind):
		// "(A)?" or "(A) | B": a parenthesised type, not a list.
		out = []ast.TypeExpr{p.typeFrom(&ast.ParenType{Pos: pos, Inner: l.types[0]})}
	case l.types == nil:
		out = []ast.TypeExpr{}
	default:
		out = l.types
	}
	p.inType--
	p.leave()
	return out
}

// continuesType reports whether k can follow a primary type inside a type.
func continuesType(k lexer.Kind) bool {
	switch k {
	case lexer.Question, lexer.At, lexer.Pipe, lexer.Amp:
		return true
	}
	return false
}

// isTypeParams reports whether the tokens ahead start a type parameter
// list: '<' Name followed by '>', ',' or ':'. Checking more than the '<'
// keeps lua5.3's message for broken plain code such as "function f < x".
func (p *parser) isTypeParams() bool {
	if p.tok.Kind != lexer.Lt || p.peek(0).Kind != lexer.Name {
		return false
	}
	switch p.peek(1).Kind {
	case lexer.Gt, lexer.Shr, lexer.Ge, lexer.Comma, lexer.Colon:
		return true
	}
	return false
}

// typeParams parses '<' Name [':' type] {',' Name [':' type]} '>'.
func (p *parser) typeParams() []*ast.TypeParam {
	p.next()
	var out []*ast.TypeParam
	for {
		tp := &ast.TypeParam{Pos: p.tok.Pos}
		tp.Name = p.checkName().Name
		if p.testNext(lexer.Colon) {
			tp.Constraint = p.typeExpr()
		}
		out = append(out, tp)
		if !p.testNext(lexer.Comma) {
			break
		}
	}
	p.closeAngle()
	return out
}

// typeArgs parses '<' type {',' type} '>'.
func (p *parser) typeArgs() []ast.TypeExpr {
	p.next()
	var out []ast.TypeExpr
	for {
		out = append(out, p.typeExpr())
		if !p.testNext(lexer.Comma) {
			break
		}
	}
	p.closeAngle()
	return out
}

// closeAngle consumes the '>' that closes a type parameter or argument list.
// The lexer reads "A<B<C>>" as ending in ">>" and "T<U>= v" as ending in
// ">="; split those, consuming only their '>'.
func (p *parser) closeAngle() {
	switch p.tok.Kind {
	case lexer.Gt:
		p.next()
	case lexer.Shr:
		p.tok.Kind, p.tok.Raw = lexer.Gt, ">"
		p.tok.Pos.Column++
	case lexer.Ge:
		p.tok.Kind, p.tok.Raw = lexer.Assign, "="
		p.tok.Pos.Column++
	default:
		p.errorExpected(lexer.Gt)
	}
}
