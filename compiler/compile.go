package compiler

import (
	"wippylua/ast"
	"wippylua/bytecode"
	"wippylua/typecheck"
)

// Limits of lua5.3 that show up in error messages.
const (
	maxVars   = 200 // local variables per function (MAXVARS)
	maxUpvals = 255 // upvalues per function (MAXUPVAL)
	maxRegs   = 255 // a function may use registers 0..maxRegs-1 (MAXREGS)
)

// compiler holds the state shared by all the functions of one chunk being
// compiled: lua5.3 keeps the same things in LexState and Dyndata.
type compiler struct {
	chunk *ast.Chunk
	fs    *funcState // function being compiled

	// line is the line of the last token the parser would have consumed at
	// this point of the walk (lua5.3's ls->lastline): every instruction is
	// stamped with it when emitted.
	line int

	blocks []blockCnt  // stack of open blocks of all open functions
	actvar []actVar    // declared locals of open functions
	nenv   int         // how many of them are called _ENV
	gotos  []labelDesc // pending gotos of open functions
	labels []labelDesc // active labels of open functions
	lhs    []expdesc   // targets of the assignments being compiled

	// ahead is a name that lua5.3's parser reads with one token of
	// lookahead (the first name of a table field), and aheadLine the line
	// of that lookahead token, which becomes lastline when the name is
	// consumed.
	ahead     *ast.Ident
	aheadLine int

	// cur is the expression about to be compiled where registers are
	// typically exhausted (the next item of a list, the right operand of
	// a concatenation), for the position of the "too many registers" error
	// (see near.go). It is not maintained everywhere: that would cost a
	// pointer write per expression.
	cur ast.Node

	kcache constCache // see constCache

	// types is the innermost scope of type aliases, nil outside all of
	// them (see typealias.go).
	types *typeScope
	// checked is what the checker found in the chunk, computed for the
	// first typeof (see typeof.go).
	checked *typecheck.Info
	// ownTypeof records whether the chunk assigns a global named typeof,
	// found on the first typeof call: 0 not yet looked, 1 no, 2 yes.
	ownTypeof uint8

	// bufs holds, per function nesting depth, the slices a function's
	// prototype grows while it is compiled; closeFunc copies them out at
	// their final size and keeps the capacity for the next function.
	bufs   []*protoBuf
	states []*funcState // funcStates by depth, reused
	depth  int
	slabs  slabs
}

// Compile translates a parsed chunk into the prototype of its main
// function. The main function is vararg, has no parameters and exactly one
// upvalue, _ENV, which the VM binds to the globals table. Errors are
// *lexer.Error values formatted like lua5.3's compile errors.
func Compile(chunk *ast.Chunk) (p *bytecode.Proto, err error) {
	c := getCompiler(chunk)
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(compileError)
			if !ok {
				panic(r)
			}
			p, err = nil, ce.err
		}
		putCompiler(c)
	}()
	return c.mainFunc(), nil
}

// mainFunc compiles the chunk as lua5.3's mainfunc does: a vararg function
// whose only upvalue is _ENV, found in the caller's register 0.
func (c *compiler) mainFunc() *bytecode.Proto {
	f := c.slabs.newProto()
	f.IsVararg = true
	fs := c.openFunc(f)
	fs.newUpvalue("_ENV", true, 0, nil)
	endLine := c.line
	if b := c.chunk.Block; b != nil {
		c.statList(b.Stmts, b.EndLine, false)
		c.line = max(c.line, b.LastLine)
		endLine = max(b.EndLine, c.line)
	}
	// lua5.3 reports a goto left unresolved at the end of the chunk at the
	// line of <eof>.
	c.closeFunc(endLine, nil)
	return f
}
