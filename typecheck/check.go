package typecheck

import (
	"fmt"
	"strings"

	"wippylua/ast"
	"wippylua/types"
)

// Config configures a check.
type Config struct {
	// File is the file name diagnostics carry; by default the chunk name
	// without its leading '@' or '='.
	File string
	// Mode chooses between strict and non-strict checking (see
	// "Strictness" in the package documentation).
	Mode Mode
	// Modules adds module types for require(name), besides the runtime's
	// modules (json, time): typically the Info.Module of another chunk.
	Modules map[string]*types.Type
	// ModuleTypes holds the exported types of modules, by module name:
	// an annotation `m.T` names type T of the module that the local m was
	// loaded from by require (or of the module named m).
	ModuleTypes map[string]map[string]*types.Alias
	// Allowed, when not nil, is the set of names require may load: an
	// app entry's modules and import aliases. require of any other
	// literal name is a ModuleNotAllowed error, in every mode, since it
	// always fails at run time. Entry names the entry in that message.
	Allowed map[string]bool
	Entry   string
	// OmitTypes leaves Info.Types empty: a map entry per expression is a
	// large part of the cost of checking a large input, and tools that
	// only want diagnostics (wippy-lua check) do not need it.
	OmitTypes bool
}

// Mode is how strictly a chunk is checked.
type Mode uint8

const (
	// ModeAuto checks a chunk that has any annotation strictly and one
	// without none non-strictly, unless its first line is a `--!strict` or
	// `--!nonstrict` comment (see ModeOf).
	ModeAuto Mode = iota
	// ModeStrict reports every problem found.
	ModeStrict
	// ModeNonStrict reports only problems involving annotated values.
	ModeNonStrict
)

// Info is what the checker learned about a chunk.
type Info struct {
	// Types holds the static type of every expression checked (the type
	// of the first value for calls and `...`); it is empty when
	// Config.OmitTypes is set.
	Types map[ast.Expr]*types.Type
	// Aliases holds the type each alias statement declares.
	Aliases map[*ast.TypeAliasStmt]*types.Type
	// Module is the type of the value the chunk returns (what require
	// gives other chunks), or nil when it returns nothing.
	Module *types.Type
	// Exports are the `export type` aliases at the chunk's top level.
	Exports map[string]*types.Alias
}

// TypeOf returns the recorded type of e, or nil.
func (info *Info) TypeOf(e ast.Expr) *types.Type { return info.Types[e] }

// Check type-checks a chunk. It never fails: problems are diagnostics,
// sorted by position. conf may be nil.
func Check(chunk *ast.Chunk, conf *Config) (*Info, []Diagnostic) {
	if conf == nil {
		conf = &Config{}
	}
	res := resolveChunk(chunk)
	c := &checker{
		conf: conf,
		file: conf.File,
		env:  builtins(),
		res:  res,
		info: &Info{
			Types:   map[ast.Expr]*types.Type{},
			Aliases: map[*ast.TypeAliasStmt]*types.Type{},
		},
		sigs:     map[*types.Signature]*sigInfo{},
		reported: map[diagKey]bool{},
		globals:  map[string]*types.Type{},
		aliases:  map[*ast.TypeAliasStmt]*types.Alias{},
	}
	if !conf.OmitTypes {
		c.info.Types = make(map[ast.Expr]*types.Type, res.exprs+res.exprs/8)
	}
	if c.file == "" {
		c.file = strings.TrimLeft(chunk.Name, "@=")
	}
	c.tscope = &rootTypes{c: c}
	c.checkMain(chunk)
	SortDiagnostics(c.diags)
	return c.info, c.diags
}

type checker struct {
	conf  *Config
	file  string
	env   *environment
	res   *resolution
	info  *Info
	diags []Diagnostic
	rel   types.Cache

	flow   *flowState
	fn     *funcCtx
	tscope types.Scope
	// softWant counts the enclosing arguments of library functions being
	// checked: their parameter types guide table constructors without
	// being expectations to report (see tableAgainst).
	softWant int
	// scopeSyms are the locals declared in the blocks being checked.
	scopeSyms []*symbol
	strLits   map[string]*types.Type
	intLits   map[int64]*types.Type
	instances map[instKey]*types.Signature
	// moduleNames maps locals assigned require("name") to the name.
	moduleNames map[string]string
	depth       int // of blocks; 1 is the chunk's top level

	// sigs describes the signatures of the functions the chunk defines.
	sigs map[*types.Signature]*sigInfo
	// globals holds the types of global functions the chunk defines once
	// (see globalType).
	globals  map[string]*types.Type
	aliases  map[*ast.TypeAliasStmt]*types.Alias
	reported map[diagKey]bool
}

// sigInfo describes a function defined in the checked chunk.
type sigInfo struct {
	name      string
	decl      *ast.FunctionExpr
	annotated bool // the signature has an annotation, so it is an expectation
}

// funcCtx is the function being checked.
type funcCtx struct {
	parent *funcCtx
	decl   *ast.FunctionExpr
	name   string
	strict bool
	// results are the declared results, when annotated.
	declared  bool
	results   []*types.Type
	varResult *types.Type
	// returns collects the value lists of return statements when the
	// results are inferred.
	returns     []pack
	vararg      *types.Type // the type of each value of `...`, nil if not vararg
	varargTyped bool
	loops       []*loopCtx
}

type loopCtx struct {
	breaks []*flowState
}

type diagKey struct {
	line, col int
	code      Code
	msg       string
}

func (c *checker) report(pos ast.Pos, end int, code Code, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	k := diagKey{pos.Line, pos.Column, code, msg}
	if c.reported[k] {
		return
	}
	c.reported[k] = true
	c.diags = append(c.diags, Diagnostic{
		File: c.file, Line: pos.Line, Col: pos.Column, EndCol: end,
		Severity: severityOf(code), Code: code, Message: msg,
	})
}

// errorAt reports a problem with expression e.
func (c *checker) errorAt(e ast.Node, code Code, format string, args ...any) {
	pos, end := span(e)
	c.report(pos, end, code, format, args...)
}

// span returns where a node starts and, when it is on one line and easy to
// know, the column after it.
func span(n ast.Node) (ast.Pos, int) {
	pos := n.Start()
	switch n := n.(type) {
	case *ast.Ident:
		return pos, pos.Column + len(n.Name)
	case *ast.IndexExpr:
		if s, ok := n.Key.(*ast.StringExpr); ok && n.Dot && n.EndLine == pos.Line && s.Pos.Line == pos.Line {
			return pos, s.Pos.Column + len(s.Value)
		}
	}
	return pos, 0
}

// maxTypeText bounds the length of a type printed in a message.
const maxTypeText = 160

// show prints a type for a message: a named type by its name, others in
// full (shortened when long).
func show(t *types.Type) string {
	if t.Name != "" && t.Kind != types.KindParam {
		s := t.Name
		if len(t.Args) > 0 {
			s += "<" + typeList(t.Args) + ">"
		}
		return s
	}
	s := t.String()
	if len(s) > maxTypeText {
		s = s[:maxTypeText-3] + "..."
	}
	return s
}

func posText(p ast.Pos) string { return fmt.Sprintf("%d:%d", p.Line, p.Column) }

// resolve converts an annotation in the current type scope, reporting
// problems.
func (c *checker) resolve(te ast.TypeExpr) *types.Type {
	t, errs := types.Resolve(te, c.tscope)
	c.resolveErrors(errs)
	return t
}

func (c *checker) resolveErrors(errs []*types.ResolveError) {
	for _, e := range errs {
		c.report(e.Pos, 0, Code(e.Code), "%s", e.Msg)
	}
}

// checkMain checks the main chunk, a vararg function.
func (c *checker) checkMain(chunk *ast.Chunk) {
	strict := c.conf.Mode == ModeStrict || c.conf.Mode == ModeAuto && c.res.annotated
	c.fn = &funcCtx{name: "main chunk", strict: strict, vararg: types.Any}
	c.flow = newFlow()
	c.block(chunk.Block)
	if len(c.fn.returns) > 0 {
		c.info.Module = types.Widen(joinPacks(c.fn.returns).first())
	}
}

// record notes the type of an expression in Info.Types.
func (c *checker) record(e ast.Expr, t *types.Type) {
	if !c.conf.OmitTypes {
		c.info.Types[e] = t
	}
}

// checkedType returns the type e had when it was checked: the recorded
// one, or with OmitTypes, for a name and constant fields below it
// (`f`, `T`, `m.f`), its type now. It is nil when unknown.
func (c *checker) checkedType(e ast.Expr) *types.Type {
	if !c.conf.OmitTypes {
		return c.info.Types[e]
	}
	if isNamePath(e) {
		return c.peek(e)
	}
	return nil
}

// isNamePath reports whether e is a name with constant fields below it.
func isNamePath(e ast.Expr) bool {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return true
		case *ast.IndexExpr:
			if _, ok := constString(x.Key); !ok {
				return false
			}
			e = x.Obj
		case *ast.ParenExpr:
			e = x.X
		default:
			return false
		}
	}
}

// assignable is the checker's relation: Assignable, cached.
func (c *checker) assignable(a, b *types.Type) bool { return c.rel.Assignable(a, b) }

// ---------------------------------------------------------------------------
// Type scopes

// blockTypes is the scope of the aliases declared in one block.
type blockTypes struct {
	parent types.Scope
	names  map[string]*types.Alias
}

func (s *blockTypes) LookupType(prefix, name string) *types.Alias {
	if prefix == "" {
		if a := s.names[name]; a != nil {
			return a
		}
	}
	return s.parent.LookupType(prefix, name)
}

func (s *blockTypes) TypeOf(x ast.Expr) *types.Type { return s.parent.TypeOf(x) }

// rootTypes is the outermost type scope: the exported types of the
// declaration files, and typeof answered by checking the expression.
type rootTypes struct{ c *checker }

func (s *rootTypes) LookupType(prefix, name string) *types.Alias {
	if prefix != "" {
		mod := prefix
		if m := s.c.moduleNames[prefix]; m != "" {
			mod = m
		}
		return s.c.conf.ModuleTypes[mod][name]
	}
	return s.c.env.aliases[name]
}

func (s *rootTypes) TypeOf(x ast.Expr) *types.Type {
	if t := s.c.checkedType(x); t != nil {
		return t
	}
	return s.c.expr(x, nil)
}

// openTypes puts the aliases of a block's statements in scope and returns
// the scope to restore when the block ends.
func (c *checker) openTypes(stmts []ast.Stmt) types.Scope {
	saved := c.tscope
	var bt *blockTypes
	for _, s := range stmts {
		d, ok := s.(*ast.TypeAliasStmt)
		if !ok {
			continue
		}
		if bt == nil {
			bt = &blockTypes{parent: saved, names: map[string]*types.Alias{}}
			c.tscope = bt
		}
		a := types.NewAlias(d, bt)
		c.aliases[d] = a
		if prev := bt.names[d.Name.Name]; prev != nil {
			c.errorAt(d.Name, DuplicateType, "type '%s' is already declared in this block (at %s)", d.Name.Name, posText(prev.Pos))
			continue
		}
		bt.names[d.Name.Name] = a
	}
	return saved
}
