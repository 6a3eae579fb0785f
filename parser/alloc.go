package parser

import "wippylua/ast"

// Syntax trees are built from many small nodes that live and die together,
// so the parser allocates the common ones in blocks: one allocation per
// block instead of one per node, which cuts malloc and GC work roughly in
// half. A block stays alive while any of its nodes does, which costs
// nothing here because the tree is dropped as a whole.

// slab hands out pointers into blocks of T that grow from 8 to 256
// elements, so that small chunks waste little.
type slab[T any] struct {
	buf  []T
	next int // size of the next block
}

func (s *slab[T]) new() *T {
	if len(s.buf) == 0 {
		s.next = min(max(s.next*2, 8), 256)
		s.buf = make([]T, s.next)
	}
	x := &s.buf[0]
	s.buf = s.buf[1:]
	return x
}

// arena hands out exactly sized slices carved from shared blocks. Each
// slice's capacity equals its length, so appending to it copies instead of
// overwriting a neighbour.
type arena[T any] struct {
	buf  []T
	next int
}

func (a *arena[T]) take(src []T) []T {
	if len(src) == 0 {
		return nil
	}
	out := a.alloc(len(src))
	copy(out, src)
	return out
}

// alloc returns a zeroed slice of n > 0 elements.
func (a *arena[T]) alloc(n int) []T {
	if len(a.buf) < n {
		a.next = min(max(a.next*2, 16), 1024)
		a.buf = make([]T, max(n, a.next))
	}
	out := a.buf[:n:n]
	a.buf = a.buf[n:]
	return out
}

// nodes groups the slabs of the node types that dominate real programs.
type nodes struct {
	idents  slab[ast.Ident]
	strs    slab[ast.StringExpr]
	ints    slab[ast.IntExpr]
	index   slab[ast.IndexExpr]
	calls   slab[ast.CallExpr]
	methods slab[ast.MethodCallExpr]
	bins    slab[ast.BinaryExpr]
	logics  slab[ast.LogicalExpr]
	unaries slab[ast.UnaryExpr]
	fields  slab[ast.TableField]
	tables  slab[ast.TableExpr]
	blocks  slab[ast.Block]
	locals  slab[ast.LocalStmt]
	assigns slab[ast.AssignStmt]
	callSt  slab[ast.CallStmt]
	returns slab[ast.ReturnStmt]
	ifs     slab[ast.IfStmt]
	funcs   slab[ast.FunctionExpr]

	exprList  arena[ast.Expr]
	stmtList  arena[ast.Stmt]
	identList arena[*ast.Ident]
	fieldList arena[*ast.TableField]
	lineList  arena[int]
}

func (p *parser) ident(pos ast.Pos, name string) *ast.Ident {
	id := p.nodes.idents.new()
	id.Pos, id.Name = pos, name
	return id
}

func (p *parser) str(pos ast.Pos, v string) *ast.StringExpr {
	s := p.nodes.strs.new()
	s.Pos, s.Value = pos, v
	s.EndLine = p.line // strings are built while their token is current
	return s
}
