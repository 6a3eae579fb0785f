package compiler

import (
	"strconv"

	"wippylua/ast"
)

// Positions for limit errors. lua5.3 reports "too many local variables",
// "too many upvalues" and "too many registers" as syntax errors at the
// lexer's current token: the token after the one just consumed, shown as
// "near 'tok'". The tree has no token stream, so this file reconstructs
// that token from the tree structure: the parent of a node says what
// follows it (",", "=", ")", "end", the next statement...). It runs only
// when an error is reported.

// tokenAfter returns the line and near-text of the token after node n.
func (c *compiler) tokenAfter(n ast.Node) (int, string) {
	if n == nil || c.chunk.Block == nil {
		return c.line, ""
	}
	var path []any
	if !findPath(c.chunk.Block, n, &path) {
		return c.line, ""
	}
	return follow(path)
}

func quote(s string) string { return "'" + s + "'" }

// follow returns the token after the last element of path (a chain of
// tree elements from the chunk's block down).
func follow(path []any) (int, string) {
	x := path[len(path)-1]
	if len(path) == 1 { // the chunk's block
		return x.(*ast.Block).EndLine, "<eof>"
	}
	up := path[:len(path)-1]
	switch p := up[len(up)-1].(type) {
	case *ast.Block:
		for i, s := range p.Stmts {
			if s == x && i+1 < len(p.Stmts) {
				return firstToken(p.Stmts[i+1])
			}
		}
		return closer(up)
	case *ast.LocalStmt:
		if i := identIndex(p.Names, x); i >= 0 {
			if i+1 < len(p.Names) {
				return p.Names[i].Pos.Line, quote(",")
			}
			if len(p.Exprs) > 0 {
				return p.Names[i].Pos.Line, quote("=")
			}
			return follow(up)
		}
		return listFollow(p.Exprs, x, up)
	case *ast.AssignStmt:
		for i, t := range p.Targets {
			if t == x {
				if i+1 < len(p.Targets) {
					return endLine(x), quote(",")
				}
				return endLine(x), quote("=")
			}
		}
		return listFollow(p.Exprs, x, up)
	case *ast.ReturnStmt:
		return listFollow(p.Exprs, x, up)
	case *ast.WhileStmt:
		if x == p.Cond {
			return endLine(x), quote("do")
		}
	case *ast.IfStmt:
		for _, e := range p.Conds {
			if e == x {
				return endLine(x), quote("then")
			}
		}
	case *ast.NumericForStmt:
		switch {
		case x == p.Var:
			return p.Var.Pos.Line, quote("=")
		case x == p.Init:
			return endLine(x), quote(",")
		case x == p.Limit && p.Step != nil:
			return endLine(x), quote(",")
		case x == p.Limit || x == p.Step:
			return endLine(x), quote("do")
		}
	case *ast.GenericForStmt:
		if i := identIndex(p.Names, x); i >= 0 {
			if i+1 < len(p.Names) {
				return p.Names[i].Pos.Line, quote(",")
			}
			return p.Names[i].Pos.Line, quote("in")
		}
		for i, e := range p.Exprs {
			if e == x {
				if i+1 < len(p.Exprs) {
					return endLine(x), quote(",")
				}
				return endLine(x), quote("do")
			}
		}
	case *ast.FunctionStmt:
		if x == p.Name {
			return endLine(x), quote("(")
		}
		return follow(up)
	case *ast.LocalFunctionStmt:
		if x == p.Name {
			return p.Name.Pos.Line, quote("(")
		}
		return follow(up)
	case *ast.FunctionExpr:
		if i := identIndex(p.Params, x); i >= 0 {
			if i+1 < len(p.Params) || p.IsVararg {
				return p.Params[i].Pos.Line, quote(",")
			}
			return p.Params[i].Pos.Line, quote(")")
		}
	case *ast.BinaryExpr:
		if x == p.L {
			return p.Pos.Line, quote(p.Op.String())
		}
		return follow(up)
	case *ast.LogicalExpr:
		if x == p.L {
			if p.And {
				return p.Pos.Line, quote("and")
			}
			return p.Pos.Line, quote("or")
		}
		return follow(up)
	case *ast.UnaryExpr:
		return follow(up)
	case *ast.ParenExpr:
		return endLine(x), quote(")")
	case *ast.CastExpr:
		return p.Pos.Line, quote("::")
	case *ast.NonNilExpr:
		return p.Pos.Line, quote("!")
	case *ast.IndexExpr:
		if x == p.Obj {
			if len(up) >= 2 {
				if fst, ok := up[len(up)-2].(*ast.FunctionStmt); ok && fst.IsMethod && fst.Name == p {
					return p.Pos.Line, quote(":")
				}
			}
			if p.Dot {
				return p.Pos.Line, quote(".")
			}
			return p.Pos.Line, quote("[")
		}
		if p.Dot {
			return follow(up)
		}
		return endLine(x), quote("]")
	case *ast.CallExpr:
		bare := len(p.Args) == 1 && p.Args[0].Start() == p.Pos
		if x == p.Fn {
			if bare {
				return firstToken(p.Args[0])
			}
			return p.Pos.Line, quote("(")
		}
		if bare {
			return follow(up)
		}
		return argsFollow(p.Args, x)
	case *ast.MethodCallExpr:
		if x == p.Obj {
			return p.Pos.Line, quote(":")
		}
		return argsFollow(p.Args, x)
	case *ast.TableField:
		if x == p.Key {
			if p.Named {
				return endLine(x), quote("=")
			}
			return endLine(x), quote("]")
		}
		t := up[len(up)-2].(*ast.TableExpr)
		for i, f := range t.Fields {
			if f == p && i+1 < len(t.Fields) {
				return endLine(x), quote(",")
			}
		}
		return t.EndPos.Line, quote("}")
	}
	return endLine(x), ""
}

// listFollow is the token after element x of an expression list ending
// the statement at the end of up.
func listFollow(list []ast.Expr, x any, up []any) (int, string) {
	for i, e := range list {
		if e == x && i+1 < len(list) {
			return endLine(x), quote(",")
		}
	}
	return follow(up)
}

// argsFollow is the token after argument x of a parenthesized list.
func argsFollow(args []ast.Expr, x any) (int, string) {
	for i, e := range args {
		if e == x && i+1 < len(args) {
			return endLine(x), quote(",")
		}
	}
	return endLine(x), quote(")")
}

func identIndex(ids []*ast.Ident, x any) int {
	for i, id := range ids {
		if id == x {
			return i
		}
	}
	return -1
}

// closer returns the token that closes the block at the end of path.
func closer(path []any) (int, string) {
	b := path[len(path)-1].(*ast.Block)
	if len(path) == 1 {
		return b.EndLine, "<eof>"
	}
	switch p := path[len(path)-2].(type) {
	case *ast.RepeatStmt:
		return b.EndLine, quote("until")
	case *ast.IfStmt:
		for i, t := range p.Thens {
			if t != b {
				continue
			}
			switch {
			case i+1 < len(p.Thens):
				return b.EndLine, quote("elseif")
			case p.Else != nil:
				return b.EndLine, quote("else")
			}
		}
	}
	return b.EndLine, quote("end")
}

// firstToken returns the line and near-text of the first token of a
// statement or expression.
func firstToken(n ast.Node) (int, string) {
	line := n.Start().Line
	switch n := n.(type) {
	case *ast.LocalStmt, *ast.LocalFunctionStmt:
		return line, quote("local")
	case *ast.AssignStmt:
		return firstToken(n.Targets[0])
	case *ast.CallStmt:
		return firstToken(n.Call)
	case *ast.DoStmt:
		return line, quote("do")
	case *ast.WhileStmt:
		return line, quote("while")
	case *ast.RepeatStmt:
		return line, quote("repeat")
	case *ast.IfStmt:
		return line, quote("if")
	case *ast.NumericForStmt, *ast.GenericForStmt:
		return line, quote("for")
	case *ast.FunctionStmt, *ast.FunctionExpr:
		return line, quote("function")
	case *ast.ReturnStmt:
		return line, quote("return")
	case *ast.BreakStmt:
		return line, quote("break")
	case *ast.GotoStmt:
		return line, quote("goto")
	case *ast.LabelStmt:
		return line, quote("::")
	case *ast.TypeAliasStmt:
		if n.Exported {
			return line, quote("export")
		}
		return line, quote("type")
	case *ast.NilExpr:
		return line, quote("nil")
	case *ast.TrueExpr:
		return line, quote("true")
	case *ast.FalseExpr:
		return line, quote("false")
	case *ast.VarargExpr:
		return line, quote("...")
	case *ast.IntExpr:
		return line, quote(strconv.FormatInt(n.Value, 10))
	case *ast.FloatExpr:
		return line, quote(strconv.FormatFloat(n.Value, 'g', -1, 64))
	case *ast.StringExpr:
		return line, "'\"" + n.Value + "\"'"
	case *ast.Ident:
		return line, quote(n.Name)
	case *ast.IndexExpr:
		return firstToken(n.Obj)
	case *ast.CallExpr:
		return firstToken(n.Fn)
	case *ast.MethodCallExpr:
		return firstToken(n.Obj)
	case *ast.BinaryExpr:
		return firstToken(n.L)
	case *ast.LogicalExpr:
		return firstToken(n.L)
	case *ast.CastExpr:
		return firstToken(n.X)
	case *ast.NonNilExpr:
		return firstToken(n.X)
	case *ast.UnaryExpr:
		return line, quote(n.Op.String())
	case *ast.ParenExpr:
		return line, quote("(")
	case *ast.TableExpr:
		return line, quote("{")
	}
	return line, ""
}

// endLine estimates the line of the last token of n: the largest line the
// tree records inside it.
func endLine(n any) int {
	line := 0
	walk(n, func(x any) {
		switch x := x.(type) {
		case *ast.Block:
			line = max(line, x.EndLine)
		case *ast.FunctionExpr:
			line = max(line, x.EndLine)
		case *ast.TableExpr:
			line = max(line, x.EndPos.Line)
		case ast.Node:
			line = max(line, x.Start().Line)
		}
		if p, ok := opPos(x); ok {
			line = max(line, p)
		}
	})
	return line
}

// opPos returns the line of the operator or punctuation token some nodes
// record besides their start.
func opPos(x any) (int, bool) {
	switch x := x.(type) {
	case *ast.BinaryExpr:
		return x.Pos.Line, true
	case *ast.LogicalExpr:
		return x.Pos.Line, true
	case *ast.IndexExpr:
		return x.Pos.Line, true
	case *ast.CallExpr:
		return x.Pos.Line, true
	case *ast.MethodCallExpr:
		return x.Pos.Line, true
	case *ast.CastExpr:
		return x.Pos.Line, true
	case *ast.NonNilExpr:
		return x.Pos.Line, true
	}
	return 0, false
}
