package typecheck

import (
	"wippylua/ast"
	"wippylua/types"
)

// Calls the checker knows more about than their signatures say.

// specialCall handles calls of some standard functions.
func (c *checker) specialCall(e *ast.CallExpr) (pack, bool) {
	id, ok := e.Fn.(*ast.Ident)
	if !ok || c.res.idents.use(id) != nil || c.res.globalsAssigned[id.Name] {
		return pack{}, false
	}
	switch id.Name {
	case "typeof":
		// typeof(e) is the static type of e as a type value (the compiler
		// makes it a constant); the global is not declared otherwise.
		if len(e.Args) == 1 {
			c.expr(e.Fn, nil)
			return single(TypeValue(c.expr(e.Args[0], nil))), true
		}
	case "select":
		if len(e.Args) > 0 {
			if s, ok := e.Args[0].(*ast.StringExpr); ok && s.Value == "#" {
				c.expr(e.Fn, nil)
				c.exprList(e.Args, nil)
				return single(types.Integer), true
			}
		}
	case "require":
		if len(e.Args) == 1 {
			if s, ok := e.Args[0].(*ast.StringExpr); ok {
				c.expr(e.Fn, nil)
				c.expr(e.Args[0], nil)
				return single(c.requireType(e, s.Value)), true
			}
		}
	case "pcall", "xpcall":
		// Check the protected call as a call, whose errors become results.
		c.expr(e.Fn, nil)
		if len(e.Args) == 0 {
			return pack{ts: []*types.Type{types.Boolean}, rest: types.Any}, true
		}
		f := c.expr(e.Args[0], nil)
		args := e.Args[1:]
		if id.Name == "xpcall" && len(args) > 0 {
			c.expr(args[0], nil)
			args = args[1:]
		}
		c.callValue(callSite{node: e, fn: e.Args[0], args: args}, f)
		return pack{ts: []*types.Type{types.Boolean}, rest: types.Any}, true
	}
	return pack{}, false
}

// requireType is the type of require(name): a module of Config.Modules,
// a runtime module, or any. In an app entry, a name the entry does not
// allow is reported.
func (c *checker) requireType(e *ast.CallExpr, name string) *types.Type {
	if c.conf.Allowed != nil && !c.conf.Allowed[name] {
		entry := "this entry"
		if c.conf.Entry != "" {
			entry = "entry '" + c.conf.Entry + "'"
		}
		c.errorAt(e.Args[0], ModuleNotAllowed, "module '%s' is not allowed in %s: require fails unless its modules or imports list it", name, entry)
	}
	if t := c.conf.Modules[name]; t != nil {
		return t
	}
	if t := c.env.modules[name]; t != nil {
		return t
	}
	if runtimeGlobalModules[name] {
		// require("channel") is the channel global.
		if t := c.env.globals[name]; t != nil {
			return t
		}
	}
	return types.Any
}

// runtimeGlobalModules are the runtime modules that are also globals.
var runtimeGlobalModules = map[string]bool{"channel": true, "process": true}

// typeValueMethod handles the methods of type values whose results
// depend on the type T stands for, when that is known: T:is(v) gives a
// value of that type (or nil and an error); T:field("name"), T:elem(),
// T:key(), T:val() and T:inner() give the type value of that part. A part
// of the wrong kind is left to the declared signature (the method raises
// at run time).
func (c *checker) typeValueMethod(e *ast.MethodCallExpr, obj *types.Type) (pack, bool) {
	inner := typeValueInner(obj)
	if inner == nil {
		return pack{}, false
	}
	var part *types.Type
	switch e.Method {
	case "is":
		c.exprList(e.Args, nil)
		return pack{ts: []*types.Type{types.NewOptional(inner), types.NewOptional(types.Error)}}, true
	case "field":
		name, ok := singleStringArg(e.Args)
		if !ok || inner.Kind != types.KindRecord {
			return pack{}, false
		}
		c.exprList(e.Args, nil)
		if f := inner.Field(name); f != nil {
			return single(TypeValue(f.Type)), true
		}
		return single(types.Nil), true // T:field(name) is nil for a missing field
	case "elem":
		if inner.Kind == types.KindArray {
			part = inner.Elem
		}
	case "key", "val":
		if inner.Kind == types.KindMap {
			part = inner.Key
			if e.Method == "val" {
				part = inner.Val
			}
		}
	case "inner":
		if inner.Kind == types.KindOptional {
			part = inner.Inner
		}
	}
	if part == nil || len(e.Args) > 0 {
		return pack{}, false
	}
	return single(TypeValue(part)), true
}

// singleStringArg returns the value of an argument list that is one
// string literal.
func singleStringArg(args []ast.Expr) (string, bool) {
	if len(args) != 1 {
		return "", false
	}
	return constString(args[0])
}

// typeValueInner returns the type a type value stands for, or nil when t
// is not a type value with a known type.
func typeValueInner(t *types.Type) *types.Type {
	if t == nil {
		return nil
	}
	switch t.Kind {
	case types.KindType:
		return t.Inner
	case types.KindIntersection:
		for _, m := range t.Variants {
			if m.Kind == types.KindType {
				return m.Inner
			}
		}
	}
	return nil
}
