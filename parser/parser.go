package parser

import (
	"strconv"

	"wippylua/ast"
	"wippylua/lexer"
)

// maxCCalls is lua5.3's LUAI_MAXCCALLS: the nesting limit shared by the
// parser's recursion and the C calls already in progress.
const maxCCalls = 200

// Parse parses a chunk the way lua5.3 parses a script (luac -p file, lua
// file): the parser starts with one host call active. chunkname is the Lua
// chunk name ("@file.lua", "=stdin", or the source itself for strings); it
// is stored in the Chunk and used, shortened, in messages. A leading "#"
// line is not skipped here: loaders of files call lexer.SkipShebang first,
// as luaL_loadfile does, while load() does not.
//
// Errors are *lexer.Error values formatted like lua5.3's.
func Parse(src []byte, chunkname string) (*ast.Chunk, error) {
	return parse(lexer.New(src, chunkname), chunkname, 1)
}

// ParseString is Parse for source held in a string; it avoids a copy.
func ParseString(src, chunkname string) (*ast.Chunk, error) {
	return parse(lexer.NewString(src, chunkname), chunkname, 1)
}

// ParseWithDepth is Parse for a parse that starts with callDepth host calls
// already active (lua5.3's L->nCcalls when lua_load runs). The depth shifts
// where "too many C levels" triggers, and the runtime must pass what lua5.3
// would have so that deeply nested sources fail at the same place: 1 for a
// script run by the standalone interpreter, 2 for load() called from Lua
// code, and one more for each pcall, metamethod or other host call between
// the running script and load.
func ParseWithDepth(src []byte, chunkname string, callDepth int) (*ast.Chunk, error) {
	// A negative depth would lift the bound on the parser's recursion.
	return parse(lexer.New(src, chunkname), chunkname, max(callDepth, 0))
}

// bailout carries a syntax or lexical error up to parse, which is the only
// place that recovers. Using panics keeps the hot paths free of error checks.
type bailout struct{ err error }

func parse(lx *lexer.Lexer, chunkname string, depth int) (chunk *ast.Chunk, err error) {
	p := &parser{lx: lx, chunkname: chunkname, level: depth, vararg: true}
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bailout)
			if !ok {
				panic(r)
			}
			chunk, err = nil, b.err
		}
	}()
	p.next()
	body := p.block()
	p.check(lexer.EOF)
	return &ast.Chunk{Name: chunkname, Block: body}, nil
}

// lookahead is a token read ahead of the current one, with the line on
// which it ends.
type lookahead struct {
	tok  lexer.Token
	line int
}

type parser struct {
	lx        *lexer.Lexer
	chunkname string
	short     string // lexer.ShortSource(chunkname), computed on the first error

	tok      lexer.Token // current token
	line     int         // line on which tok ends: lua5.3's ls->linenumber
	lastLine int         // line on which the previous token ends
	lastEnd  int         // column after the previous token, or 0 when it spans lines

	// ahead buffers tokens the type syntax needed to look at. lua5.3 never
	// reads more than one token ahead, and that only in table constructors,
	// where luaAhead records it so messages use the line it would use.
	ahead    [4]lookahead
	nahead   int
	luaAhead bool

	// level mirrors lua5.3's L->nCcalls: host calls active at the start plus
	// one per open statement or subexpression.
	level int

	// The function being parsed.
	vararg bool // whether '...' is allowed
	fnLine int  // its linedefined, 0 for the main chunk

	// stmtEnd is true while parsing an expression whose end may be followed
	// directly by a new statement (see the "as" rule in doc.go).
	stmtEnd bool
	// inType counts open type expressions; lua5.3 never sees "->" there.
	inType int

	// Scratch stacks from which lists are copied into exactly sized slices,
	// so that growing a list does not allocate.
	stmts  []ast.Stmt
	exprs  []ast.Expr
	idents []*ast.Ident
	fields []*ast.TableField
	lines  []int

	nodes nodes
}

// ---------------------------------------------------------------------------
// Tokens

// next advances to the next token.
func (p *parser) next() {
	p.luaAhead = false
	p.lastLine = p.line
	p.lastEnd = 0
	if p.tok.Pos.Line == p.line {
		p.lastEnd = p.tok.Pos.Column + len(p.tok.Raw)
	}
	if p.nahead > 0 {
		p.tok, p.line = p.ahead[0].tok, p.ahead[0].line
		p.nahead--
		copy(p.ahead[:p.nahead], p.ahead[1:p.nahead+1])
		return
	}
	t, err := p.lx.Next()
	if err != nil {
		panic(bailout{err})
	}
	p.tok, p.line = t, p.lx.Line()
}

// peek returns the token i+1 positions after the current one.
func (p *parser) peek(i int) *lexer.Token {
	for p.nahead <= i {
		t, err := p.lx.Next()
		if err != nil {
			panic(bailout{err})
		}
		p.ahead[p.nahead] = lookahead{t, p.lx.Line()}
		p.nahead++
	}
	return &p.ahead[i].tok
}

// pushFront makes t the token after the current one; used to split a token
// in two.
func (p *parser) pushFront(t lexer.Token, line int) {
	copy(p.ahead[1:p.nahead+1], p.ahead[:p.nahead])
	p.ahead[0] = lookahead{t, line}
	p.nahead++
}

// splitArrow turns a current "->" into "-" followed by ">", which is how
// lua5.3 reads it. Called wherever an operator may appear outside types.
func (p *parser) splitArrow() {
	gt := p.tok
	gt.Kind, gt.Raw = lexer.Gt, ">"
	gt.Pos.Column++
	p.tok.Kind, p.tok.Raw = lexer.Minus, "-"
	p.pushFront(gt, p.line)
}

func (p *parser) testNext(k lexer.Kind) bool {
	if p.tok.Kind == k {
		p.next()
		return true
	}
	return false
}

func (p *parser) check(k lexer.Kind) {
	if p.tok.Kind != k {
		p.errorExpected(k)
	}
}

func (p *parser) checkNext(k lexer.Kind) {
	p.check(k)
	p.next()
}

// checkMatch consumes the token what that closes who, opened on line where.
func (p *parser) checkMatch(what, who lexer.Kind, where int) {
	if p.tok.Kind == what {
		p.next()
		return
	}
	if where == p.line {
		p.errorExpected(what)
	}
	p.syntaxError(tokenText(what) + " expected (to close " + tokenText(who) +
		" at line " + strconv.Itoa(where) + ")")
}

// checkName consumes a name and returns it as an identifier.
func (p *parser) checkName() *ast.Ident {
	p.check(lexer.Name)
	id := p.ident(p.tok.Pos, p.tok.Str)
	p.next()
	return id
}

// ---------------------------------------------------------------------------
// Errors

// tokenText is lua5.3's luaX_token2str: fixed tokens quoted, the classes of
// valued tokens (<eof>, <name>, ...) bare.
func tokenText(k lexer.Kind) string {
	switch k {
	case lexer.EOF, lexer.Name, lexer.Int, lexer.Float, lexer.String:
		return k.String()
	}
	return "'" + k.String() + "'"
}

func (p *parser) errorExpected(k lexer.Kind) {
	p.syntaxError(tokenText(k) + " expected")
}

// syntaxError reports msg near the current token, as luaX_syntaxerror does.
func (p *parser) syntaxError(msg string) {
	line := p.line
	near := lexer.NearText(p.tok)
	switch {
	case p.luaAhead && p.nahead > 0:
		line = p.ahead[0].line
		near = aheadNearText(p.ahead[0].tok)
	case p.tok.Kind == lexer.Arrow && p.inType == 0:
		near = "'-'" // lua5.3 sees "-" here and has not read the ">" yet
	}
	if p.short == "" {
		p.short = lexer.ShortSource(p.chunkname)
	}
	panic(bailout{&lexer.Error{Chunk: p.short, Line: line, Msg: msg, Near: near}})
}

// aheadNearText reproduces a quirk of lua5.3: while it holds a lookahead
// token, the current token (always a name then) is printed from the lexer's
// buffer, which by then holds the text that reading the lookahead saved:
// a name, numeral or string in full, "." for '.', '..' and '...', "[" for
// '[', and nothing for other tokens.
func aheadNearText(t lexer.Token) string {
	switch t.Kind {
	case lexer.Name, lexer.Int, lexer.Float, lexer.String:
		return lexer.NearText(t)
	case lexer.Dot, lexer.Concat, lexer.Ellipsis:
		return "'.'"
	case lexer.LBracket:
		return "'['"
	}
	return "''"
}

// enter opens one nesting level (lua5.3's enterlevel).
func (p *parser) enter() {
	p.level++
	if p.level > maxCCalls {
		p.limitError(maxCCalls, "C levels")
	}
}

func (p *parser) leave() { p.level-- }

// limitError is lua5.3's errorlimit.
func (p *parser) limitError(limit int, what string) {
	where := "main function"
	if p.fnLine != 0 {
		where = "function at line " + strconv.Itoa(p.fnLine)
	}
	p.syntaxError("too many " + what + " (limit is " + strconv.Itoa(limit) + ") in " + where)
}

// ---------------------------------------------------------------------------
// Scratch lists

func (p *parser) takeExprs(mark int) []ast.Expr {
	out := p.nodes.exprList.take(p.exprs[mark:])
	clear(p.exprs[mark:])
	p.exprs = p.exprs[:mark]
	return out
}

func (p *parser) takeStmts(mark int) []ast.Stmt {
	out := p.nodes.stmtList.take(p.stmts[mark:])
	clear(p.stmts[mark:])
	p.stmts = p.stmts[:mark]
	return out
}

func (p *parser) takeIdents(mark int) []*ast.Ident {
	out := p.nodes.identList.take(p.idents[mark:])
	clear(p.idents[mark:])
	p.idents = p.idents[:mark]
	return out
}

// oneExpr returns a list holding just e.
func (p *parser) oneExpr(e ast.Expr) []ast.Expr {
	out := p.nodes.exprList.alloc(1)
	out[0] = e
	return out
}
