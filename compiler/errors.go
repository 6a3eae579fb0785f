package compiler

import (
	"strconv"

	"wippylua/ast"
	"wippylua/lexer"
)

// compileError carries a compile error from deep inside the recursive walk
// up to Compile; it is a distinct type so that Compile never swallows a
// panic that is a bug.
type compileError struct{ err *lexer.Error }

// errorAt aborts compilation with msg reported at line; near is the
// formatted near-part (see lexer.NearText), or "" for none.
func (c *compiler) errorAt(line int, msg, near string) {
	panic(compileError{&lexer.Error{
		Chunk: lexer.ShortSource(c.chunk.Name),
		Line:  line,
		Msg:   msg,
		Near:  near,
	}})
}

// limitError reports that the current function exceeds limit for what, at
// the token after node at.
func (c *compiler) limitError(limit int, what string, at ast.Node) {
	c.limitErrorIn(c.fs, limit, what, at)
}

// limitErrorIn is lua5.3's errorlimit for function fs.
func (c *compiler) limitErrorIn(fs *funcState, limit int, what string, at ast.Node) {
	where := "main function"
	if ld := fs.f.LineDefined; ld != 0 {
		where = "function at line " + strconv.Itoa(ld)
	}
	line, near := c.tokenAfter(at)
	c.errorAt(line, "too many "+what+" (limit is "+strconv.Itoa(limit)+") in "+where, near)
}

// registerError reports that a function needs more than maxRegs registers,
// near the start of the expression being compiled.
func (c *compiler) registerError() {
	line, near := c.line, ""
	if c.cur != nil {
		line, near = firstToken(c.cur)
	}
	c.errorAt(line, "function or expression needs too many registers", near)
}
