package bytecode

// ConstKind is the type of a constant.
type ConstKind uint8

// Constant kinds.
const (
	ConstNil ConstKind = iota
	ConstBool
	ConstInt
	ConstFloat
	ConstString
	// ConstType is a run-time type value (spec/types.md): Str holds its
	// descriptor, the bytes of types.Encode. This package treats the bytes
	// as opaque; the VM turns them into a value through the decoder that
	// vm.SetTypeDecoder installs, and the listing prints them through
	// TypeFormatter.
	ConstType
)

// Constant is one entry of a function's constant table.
type Constant struct {
	Kind  ConstKind
	Bool  bool
	Int   int64
	Float float64
	Str   string // ConstString: the string; ConstType: the type descriptor
}

// UpvalDesc says where a closure finds an upvalue when it is created: in a
// register of the enclosing function (InStack) or in one of the enclosing
// function's own upvalues.
type UpvalDesc struct {
	Name    string
	InStack bool
	Index   int
}

// LocVar is the debug record of a local variable: its name and the range of
// instructions [StartPC, EndPC) during which it is alive. Locals occupy
// registers in the order of their declaration, as in Lua 5.3, so the n-th
// active local at a pc lives in register n-1.
type LocVar struct {
	Name    string
	StartPC int
	EndPC   int
}

// Proto is a compiled function prototype.
type Proto struct {
	Source          string // chunk name: "@file.lua", "=stdin", or the source text for strings
	LineDefined     int    // 0 for the main chunk
	LastLineDefined int
	NumParams       int
	IsVararg        bool
	MaxStack        int // number of registers needed (at least 2)

	Code      []Instruction
	Constants []Constant
	Upvalues  []UpvalDesc
	Protos    []*Proto

	// Debug information.
	LineInfo []int32 // source line of each instruction, parallel to Code
	LocVars  []LocVar
}
