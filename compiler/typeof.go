package compiler

import (
	"wippylua/ast"
	"wippylua/typecheck"
	"wippylua/types"
)

// typeof(e) is the static type of e as a type value (spec/types.md): a
// call of `typeof` with one argument, where typeof is not a local
// variable, compiles to a type constant, and e is not evaluated. The type
// comes from the checker, run on the chunk the first time a typeof is
// met (chunks without one never pay for it); where it knows nothing, the
// type is any. As a statement, `typeof(e)` stays a call, and so does every
// typeof call of a chunk that assigns a variable named typeof itself
// (`function typeof(v) ... end`): a plain Lua program with its own typeof
// keeps its meaning.

// typeofArg returns the argument of a typeof call, or nil when e is
// another call.
func (c *compiler) typeofArg(e *ast.CallExpr) ast.Expr {
	id, ok := e.Fn.(*ast.Ident)
	if !ok || id.Name != "typeof" || len(e.Args) != 1 {
		return nil
	}
	for fs := c.fs; fs != nil; fs = fs.prev {
		if fs.searchVar("typeof") >= 0 {
			return nil
		}
	}
	if c.ownTypeof == 0 {
		c.ownTypeof = 1
		if assignsTypeof(c.chunk) {
			c.ownTypeof = 2
		}
	}
	if c.ownTypeof == 2 {
		return nil
	}
	return e.Args[0]
}

// assignsTypeof reports whether the chunk assigns to a variable named
// typeof anywhere, as a function statement or an assignment.
func assignsTypeof(chunk *ast.Chunk) bool {
	isTypeof := func(e ast.Expr) bool {
		id, ok := e.(*ast.Ident)
		return ok && id.Name == "typeof"
	}
	found := false
	walk(chunk.Block, func(x any) {
		switch x := x.(type) {
		case *ast.FunctionStmt:
			found = found || isTypeof(x.Name)
		case *ast.AssignStmt:
			for _, t := range x.Targets {
				found = found || isTypeof(t)
			}
		}
	})
	return found
}

// typeofExpr compiles `typeof(x)` as its type constant.
func (c *compiler) typeofExpr(call *ast.CallExpr, x ast.Expr, v *expdesc) {
	c.line = max(call.Pos.Line, call.EndLine)
	v.init(kK, c.fs.typeK(string(types.Encode(c.staticType(x)))))
}

// staticType returns what the checker inferred for x, any when nothing.
func (c *compiler) staticType(x ast.Expr) *types.Type {
	if c.checked == nil {
		c.checked = checkChunk(c.chunk)
	}
	if t := c.checked.TypeOf(x); t != nil {
		return t
	}
	return types.Any
}

// checkChunk runs the checker for typeof. Its diagnostics are for
// `wippy-lua check` to report, not for the compiler; should it fail on
// some program, typeof gives any rather than stopping the compilation.
func checkChunk(chunk *ast.Chunk) (info *typecheck.Info) {
	defer func() {
		if recover() != nil {
			info = &typecheck.Info{}
		}
	}()
	info, _ = typecheck.Check(chunk, nil)
	return info
}
