package typecheck

import (
	"wippylua/ast"
	"wippylua/types"
)

// symbol is a local variable (or parameter, loop variable, local function,
// type alias value). Globals have no symbol.
type symbol struct {
	name string
	decl *ast.Ident

	// typ is the declared type: the annotation, or for an unannotated
	// local the type of its initialiser when it is never assigned again,
	// else any. Reads see typ refined by the flow state.
	typ       *types.Type
	annotated bool
	// typed marks values whose errors are reported outside strict code
	// (see doc.go, "Strictness").
	typed bool

	// mutable is set when the variable is assigned after its declaration
	// (anywhere, including in nested functions); assigns are those
	// assignments (see mutable.go).
	mutable bool
	assigns []assignment
	// annotation is the type written in the declaration, if any: what
	// mutable.go uses before the declaration has been checked.
	annotation ast.TypeExpr
	// partner links `err` to `v` after `local v, err = f()`: when err is
	// known to be nil, v is known not to be (see narrow.go).
	partner *symbol
	// openFields marks an unannotated local holding a table built by a
	// constructor, whose record type grows as fields are assigned; fields
	// is the backing array the successive record types share (see
	// growOpen).
	openFields bool
	fields     []types.Field
}

// resolution is the result of the scope pass: which symbol each name
// denotes, and the facts about assignments the checker needs before it
// reaches them.
type resolution struct {
	// idents gives the symbol each identifier declares or, for a
	// reference to a local, denotes (globals have none).
	idents identTable
	// loopAssigned lists, per loop statement, the locals assigned in its
	// body (including nested functions), whose narrowings a new iteration
	// forgets; loopFieldAssigned likewise for locals whose fields are.
	loopAssigned      map[ast.Stmt][]*symbol
	loopFieldAssigned map[ast.Stmt][]*symbol
	// globalsAssigned holds the global names the chunk assigns, whose
	// declared library types are therefore not trusted; globalsExtended
	// those whose fields it assigns (`function string.trim() end`).
	globalsAssigned map[string]bool
	globalsExtended map[string]bool
	// globalFuncs holds the globals assigned exactly once, by a function
	// statement: their type is the function's, once it is defined.
	globalFuncs map[string]bool
	// annotated is set when the chunk contains any annotation.
	annotated bool
	// exprs counts the expressions, to size the checker's tables.
	exprs int
}

// resolver is the scope pass: one walk over the chunk with Lua's scoping
// rules, before checking.
type resolver struct {
	res    *resolution
	idents identBuilder
	names  map[string]*symbol // the binding of each name now in scope
	undo   []binding
	loops  []ast.Stmt // enclosing loops of the current position

	globalAssigns map[string]int
	globalByFunc  map[string]bool
	// noted dedupes the per-loop lists.
	noted map[loopSym]bool
}

type loopSym struct {
	loop  ast.Stmt
	sym   *symbol
	field bool
}

// noteLoops records that sym (or its fields) is assigned inside the
// enclosing loops.
func (r *resolver) noteLoops(sym *symbol, field bool) {
	for _, l := range r.loops {
		k := loopSym{l, sym, field}
		if r.noted[k] {
			continue
		}
		r.noted[k] = true
		if field {
			r.res.loopFieldAssigned[l] = append(r.res.loopFieldAssigned[l], sym)
		} else {
			r.res.loopAssigned[l] = append(r.res.loopAssigned[l], sym)
		}
	}
}

type binding struct {
	name string
	prev *symbol
}

func resolveChunk(chunk *ast.Chunk) *resolution {
	r := &resolver{
		res: &resolution{
			loopAssigned:      map[ast.Stmt][]*symbol{},
			loopFieldAssigned: map[ast.Stmt][]*symbol{},
			globalsAssigned:   map[string]bool{},
			globalsExtended:   map[string]bool{},
			globalFuncs:       map[string]bool{},
		},
		names:         map[string]*symbol{},
		globalAssigns: map[string]int{},
		globalByFunc:  map[string]bool{},
		noted:         map[loopSym]bool{},
	}
	// Most lines declare or use a local or two.
	r.idents.entries = make([]identEntry, 0, 2*chunk.Block.EndLine+16)
	r.block(chunk.Block)
	r.res.idents = r.idents.build()
	for name, n := range r.globalAssigns {
		if n == 1 && r.globalByFunc[name] {
			r.res.globalFuncs[name] = true
		}
	}
	return r.res
}

func (r *resolver) declare(id *ast.Ident) *symbol {
	s := &symbol{name: id.Name, decl: id}
	r.idents.add(id, s, true)
	r.undo = append(r.undo, binding{id.Name, r.names[id.Name]})
	r.names[id.Name] = s
	return s
}

// declareAll declares ids, the i-th with annotations[i] when there is one.
func (r *resolver) declareAll(ids []*ast.Ident, annotations []ast.TypeExpr) {
	for i, id := range ids {
		sym := r.declare(id)
		if i < len(annotations) {
			sym.annotation = annotations[i]
		}
	}
}

// scope runs body in a new scope.
func (r *resolver) scope(body func()) {
	mark := len(r.undo)
	body()
	for i := len(r.undo) - 1; i >= mark; i-- {
		b := r.undo[i]
		if b.prev == nil {
			delete(r.names, b.name)
		} else {
			r.names[b.name] = b.prev
		}
	}
	r.undo = r.undo[:mark]
}

func (r *resolver) block(b *ast.Block) { r.scope(func() { r.stmts(b.Stmts) }) }

func (r *resolver) stmts(ss []ast.Stmt) {
	for _, s := range ss {
		r.stmt(s)
	}
}

func (r *resolver) loop(s ast.Stmt, body func()) {
	r.loops = append(r.loops, s)
	body()
	r.loops = r.loops[:len(r.loops)-1]
}

func (r *resolver) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.LocalStmt:
		r.exprs(s.Exprs)
		r.typs(s.Types)
		r.declareAll(s.Names, s.Types)
	case *ast.AssignStmt:
		r.exprs(s.Exprs)
		for i, t := range s.Targets {
			if sym := r.target(t); sym != nil {
				sym.assigns = append(sym.assigns, valueAt(s.Exprs, i))
			}
		}
	case *ast.CallStmt:
		r.expr(s.Call)
	case *ast.DoStmt:
		r.block(s.Body)
	case *ast.WhileStmt:
		r.expr(s.Cond)
		r.loop(s, func() { r.block(s.Body) })
	case *ast.RepeatStmt:
		r.loop(s, func() {
			// The condition sees the body's locals.
			r.scope(func() {
				r.stmts(s.Body.Stmts)
				r.expr(s.Cond)
			})
		})
	case *ast.IfStmt:
		for i, c := range s.Conds {
			r.expr(c)
			r.block(s.Thens[i])
		}
		if s.Else != nil {
			r.block(s.Else)
		}
	case *ast.NumericForStmt:
		r.expr(s.Init)
		r.expr(s.Limit)
		if s.Step != nil {
			r.expr(s.Step)
		}
		r.typ(s.Type)
		r.loop(s, func() {
			r.scope(func() {
				r.declare(s.Var)
				r.block(s.Body)
			})
		})
	case *ast.GenericForStmt:
		r.exprs(s.Exprs)
		r.typs(s.Types)
		r.loop(s, func() {
			r.scope(func() {
				r.declareAll(s.Names, nil)
				r.block(s.Body)
			})
		})
	case *ast.FunctionStmt:
		if id, ok := s.Name.(*ast.Ident); ok && r.names[id.Name] == nil {
			r.globalByFunc[id.Name] = true
		}
		if sym := r.target(s.Name); sym != nil {
			sym.assigns = append(sym.assigns, assignment{expr: s.Func})
		}
		r.function(s.Func)
	case *ast.LocalFunctionStmt:
		r.declare(s.Name)
		r.function(s.Func)
	case *ast.ReturnStmt:
		r.exprs(s.Exprs)
	case *ast.TypeAliasStmt:
		r.res.annotated = true
		r.typ(s.Type)
		for _, p := range s.Params {
			r.typ(p.Constraint)
		}
		// The alias is also a local variable holding the type value.
		r.declare(s.Name)
	}
}

// target resolves an assignment target and records the assignment. It
// returns the local assigned, if the target is one.
func (r *resolver) target(e ast.Expr) *symbol {
	switch e := e.(type) {
	case *ast.Ident:
		if s := r.names[e.Name]; s != nil {
			r.idents.add(e, s, false)
			s.mutable = true
			r.noteLoops(s, false)
			return s
		}
		r.res.globalsAssigned[e.Name] = true
		r.globalAssigns[e.Name]++
	case *ast.IndexExpr:
		r.expr(e.Obj)
		r.expr(e.Key)
		root := e.Obj
		for {
			ix, ok := root.(*ast.IndexExpr)
			if !ok {
				break
			}
			root = ix.Obj
		}
		if id, ok := root.(*ast.Ident); ok {
			if s := r.names[id.Name]; s != nil {
				r.noteLoops(s, true)
			} else {
				r.res.globalsExtended[id.Name] = true
			}
		}
	default:
		r.expr(e)
	}
	return nil
}

func (r *resolver) function(f *ast.FunctionExpr) {
	if f.TypeParams != nil || f.Returns != nil || f.VarargType != nil {
		r.res.annotated = true
	}
	for _, tp := range f.TypeParams {
		r.typ(tp.Constraint)
	}
	r.typs(f.ParamTypes)
	r.typ(f.VarargType)
	r.typs(f.Returns)
	// A function body is a new set of loops: an assignment inside it
	// happens in the loops around the call, not around the definition,
	// but when it is called is unknown, so it counts for both.
	r.scope(func() {
		r.declareAll(f.Params, f.ParamTypes)
		r.block(f.Body)
	})
}

func (r *resolver) exprs(es []ast.Expr) {
	for _, e := range es {
		r.expr(e)
	}
}

func (r *resolver) expr(e ast.Expr) {
	r.res.exprs++
	switch e := e.(type) {
	case *ast.Ident:
		if s := r.names[e.Name]; s != nil {
			r.idents.add(e, s, false)
		}
	case *ast.IndexExpr:
		r.expr(e.Obj)
		r.expr(e.Key)
	case *ast.CallExpr:
		r.expr(e.Fn)
		r.exprs(e.Args)
	case *ast.MethodCallExpr:
		r.expr(e.Obj)
		r.exprs(e.Args)
	case *ast.FunctionExpr:
		r.function(e)
	case *ast.BinaryExpr:
		r.expr(e.L)
		r.expr(e.R)
	case *ast.LogicalExpr:
		r.expr(e.L)
		r.expr(e.R)
	case *ast.UnaryExpr:
		r.expr(e.X)
	case *ast.ParenExpr:
		r.expr(e.X)
	case *ast.TableExpr:
		for _, f := range e.Fields {
			if f.Key != nil {
				r.expr(f.Key)
			}
			r.expr(f.Value)
		}
	case *ast.CastExpr:
		r.res.annotated = true
		r.expr(e.X)
		r.typ(e.Type)
	case *ast.NonNilExpr:
		r.res.annotated = true
		r.expr(e.X)
	}
}

// typ notes an annotation and resolves the expressions inside typeof(e).
func (r *resolver) typ(t ast.TypeExpr) {
	if t == nil {
		return
	}
	r.res.annotated = true
	walkTypeofs(t, r.expr)
}

func (r *resolver) typs(ts []ast.TypeExpr) {
	for _, t := range ts {
		r.typ(t)
	}
}

// walkTypeofs calls f on the expression of every typeof inside t.
func walkTypeofs(t ast.TypeExpr, f func(ast.Expr)) {
	switch t := t.(type) {
	case *ast.TypeofType:
		f(t.X)
	case *ast.NamedType:
		for _, a := range t.Args {
			walkTypeofs(a, f)
		}
	case *ast.OptionalType:
		walkTypeofs(t.Inner, f)
	case *ast.UnionType:
		for _, x := range t.Types {
			walkTypeofs(x, f)
		}
	case *ast.IntersectionType:
		for _, x := range t.Types {
			walkTypeofs(x, f)
		}
	case *ast.ArrayType:
		walkTypeofs(t.Elem, f)
	case *ast.MapType:
		walkTypeofs(t.Key, f)
		walkTypeofs(t.Val, f)
	case *ast.RecordType:
		for _, fl := range t.Fields {
			walkTypeofs(fl.Type, f)
		}
	case *ast.FunctionType:
		for _, p := range t.Params {
			walkTypeofs(p, f)
		}
		if t.Vararg != nil {
			walkTypeofs(t.Vararg, f)
		}
		for _, x := range t.Returns {
			walkTypeofs(x, f)
		}
	case *ast.ValidatedType:
		walkTypeofs(t.Inner, f)
	case *ast.ParenType:
		walkTypeofs(t.Inner, f)
	case *ast.VariadicType:
		walkTypeofs(t.Elem, f)
	}
}
