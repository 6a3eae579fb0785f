package bytecode

import "fmt"

// Instruction is one 64-bit VM instruction.
//
// Layout (bit 0 is the least significant):
//
//	bits  0..7   op   (Op)
//	bits  8..15  A    (register, or a flag for EQ/LT/LE/TEST/JMP)
//	bits 16..31  B    (register, RK operand, or count)
//	bits 32..63  C    (register, RK operand, count; read as Bx unsigned or
//	                   sBx signed for the iABx and iAsBx forms)
//
// 64-bit instructions let every operand live in its own field: no
// EXTRAARG, no split fields, a single shift per operand when decoding.
//
// An RK operand (B or C of the instructions documented with RK) names a
// register when it is below MaxRegs and the constant K[x-MaxRegs] otherwise.
type Instruction uint64

// MaxRegs is the number of registers a function may use; it is also the
// offset of constants in RK operands. Lua 5.3 uses the same limit (255 usable).
const MaxRegs = 256

// MaxRKConst is the largest constant index that fits an RK operand in B.
const MaxRKConst = 0xFFFF - MaxRegs

// FieldsPerFlush is how many list items of a table constructor the compiler
// stores with one SETLIST (same as Lua's LFIELDS_PER_FLUSH).
const FieldsPerFlush = 50

// Op is an opcode.
type Op uint8

// Opcodes. The semantics follow Lua 5.3's instruction set; R(x) is register
// x of the current frame, K(x) constant x, RK(x) see Instruction, U(x)
// upvalue x. "top" is the end of the values produced by the previous
// multi-result instruction (CALL with C=0 or VARARG with B=0).
const (
	MOVE     Op = iota // A B     R(A) := R(B)
	LOADK              // A Bx    R(A) := K(Bx)
	LOADBOOL           // A B C   R(A) := (B != 0); if C != 0 then pc++
	LOADNIL            // A B     R(A), ..., R(A+B) := nil
	GETUPVAL           // A B     R(A) := U(B)
	GETTABUP           // A B C   R(A) := U(B)[RK(C)]
	GETTABLE           // A B C   R(A) := R(B)[RK(C)]
	SETTABUP           // A B C   U(A)[RK(B)] := RK(C)
	SETUPVAL           // A B     U(B) := R(A)
	SETTABLE           // A B C   R(A)[RK(B)] := RK(C)
	NEWTABLE           // A B C   R(A) := {} with array size hint B, hash size hint C
	SELF               // A B C   R(A+1) := R(B); R(A) := R(B)[RK(C)]

	ADD  // A B C   R(A) := RK(B) + RK(C)
	SUB  // A B C   -
	MUL  // A B C   *
	MOD  // A B C   %
	POW  // A B C   ^
	DIV  // A B C   /
	IDIV // A B C   //
	BAND // A B C   &
	BOR  // A B C   |
	BXOR // A B C   ~
	SHL  // A B C   <<
	SHR  // A B C   >>
	UNM  // A B     R(A) := -R(B)
	BNOT // A B     R(A) := ~R(B)
	NOT  // A B     R(A) := not R(B)
	LEN  // A B     R(A) := #R(B)

	CONCAT // A B C   R(A) := R(B) .. ... .. R(C)

	JMP // A sBx   pc += sBx; if A != 0 then close upvalues >= R(A-1)
	EQ  // A B C   if (RK(B) == RK(C)) ~= A then pc++
	LT  // A B C   if (RK(B) <  RK(C)) ~= A then pc++
	LE  // A B C   if (RK(B) <= RK(C)) ~= A then pc++

	TEST    // A C     if not (truthy(R(A)) == C) then pc++
	TESTSET // A B C   if truthy(R(B)) == C then R(A) := R(B) else pc++

	CALL     // A B C   R(A), ..., R(A+C-2) := R(A)(R(A+1), ..., R(A+B-1)); B=0: args to top; C=0: all results, set top
	TAILCALL // A B     return R(A)(R(A+1), ..., R(A+B-1)); B=0: args to top
	RETURN   // A B     return R(A), ..., R(A+B-2); B=0: up to top

	FORLOOP // A sBx   R(A) += R(A+2); if R(A) <?= R(A+1) then { pc += sBx; R(A+3) := R(A) }
	FORPREP // A sBx   check and convert R(A..A+2); R(A) -= R(A+2); pc += sBx

	TFORCALL // A C     R(A+3), ..., R(A+2+C) := R(A)(R(A+1), R(A+2))
	TFORLOOP // A sBx   if R(A+1) ~= nil then { R(A) := R(A+1); pc += sBx }

	SETLIST // A B C   R(A)[C+i] := R(A+i) for 1 <= i <= B; B=0: up to top
	CLOSURE // A Bx    R(A) := closure(P(Bx))
	VARARG  // A B     R(A), ..., R(A+B-2) := vararg; B=0: all, set top

	NumOps
)

var opNames = [...]string{
	"MOVE", "LOADK", "LOADBOOL", "LOADNIL", "GETUPVAL", "GETTABUP", "GETTABLE",
	"SETTABUP", "SETUPVAL", "SETTABLE", "NEWTABLE", "SELF",
	"ADD", "SUB", "MUL", "MOD", "POW", "DIV", "IDIV", "BAND", "BOR", "BXOR",
	"SHL", "SHR", "UNM", "BNOT", "NOT", "LEN", "CONCAT",
	"JMP", "EQ", "LT", "LE", "TEST", "TESTSET",
	"CALL", "TAILCALL", "RETURN", "FORLOOP", "FORPREP", "TFORCALL", "TFORLOOP",
	"SETLIST", "CLOSURE", "VARARG",
}

func (o Op) String() string {
	if int(o) < len(opNames) {
		return opNames[o]
	}
	return fmt.Sprintf("OP%d", uint8(o))
}

// Form is the operand layout of an opcode.
type Form uint8

// Operand layouts.
const (
	FormABC  Form = iota // A, B, C
	FormABx              // A, unsigned Bx (in the C field)
	FormAsBx             // A, signed sBx (in the C field)
)

// FormOf returns the operand layout of op.
func FormOf(op Op) Form {
	switch op {
	case LOADK, CLOSURE:
		return FormABx
	case JMP, FORLOOP, FORPREP, TFORLOOP:
		return FormAsBx
	}
	return FormABC
}

// Op returns the opcode.
func (i Instruction) Op() Op { return Op(i) }

// A returns the A field.
func (i Instruction) A() int { return int(uint8(i >> 8)) }

// B returns the B field.
func (i Instruction) B() int { return int(uint16(i >> 16)) }

// C returns the C field.
func (i Instruction) C() int { return int(uint32(i >> 32)) }

// Bx returns the C field read as an unsigned operand.
func (i Instruction) Bx() int { return int(uint32(i >> 32)) }

// SBx returns the C field read as a signed operand.
func (i Instruction) SBx() int { return int(int32(i >> 32)) }

// ABC builds an instruction of form ABC.
func ABC(op Op, a, b, c int) Instruction {
	return Instruction(op) | Instruction(uint8(a))<<8 | Instruction(uint16(b))<<16 | Instruction(uint32(c))<<32
}

// ABx builds an instruction of form ABx.
func ABx(op Op, a, bx int) Instruction {
	return Instruction(op) | Instruction(uint8(a))<<8 | Instruction(uint32(bx))<<32
}

// AsBx builds an instruction of form AsBx.
func AsBx(op Op, a, sbx int) Instruction {
	return Instruction(op) | Instruction(uint8(a))<<8 | Instruction(uint32(int32(sbx)))<<32
}

// IsK reports whether an RK operand names a constant.
func IsK(x int) bool { return x >= MaxRegs }

// IndexK returns the constant index of an RK operand that names a constant.
func IndexK(x int) int { return x - MaxRegs }

// RKAsK encodes constant index k as an RK operand.
func RKAsK(k int) int { return k + MaxRegs }

// SetA returns i with field A replaced.
func (i Instruction) SetA(a int) Instruction {
	return i&^(0xFF<<8) | Instruction(uint8(a))<<8
}

// SetB returns i with field B replaced.
func (i Instruction) SetB(b int) Instruction {
	return i&^(0xFFFF<<16) | Instruction(uint16(b))<<16
}

// SetC returns i with field C replaced.
func (i Instruction) SetC(c int) Instruction {
	return i&0xFFFFFFFF | Instruction(uint32(c))<<32
}

// SetSBx returns i with its signed C field replaced.
func (i Instruction) SetSBx(sbx int) Instruction {
	return i&0xFFFFFFFF | Instruction(uint32(int32(sbx)))<<32
}

func (i Instruction) String() string {
	op := i.Op()
	switch FormOf(op) {
	case FormABx:
		return fmt.Sprintf("%-9s %d %d", op, i.A(), i.Bx())
	case FormAsBx:
		return fmt.Sprintf("%-9s %d %d", op, i.A(), i.SBx())
	}
	return fmt.Sprintf("%-9s %d %d %d", op, i.A(), i.B(), i.C())
}
