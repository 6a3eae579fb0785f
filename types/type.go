package types

// Kind is the outermost constructor of a type.
type Kind uint8

const (
	KindNil Kind = iota
	KindBoolean
	KindNumber
	KindInteger
	KindString
	KindAny
	KindUnknown
	KindNever
	KindTable    // any table
	KindFunction // any function, or a function type when Sig is set
	KindThread
	KindUserdata
	KindError // an error value of the errors module
	KindType  // a runtime type value

	KindLiteral      // a singleton: Lit holds string, int64, float64 or bool
	KindOptional     // Inner | nil
	KindUnion        // Variants
	KindIntersection // Variants
	KindRecord       // Fields
	KindArray        // {Elem}
	KindMap          // {[Key]: Val}
	KindParam        // a generic type parameter, named by Name
)

// kindNames are the results of T:kind() (spec/types.md).
var kindNames = [...]string{
	KindNil: "nil", KindBoolean: "boolean", KindNumber: "number", KindInteger: "integer",
	KindString: "string", KindAny: "any", KindUnknown: "unknown", KindNever: "never",
	KindTable: "table", KindFunction: "function", KindThread: "thread", KindUserdata: "userdata",
	KindError: "error", KindType: "type", KindLiteral: "literal", KindOptional: "optional",
	KindUnion: "union", KindIntersection: "intersection", KindRecord: "record",
	KindArray: "array", KindMap: "map", KindParam: "param",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "invalid"
}

// Type is one type. Which fields are meaningful depends on Kind; the
// others are zero. Types form a graph, not a tree: a recursive alias such
// as `type Node = {next: Node?}` refers back to itself, so every walk over
// a Type must stop at types it has already entered.
//
// A Type is immutable once it is fully built; code that builds one (the
// alias resolver, the decoder) finishes it before handing it out.
type Type struct {
	Kind Kind

	// Name is the alias the type was declared with ("" when anonymous);
	// for KindParam, the parameter's name. Printing uses the name for
	// nested occurrences, which is also how recursive types print.
	Name string
	// Args are the type arguments when Name is a generic alias
	// instantiation (`Result<number, string>`), for printing.
	Args []*Type

	Lit any // KindLiteral: string, int64, float64 or bool

	Inner    *Type   // KindOptional; for KindType, the type the value stands for when known
	Variants []*Type // KindUnion, KindIntersection: flattened, no duplicates
	Fields   []Field // KindRecord, in declaration order
	Elem     *Type   // KindArray
	Key, Val *Type   // KindMap

	Sig *Signature // KindFunction with a signature; nil for the plain `function`

	// Constraint is the bound of a KindParam (`T: HasName`), or nil.
	Constraint *Type

	// Validators are run-time checks attached with `@name(args)`.
	Validators []Validator

	// Open marks a record or array the checker inferred from a table
	// constructor rather than one declared by an annotation: such a table
	// may still gain fields, so Assignable converts it leniently (missing
	// fields allowed, fields covariant). Equal and printing ignore it, and
	// it never appears in types built from annotations.
	Open bool
}

// Field is one field of a record type.
type Field struct {
	Name     string
	Type     *Type
	Optional bool // `name?: T`
	Readonly bool // covariant in subtyping
}

// Signature is the type of a function: `<T>(a: A, B, ...C) -> (R1, R2)`.
type Signature struct {
	TypeParams []*Type // KindParam types
	Params     []Param
	Vararg     *Type // type of each extra argument, or nil when none are accepted
	Returns    []*Type
	// VarReturn is the type of each extra result (`-> (A, ...B)`), or nil.
	VarReturn *Type
}

// Param is one parameter of a function type.
type Param struct {
	Name string // "" when unnamed
	Type *Type
}

// Validator is a run-time check `@name(args)`; Args hold int64, float64,
// string or bool values.
type Validator struct {
	Name string
	Args []any
}

// The primitive types. They are shared singletons: compare kinds, not
// pointers, since decoded or built types may hold their own copies.
var (
	Nil      = &Type{Kind: KindNil}
	Boolean  = &Type{Kind: KindBoolean}
	Number   = &Type{Kind: KindNumber}
	Integer  = &Type{Kind: KindInteger}
	String   = &Type{Kind: KindString}
	Any      = &Type{Kind: KindAny}
	Unknown  = &Type{Kind: KindUnknown}
	Never    = &Type{Kind: KindNever}
	Table    = &Type{Kind: KindTable}
	Function = &Type{Kind: KindFunction}
	Thread   = &Type{Kind: KindThread}
	Userdata = &Type{Kind: KindUserdata}
	Error    = &Type{Kind: KindError}
	TypeType = &Type{Kind: KindType}
)

// Builtins maps the names usable in annotations without declaration to
// their types.
var Builtins = map[string]*Type{
	"nil": Nil, "boolean": Boolean, "number": Number, "integer": Integer,
	"string": String, "any": Any, "unknown": Unknown, "never": Never,
	"table": Table, "function": Function, "thread": Thread, "userdata": Userdata,
	"error": Error, "type": TypeType,
}
