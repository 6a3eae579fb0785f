package compiler

import "wippylua/ast"

// Generic walks over the syntax tree, used only to locate errors.

// findPath appends to path the chain of elements from x down to target,
// reporting whether target is inside x.
func findPath(x, target any, path *[]any) bool {
	*path = append(*path, x)
	if x == target {
		return true
	}
	found := false
	eachChild(x, func(ch any) bool {
		if findPath(ch, target, path) {
			found = true
			return false
		}
		return true
	})
	if !found {
		*path = (*path)[:len(*path)-1]
	}
	return found
}

// walk calls f on x and every element below it.
func walk(x any, f func(any)) {
	f(x)
	eachChild(x, func(ch any) bool {
		walk(ch, f)
		return true
	})
}

// eachChild calls f on the runtime-relevant children of x in source order
// (types are skipped) until f returns false.
func eachChild(x any, f func(any) bool) {
	var list []any
	add := func(n any) {
		if n != nil {
			list = append(list, n)
		}
	}
	addExprs := func(es []ast.Expr) {
		for _, e := range es {
			add(e)
		}
	}
	addIdents := func(ids []*ast.Ident) {
		for _, id := range ids {
			add(id)
		}
	}
	switch x := x.(type) {
	case *ast.Block:
		for _, s := range x.Stmts {
			add(s)
		}
	case *ast.LocalStmt:
		addIdents(x.Names)
		addExprs(x.Exprs)
	case *ast.AssignStmt:
		addExprs(x.Targets)
		addExprs(x.Exprs)
	case *ast.CallStmt:
		add(x.Call)
	case *ast.DoStmt:
		add(x.Body)
	case *ast.WhileStmt:
		add(x.Cond)
		add(x.Body)
	case *ast.RepeatStmt:
		add(x.Body)
		add(x.Cond)
	case *ast.IfStmt:
		for i := range x.Conds {
			add(x.Conds[i])
			add(x.Thens[i])
		}
		if x.Else != nil {
			add(x.Else)
		}
	case *ast.NumericForStmt:
		add(x.Var)
		add(x.Init)
		add(x.Limit)
		if x.Step != nil {
			add(x.Step)
		}
		add(x.Body)
	case *ast.GenericForStmt:
		addIdents(x.Names)
		addExprs(x.Exprs)
		add(x.Body)
	case *ast.FunctionStmt:
		add(x.Name)
		add(x.Func)
	case *ast.LocalFunctionStmt:
		add(x.Name)
		add(x.Func)
	case *ast.ReturnStmt:
		addExprs(x.Exprs)
	case *ast.FunctionExpr:
		addIdents(x.Params)
		add(x.Body)
	case *ast.IndexExpr:
		add(x.Obj)
		add(x.Key)
	case *ast.CallExpr:
		add(x.Fn)
		addExprs(x.Args)
	case *ast.MethodCallExpr:
		add(x.Obj)
		addExprs(x.Args)
	case *ast.BinaryExpr:
		add(x.L)
		add(x.R)
	case *ast.LogicalExpr:
		add(x.L)
		add(x.R)
	case *ast.UnaryExpr:
		add(x.X)
	case *ast.ParenExpr:
		add(x.X)
	case *ast.CastExpr:
		add(x.X)
	case *ast.NonNilExpr:
		add(x.X)
	case *ast.TableExpr:
		for _, fld := range x.Fields {
			add(fld)
		}
	case *ast.TableField:
		if x.Key != nil {
			add(x.Key)
		}
		add(x.Value)
	}
	for _, ch := range list {
		if !f(ch) {
			return
		}
	}
}
