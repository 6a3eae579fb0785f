package ast

import "wippylua/lexer"

// Pos is a source position (line and column, both from 1).
type Pos = lexer.Pos

// Node is implemented by every syntax tree node.
type Node interface {
	Start() Pos // position of the node's first token
}

// ---------------------------------------------------------------------------
// Chunks and blocks

// Chunk is a parsed source file: the body of the main function, which is
// always vararg.
type Chunk struct {
	Name  string // chunk name as used in messages, e.g. "@file.lua" or "=stdin"
	Block *Block
}

// Block is a sequence of statements with its own scope.
type Block struct {
	Pos   Pos
	Stmts []Stmt
	// EndLine is the line of the token that closes the block ("end",
	// "until", "else", "elseif" or EOF); the compiler uses it for the line of
	// the implicit return and for lastlinedefined.
	EndLine int
	// OpenLine is the line on which the token just before the block ends
	// ("do", "then", "else", "repeat", the ')' of a parameter list...), and
	// LastLine the line on which the block's last token ends (OpenLine when
	// the block is empty). lua5.3 stamps code emitted at those points with
	// them (e.g. a FORPREP with the line of "do").
	OpenLine int
	LastLine int
}

// ---------------------------------------------------------------------------
// Statements

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

type (
	// LocalStmt is `local a <: T>, b = e1, e2`.
	LocalStmt struct {
		Pos   Pos
		Names []*Ident
		Types []TypeExpr // parallel to Names; nil entries where unannotated (whole slice may be nil)
		Exprs []Expr
		// CommaLines are the lines of the ','s between Exprs, or nil
		// when every ',' is on the line where the expression before it
		// ends (the common case). Likewise in the other expression lists.
		CommaLines []int
	}

	// AssignStmt is `v1, v2 = e1, e2`. Targets are *Ident, *IndexExpr.
	AssignStmt struct {
		Pos        Pos
		Targets    []Expr
		Exprs      []Expr
		CommaLines []int // lines of the ','s between Exprs (see LocalStmt)
	}

	// CallStmt is a function or method call used as a statement.
	CallStmt struct {
		Call Expr // *CallExpr or *MethodCallExpr
	}

	// DoStmt is `do ... end`.
	DoStmt struct {
		Pos  Pos
		Body *Block
	}

	// WhileStmt is `while cond do ... end`.
	WhileStmt struct {
		Pos  Pos
		Cond Expr
		Body *Block
	}

	// RepeatStmt is `repeat ... until cond`; Cond sees the body's locals.
	RepeatStmt struct {
		Pos  Pos
		Body *Block
		Cond Expr
	}

	// IfStmt is `if c1 then b1 elseif c2 then b2 else b3 end`.
	IfStmt struct {
		Pos   Pos
		Conds []Expr   // one per if/elseif
		Thens []*Block // parallel to Conds
		Else  *Block   // nil when absent
	}

	// NumericForStmt is `for v = init, limit [, step] do ... end`.
	NumericForStmt struct {
		Pos   Pos
		Var   *Ident
		Type  TypeExpr // annotation of Var, or nil
		Init  Expr
		Limit Expr
		Step  Expr // nil when absent
		Body  *Block
	}

	// GenericForStmt is `for k, v in explist do ... end`.
	GenericForStmt struct {
		Pos        Pos
		Names      []*Ident
		Types      []TypeExpr // parallel to Names, nil entries when unannotated (may be nil)
		Exprs      []Expr
		CommaLines []int // lines of the ','s between Exprs (see LocalStmt)
		Body       *Block
	}

	// FunctionStmt is `function a.b.c:m(...) ... end`. Name is the target
	// (an *Ident, or *IndexExpr chain); IsMethod marks the `:m` form, in
	// which case Func already has "self" as its first parameter.
	FunctionStmt struct {
		Pos      Pos
		Name     Expr
		IsMethod bool
		Func     *FunctionExpr
	}

	// LocalFunctionStmt is `local function f(...) ... end`.
	LocalFunctionStmt struct {
		Pos  Pos
		Name *Ident
		Func *FunctionExpr
	}

	// ReturnStmt is `return e1, e2`; it is always the last statement of a block.
	ReturnStmt struct {
		Pos        Pos
		Exprs      []Expr
		CommaLines []int // lines of the ','s between Exprs (see LocalStmt)
	}

	// BreakStmt is `break`.
	BreakStmt struct {
		Pos Pos
		// PrevLine is the line on which the token before `break` ends:
		// lua5.3 emits the jump before reading `break`. Same for goto.
		PrevLine int
	}

	// GotoStmt is `goto label`.
	GotoStmt struct {
		Pos      Pos
		Label    string
		PrevLine int // see BreakStmt
	}

	// LabelStmt is `::label::`.
	LabelStmt struct {
		Pos  Pos
		Name string
	}

	// TypeAliasStmt is `[export] type Name<T, U: C> = T`. It has no runtime
	// effect until runtime type values exist.
	TypeAliasStmt struct {
		Pos      Pos
		Exported bool
		Name     *Ident
		Params   []*TypeParam
		Type     TypeExpr
	}
)

func (s *LocalStmt) Start() Pos         { return s.Pos }
func (s *AssignStmt) Start() Pos        { return s.Pos }
func (s *CallStmt) Start() Pos          { return s.Call.Start() }
func (s *DoStmt) Start() Pos            { return s.Pos }
func (s *WhileStmt) Start() Pos         { return s.Pos }
func (s *RepeatStmt) Start() Pos        { return s.Pos }
func (s *IfStmt) Start() Pos            { return s.Pos }
func (s *NumericForStmt) Start() Pos    { return s.Pos }
func (s *GenericForStmt) Start() Pos    { return s.Pos }
func (s *FunctionStmt) Start() Pos      { return s.Pos }
func (s *LocalFunctionStmt) Start() Pos { return s.Pos }
func (s *ReturnStmt) Start() Pos        { return s.Pos }
func (s *BreakStmt) Start() Pos         { return s.Pos }
func (s *GotoStmt) Start() Pos          { return s.Pos }
func (s *LabelStmt) Start() Pos         { return s.Pos }
func (s *TypeAliasStmt) Start() Pos     { return s.Pos }

func (*LocalStmt) stmtNode()         {}
func (*AssignStmt) stmtNode()        {}
func (*CallStmt) stmtNode()          {}
func (*DoStmt) stmtNode()            {}
func (*WhileStmt) stmtNode()         {}
func (*RepeatStmt) stmtNode()        {}
func (*IfStmt) stmtNode()            {}
func (*NumericForStmt) stmtNode()    {}
func (*GenericForStmt) stmtNode()    {}
func (*FunctionStmt) stmtNode()      {}
func (*LocalFunctionStmt) stmtNode() {}
func (*ReturnStmt) stmtNode()        {}
func (*BreakStmt) stmtNode()         {}
func (*GotoStmt) stmtNode()          {}
func (*LabelStmt) stmtNode()         {}
func (*TypeAliasStmt) stmtNode()     {}

// ---------------------------------------------------------------------------
// Expressions

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

type (
	// NilExpr is `nil`.
	NilExpr struct{ Pos Pos }
	// TrueExpr is `true`.
	TrueExpr struct{ Pos Pos }
	// FalseExpr is `false`.
	FalseExpr struct{ Pos Pos }
	// VarargExpr is `...`. PrevLine is the line on which the token before
	// it ends: lua5.3 emits VARARG before reading `...`.
	VarargExpr struct {
		Pos      Pos
		PrevLine int
	}

	// IntExpr is an integer numeral.
	IntExpr struct {
		Pos   Pos
		Value int64
	}
	// FloatExpr is a float numeral.
	FloatExpr struct {
		Pos   Pos
		Value float64
	}
	// StringExpr is a string literal (decoded bytes).
	StringExpr struct {
		Pos   Pos
		Value string
		// EndLine is the line on which the literal ends, later than
		// Pos.Line for long strings and escaped newlines.
		EndLine int
	}

	// Ident is a name: a local, an upvalue or a global, resolved by the compiler.
	Ident struct {
		Pos  Pos
		Name string
	}

	// IndexExpr is `obj[key]`; `obj.name` is an IndexExpr whose Key is a
	// StringExpr and Dot is true (the compiler uses Dot only for messages).
	IndexExpr struct {
		Pos     Pos // position of the '[' or '.'; Start() returns Obj's start
		Obj     Expr
		Key     Expr
		Dot     bool
		EndLine int // line of the closing ']' (of the name for `obj.name`)
	}

	// CallExpr is `fn(args)`, `fn "str"` or `fn {table}`.
	CallExpr struct {
		Pos  Pos // position of the opening '(' (or string / '{'): the call's line
		Fn   Expr
		Args []Expr
		// EndLine is the line on which the arguments end: the closing
		// ')', the '}' of a table argument or the end of a string one.
		EndLine    int
		CommaLines []int // lines of the ','s between Args (see LocalStmt)
	}

	// MethodCallExpr is `obj:name(args)`.
	MethodCallExpr struct {
		Pos        Pos // position of the ':'
		Obj        Expr
		Method     string
		Args       []Expr
		ArgsPos    Pos   // position of the '(' (or string / '{') starting the arguments
		EndLine    int   // see CallExpr
		CommaLines []int // lines of the ','s between Args (see LocalStmt)
	}

	// FunctionExpr is `function (params) body end`, also the body of
	// function statements.
	FunctionExpr struct {
		Pos        Pos // position of the 'function' keyword
		TypeParams []*TypeParam
		Params     []*Ident
		ParamTypes []TypeExpr // parallel to Params, nil entries when unannotated (may be nil)
		IsVararg   bool
		VarargType TypeExpr   // annotation of `...: T`, or nil
		Returns    []TypeExpr // return type list, nil when unannotated
		Body       *Block
		EndLine    int // line of the closing 'end' (lastlinedefined)
		// LineDefined is lua5.3's linedefined: the line of the 'function'
		// keyword for function statements, else the line on which the
		// token after 'function' (or after the name of a local function)
		// ends.
		LineDefined int
		// NextLine is the line on which the token after 'end' ends, where
		// lua5.3 reports the function's unresolved gotos.
		NextLine int
	}

	// BinaryExpr is `L op R` (arithmetic, bitwise, comparison, concat).
	BinaryExpr struct {
		Pos Pos // position of the operator token
		Op  BinOp
		L   Expr
		R   Expr
	}

	// LogicalExpr is `L and R` / `L or R`.
	LogicalExpr struct {
		Pos Pos // position of the operator
		And bool
		L   Expr
		R   Expr
	}

	// UnaryExpr is `-x`, `not x`, `#x`, `~x`.
	UnaryExpr struct {
		Pos Pos
		Op  UnOp
		X   Expr
	}

	// ParenExpr is `(e)`: truncates multiple results to one.
	ParenExpr struct {
		Pos     Pos
		X       Expr
		EndLine int // line of the closing ')'
	}

	// TableExpr is a table constructor.
	TableExpr struct {
		Pos    Pos
		Fields []*TableField
		EndPos Pos // position of the closing '}'
		// PrevLine is the line on which the token before '{' ends: lua5.3
		// emits NEWTABLE before reading '{'.
		PrevLine int
	}

	// CastExpr is `e :: T` or `e as T`; it has no runtime effect.
	CastExpr struct {
		Pos  Pos // position of '::' or 'as'
		X    Expr
		Type TypeExpr
	}

	// NonNilExpr is `e!`; it has no runtime effect.
	NonNilExpr struct {
		Pos Pos // position of '!'
		X   Expr
	}
)

// TableField is one entry of a table constructor: `[k] = v`, `name = v`
// (Key is a StringExpr, Named is true) or a positional `v` (Key is nil).
type TableField struct {
	Pos   Pos
	Key   Expr
	Named bool
	Value Expr
	// SepLine is the line of the ',' or ';' after the field, 0 when none.
	SepLine int
}

// BinOp is a binary operator.
type BinOp uint8

// Binary operators.
const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpDiv
	OpIDiv
	OpMod
	OpPow
	OpBAnd
	OpBOr
	OpBXor
	OpShl
	OpShr
	OpConcat
	OpEq
	OpNe
	OpLt
	OpLe
	OpGt
	OpGe
)

var binOpNames = [...]string{"+", "-", "*", "/", "//", "%", "^", "&", "|", "~", "<<", ">>", "..", "==", "~=", "<", "<=", ">", ">="}

func (o BinOp) String() string { return binOpNames[o] }

// UnOp is a unary operator.
type UnOp uint8

// Unary operators.
const (
	OpNeg  UnOp = iota // -
	OpNot              // not
	OpLen              // #
	OpBNot             // ~
)

var unOpNames = [...]string{"-", "not", "#", "~"}

func (o UnOp) String() string { return unOpNames[o] }

func (e *NilExpr) Start() Pos        { return e.Pos }
func (e *TrueExpr) Start() Pos       { return e.Pos }
func (e *FalseExpr) Start() Pos      { return e.Pos }
func (e *VarargExpr) Start() Pos     { return e.Pos }
func (e *IntExpr) Start() Pos        { return e.Pos }
func (e *FloatExpr) Start() Pos      { return e.Pos }
func (e *StringExpr) Start() Pos     { return e.Pos }
func (e *Ident) Start() Pos          { return e.Pos }
func (e *IndexExpr) Start() Pos      { return e.Obj.Start() }
func (e *CallExpr) Start() Pos       { return e.Fn.Start() }
func (e *MethodCallExpr) Start() Pos { return e.Obj.Start() }
func (e *FunctionExpr) Start() Pos   { return e.Pos }
func (e *BinaryExpr) Start() Pos     { return e.L.Start() }
func (e *LogicalExpr) Start() Pos    { return e.L.Start() }
func (e *UnaryExpr) Start() Pos      { return e.Pos }
func (e *ParenExpr) Start() Pos      { return e.Pos }
func (e *TableExpr) Start() Pos      { return e.Pos }
func (e *CastExpr) Start() Pos       { return e.X.Start() }
func (e *NonNilExpr) Start() Pos     { return e.X.Start() }

func (*NilExpr) exprNode()        {}
func (*TrueExpr) exprNode()       {}
func (*FalseExpr) exprNode()      {}
func (*VarargExpr) exprNode()     {}
func (*IntExpr) exprNode()        {}
func (*FloatExpr) exprNode()      {}
func (*StringExpr) exprNode()     {}
func (*Ident) exprNode()          {}
func (*IndexExpr) exprNode()      {}
func (*CallExpr) exprNode()       {}
func (*MethodCallExpr) exprNode() {}
func (*FunctionExpr) exprNode()   {}
func (*BinaryExpr) exprNode()     {}
func (*LogicalExpr) exprNode()    {}
func (*UnaryExpr) exprNode()      {}
func (*ParenExpr) exprNode()      {}
func (*TableExpr) exprNode()      {}
func (*CastExpr) exprNode()       {}
func (*NonNilExpr) exprNode()     {}

// IsMultiValue reports whether e can produce several values (a call or
// `...`) when it is the last expression of a list.
func IsMultiValue(e Expr) bool {
	switch e.(type) {
	case *CallExpr, *MethodCallExpr, *VarargExpr:
		return true
	}
	return false
}

// ---------------------------------------------------------------------------
// Type expressions (spec/types.md). The compiler ignores them; the checker
// reads them.

// TypeExpr is a type expression node.
type TypeExpr interface {
	Node
	typeNode()
}

// TypeParam is a generic parameter `T` or `T: Constraint`.
type TypeParam struct {
	Pos        Pos
	Name       string
	Constraint TypeExpr // nil when unconstrained
}

type (
	// NamedType is a primitive or alias reference, possibly generic and
	// possibly qualified: `number`, `Result<T, E>`, `mod.Type`.
	NamedType struct {
		Pos    Pos
		Prefix string // module qualifier, "" when none
		Name   string
		Args   []TypeExpr
	}

	// LiteralType is a singleton type: a string, number or boolean literal
	// (Value is a string, int64, float64 or bool), or nil.
	LiteralType struct {
		Pos   Pos
		Value any
	}

	// OptionalType is `T?`.
	OptionalType struct {
		Pos   Pos // position of '?'
		Inner TypeExpr
	}

	// UnionType is `A | B | C`.
	UnionType struct {
		Pos   Pos
		Types []TypeExpr
	}

	// IntersectionType is `A & B & C`.
	IntersectionType struct {
		Pos   Pos
		Types []TypeExpr
	}

	// ArrayType is `{T}`.
	ArrayType struct {
		Pos  Pos
		Elem TypeExpr
	}

	// MapType is `{[K]: V}`.
	MapType struct {
		Pos Pos
		Key TypeExpr
		Val TypeExpr
	}

	// RecordType is `{name: T, age?: U}`.
	RecordType struct {
		Pos    Pos
		Fields []*RecordField
	}

	// FunctionType is `<T>(a: A, B, ...C) -> R` where R is a single type or
	// a parenthesised list.
	FunctionType struct {
		Pos        Pos
		TypeParams []*TypeParam
		Params     []TypeExpr
		ParamNames []string // parallel to Params, "" where unnamed
		Vararg     TypeExpr // type of `...`, or nil
		Returns    []TypeExpr
	}

	// TypeofType is `typeof(expr)`.
	TypeofType struct {
		Pos Pos
		X   Expr
	}

	// ValidatedType is `T @min(1) @max(10)`.
	ValidatedType struct {
		Pos        Pos
		Inner      TypeExpr
		Validators []*Validator
	}

	// VariadicType is `...T` as the last entry of a result list,
	// `-> (A, ...B)`: any number of further results of type T. It appears
	// only as the last element of FunctionType.Returns or
	// FunctionExpr.Returns.
	VariadicType struct {
		Pos  Pos
		Elem TypeExpr
	}

	// ParenType is `(T)`, kept so that printing round-trips.
	ParenType struct {
		Pos   Pos
		Inner TypeExpr
	}
)

// RecordField is one field of a record type.
type RecordField struct {
	Pos      Pos
	Name     string
	Optional bool // `name?: T`
	Readonly bool // `readonly name: T`
	Type     TypeExpr
}

// Validator is `@name(args)` attached to a type.
type Validator struct {
	Pos  Pos
	Name string
	Args []Expr // literal expressions
}

func (t *NamedType) Start() Pos        { return t.Pos }
func (t *LiteralType) Start() Pos      { return t.Pos }
func (t *OptionalType) Start() Pos     { return t.Inner.Start() }
func (t *UnionType) Start() Pos        { return t.Pos }
func (t *IntersectionType) Start() Pos { return t.Pos }
func (t *ArrayType) Start() Pos        { return t.Pos }
func (t *MapType) Start() Pos          { return t.Pos }
func (t *RecordType) Start() Pos       { return t.Pos }
func (t *FunctionType) Start() Pos     { return t.Pos }
func (t *TypeofType) Start() Pos       { return t.Pos }
func (t *ValidatedType) Start() Pos    { return t.Pos }
func (t *ParenType) Start() Pos        { return t.Pos }
func (t *VariadicType) Start() Pos     { return t.Pos }

func (*NamedType) typeNode()        {}
func (*LiteralType) typeNode()      {}
func (*OptionalType) typeNode()     {}
func (*UnionType) typeNode()        {}
func (*IntersectionType) typeNode() {}
func (*ArrayType) typeNode()        {}
func (*MapType) typeNode()          {}
func (*RecordType) typeNode()       {}
func (*FunctionType) typeNode()     {}
func (*TypeofType) typeNode()       {}
func (*ValidatedType) typeNode()    {}
func (*ParenType) typeNode()        {}
func (*VariadicType) typeNode()     {}
