package parser

import (
	"fmt"
	"strconv"
	"strings"

	"wippylua/ast"
)

// This file holds a test-only printer that writes a syntax tree back as
// source with every operator application parenthesised, so that tests can
// state the shape of a tree as a short string: "return 1 + 2 * 3" prints as
// "return (1 + (2 * 3))". ParenExpr prints as its own parentheses, so
// "((1 + 2))" is a ParenExpr around a BinaryExpr.

type printer struct{ b strings.Builder }

func printChunk(c *ast.Chunk) string {
	var p printer
	p.block(c.Block)
	return p.b.String()
}

func printExpr(e ast.Expr) string {
	var p printer
	p.expr(e)
	return p.b.String()
}

func printType(t ast.TypeExpr) string {
	var p printer
	p.typ(t)
	return p.b.String()
}

func (p *printer) w(s ...string) {
	for _, x := range s {
		p.b.WriteString(x)
	}
}

func (p *printer) block(b *ast.Block) {
	for i, s := range b.Stmts {
		if i > 0 {
			p.w("; ")
		}
		p.stmt(s)
	}
}

// body prints a nested block surrounded by spaces.
func (p *printer) body(b *ast.Block) {
	p.w(" ")
	if len(b.Stmts) > 0 {
		p.block(b)
		p.w(" ")
	}
}

func (p *printer) exprs(es []ast.Expr) {
	for i, e := range es {
		if i > 0 {
			p.w(", ")
		}
		p.expr(e)
	}
}

func (p *printer) names(ids []*ast.Ident, types []ast.TypeExpr) {
	for i, id := range ids {
		if i > 0 {
			p.w(", ")
		}
		p.w(id.Name)
		if types != nil && types[i] != nil {
			p.w(": ")
			p.typ(types[i])
		}
	}
}

func (p *printer) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.LocalStmt:
		p.w("local ")
		p.names(s.Names, s.Types)
		if s.Exprs != nil {
			p.w(" = ")
			p.exprs(s.Exprs)
		}
	case *ast.AssignStmt:
		p.exprs(s.Targets)
		p.w(" = ")
		p.exprs(s.Exprs)
	case *ast.CallStmt:
		p.expr(s.Call)
	case *ast.DoStmt:
		p.w("do")
		p.body(s.Body)
		p.w("end")
	case *ast.WhileStmt:
		p.w("while ")
		p.expr(s.Cond)
		p.w(" do")
		p.body(s.Body)
		p.w("end")
	case *ast.RepeatStmt:
		p.w("repeat")
		p.body(s.Body)
		p.w("until ")
		p.expr(s.Cond)
	case *ast.IfStmt:
		for i, c := range s.Conds {
			if i == 0 {
				p.w("if ")
			} else {
				p.w("elseif ")
			}
			p.expr(c)
			p.w(" then")
			p.body(s.Thens[i])
		}
		if s.Else != nil {
			p.w("else")
			p.body(s.Else)
		}
		p.w("end")
	case *ast.NumericForStmt:
		p.w("for ")
		p.names([]*ast.Ident{s.Var}, []ast.TypeExpr{s.Type})
		p.w(" = ")
		p.expr(s.Init)
		p.w(", ")
		p.expr(s.Limit)
		if s.Step != nil {
			p.w(", ")
			p.expr(s.Step)
		}
		p.w(" do")
		p.body(s.Body)
		p.w("end")
	case *ast.GenericForStmt:
		p.w("for ")
		p.names(s.Names, s.Types)
		p.w(" in ")
		p.exprs(s.Exprs)
		p.w(" do")
		p.body(s.Body)
		p.w("end")
	case *ast.FunctionStmt:
		p.w("function ")
		p.expr(s.Name)
		if s.IsMethod {
			p.w(" method")
		}
		p.funcTail(s.Func)
	case *ast.LocalFunctionStmt:
		p.w("local function ", s.Name.Name)
		p.funcTail(s.Func)
	case *ast.ReturnStmt:
		p.w("return")
		if s.Exprs != nil {
			p.w(" ")
			p.exprs(s.Exprs)
		}
	case *ast.BreakStmt:
		p.w("break")
	case *ast.GotoStmt:
		p.w("goto ", s.Label)
	case *ast.LabelStmt:
		p.w("::", s.Name, "::")
	case *ast.TypeAliasStmt:
		if s.Exported {
			p.w("export ")
		}
		p.w("type ", s.Name.Name)
		p.typeParams(s.Params)
		p.w(" = ")
		p.typ(s.Type)
	default:
		panic(fmt.Sprintf("unknown statement %T", s))
	}
}

func (p *printer) funcTail(f *ast.FunctionExpr) {
	p.typeParams(f.TypeParams)
	p.w("(")
	p.names(f.Params, f.ParamTypes)
	if f.IsVararg {
		if len(f.Params) > 0 {
			p.w(", ")
		}
		p.w("...")
		if f.VarargType != nil {
			p.w(": ")
			p.typ(f.VarargType)
		}
	}
	p.w(")")
	if f.Returns != nil {
		p.w(": ")
		p.typeList(f.Returns)
	}
	p.body(f.Body)
	p.w("end")
}

func (p *printer) expr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.NilExpr:
		p.w("nil")
	case *ast.TrueExpr:
		p.w("true")
	case *ast.FalseExpr:
		p.w("false")
	case *ast.VarargExpr:
		p.w("...")
	case *ast.IntExpr:
		p.w(strconv.FormatInt(e.Value, 10))
	case *ast.FloatExpr:
		p.w(fmtFloat(e.Value))
	case *ast.StringExpr:
		p.w(strconv.Quote(e.Value))
	case *ast.Ident:
		p.w(e.Name)
	case *ast.IndexExpr:
		p.expr(e.Obj)
		if k, ok := e.Key.(*ast.StringExpr); ok && e.Dot {
			p.w(".", k.Value)
		} else {
			p.w("[")
			p.expr(e.Key)
			p.w("]")
		}
	case *ast.CallExpr:
		p.expr(e.Fn)
		p.w("(")
		p.exprs(e.Args)
		p.w(")")
	case *ast.MethodCallExpr:
		p.expr(e.Obj)
		p.w(":", e.Method, "(")
		p.exprs(e.Args)
		p.w(")")
	case *ast.FunctionExpr:
		p.w("function")
		p.funcTail(e)
	case *ast.BinaryExpr:
		p.w("(")
		p.expr(e.L)
		p.w(" ", e.Op.String(), " ")
		p.expr(e.R)
		p.w(")")
	case *ast.LogicalExpr:
		p.w("(")
		p.expr(e.L)
		if e.And {
			p.w(" and ")
		} else {
			p.w(" or ")
		}
		p.expr(e.R)
		p.w(")")
	case *ast.UnaryExpr:
		p.w("(", e.Op.String())
		if e.Op == ast.OpNot {
			p.w(" ")
		}
		p.expr(e.X)
		p.w(")")
	case *ast.ParenExpr:
		p.w("(")
		p.expr(e.X)
		p.w(")")
	case *ast.TableExpr:
		p.w("{")
		for i, f := range e.Fields {
			if i > 0 {
				p.w(", ")
			}
			switch {
			case f.Named:
				p.w(f.Key.(*ast.StringExpr).Value, " = ")
			case f.Key != nil:
				p.w("[")
				p.expr(f.Key)
				p.w("] = ")
			}
			p.expr(f.Value)
		}
		p.w("}")
	case *ast.CastExpr:
		p.w("(")
		p.expr(e.X)
		p.w(" :: ")
		p.typ(e.Type)
		p.w(")")
	case *ast.NonNilExpr:
		p.expr(e.X)
		p.w("!")
	default:
		panic(fmt.Sprintf("unknown expression %T", e))
	}
}

func fmtFloat(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eEn") {
		s += ".0"
	}
	return s
}

func (p *printer) typeParams(tps []*ast.TypeParam) {
	if tps == nil {
		return
	}
	p.w("<")
	for i, tp := range tps {
		if i > 0 {
			p.w(", ")
		}
		p.w(tp.Name)
		if tp.Constraint != nil {
			p.w(": ")
			p.typ(tp.Constraint)
		}
	}
	p.w(">")
}

// typeList prints a return type list: always parenthesised, so that a single
// type and a list of one are told apart from the tree's point of view.
func (p *printer) typeList(ts []ast.TypeExpr) {
	p.w("(")
	for i, t := range ts {
		if i > 0 {
			p.w(", ")
		}
		p.typ(t)
	}
	p.w(")")
}

func (p *printer) typ(t ast.TypeExpr) {
	switch t := t.(type) {
	case *ast.NamedType:
		if t.Prefix != "" {
			p.w(t.Prefix, ".")
		}
		p.w(t.Name)
		if t.Args != nil {
			p.w("<")
			for i, a := range t.Args {
				if i > 0 {
					p.w(", ")
				}
				p.typ(a)
			}
			p.w(">")
		}
	case *ast.LiteralType:
		switch v := t.Value.(type) {
		case nil:
			p.w("nil")
		case string:
			p.w(strconv.Quote(v))
		case int64:
			p.w(strconv.FormatInt(v, 10))
		case float64:
			p.w(fmtFloat(v))
		case bool:
			p.w(strconv.FormatBool(v))
		default:
			panic(fmt.Sprintf("literal type of %T", v))
		}
	case *ast.OptionalType:
		p.typ(t.Inner)
		p.w("?")
	case *ast.UnionType:
		p.w("[")
		for i, x := range t.Types {
			if i > 0 {
				p.w(" | ")
			}
			p.typ(x)
		}
		p.w("]")
	case *ast.IntersectionType:
		p.w("[")
		for i, x := range t.Types {
			if i > 0 {
				p.w(" & ")
			}
			p.typ(x)
		}
		p.w("]")
	case *ast.ArrayType:
		p.w("{")
		p.typ(t.Elem)
		p.w("}")
	case *ast.MapType:
		p.w("{[")
		p.typ(t.Key)
		p.w("]: ")
		p.typ(t.Val)
		p.w("}")
	case *ast.RecordType:
		p.w("{")
		for i, f := range t.Fields {
			if i > 0 {
				p.w(", ")
			}
			if f.Readonly {
				p.w("readonly ")
			}
			p.w(f.Name)
			if f.Optional {
				p.w("?")
			}
			p.w(": ")
			p.typ(f.Type)
		}
		p.w("}")
	case *ast.FunctionType:
		p.typeParams(t.TypeParams)
		p.w("(")
		for i, x := range t.Params {
			if i > 0 {
				p.w(", ")
			}
			if t.ParamNames != nil && t.ParamNames[i] != "" {
				p.w(t.ParamNames[i], ": ")
			}
			p.typ(x)
		}
		if t.Vararg != nil {
			if len(t.Params) > 0 {
				p.w(", ")
			}
			p.w("...: ")
			p.typ(t.Vararg)
		}
		p.w(") -> ")
		p.typeList(t.Returns)
	case *ast.TypeofType:
		p.w("typeof(")
		p.expr(t.X)
		p.w(")")
	case *ast.ValidatedType:
		p.typ(t.Inner)
		for _, v := range t.Validators {
			p.w(" @", v.Name, "(")
			p.exprs(v.Args)
			p.w(")")
		}
	case *ast.ParenType:
		p.w("(")
		p.typ(t.Inner)
		p.w(")")
	case *ast.VariadicType:
		p.w("...: ")
		p.typ(t.Elem)
	default:
		panic(fmt.Sprintf("unknown type %T", t))
	}
}
