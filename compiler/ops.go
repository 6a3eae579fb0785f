package compiler

import (
	"wippylua/ast"
	"wippylua/bytecode"
)

// arithOps maps the arithmetic and bitwise operators of the tree to their
// opcodes; the other operators map to 0 and are handled separately.
var arithOps = [...]bytecode.Op{
	ast.OpAdd:  bytecode.ADD,
	ast.OpSub:  bytecode.SUB,
	ast.OpMul:  bytecode.MUL,
	ast.OpDiv:  bytecode.DIV,
	ast.OpIDiv: bytecode.IDIV,
	ast.OpMod:  bytecode.MOD,
	ast.OpPow:  bytecode.POW,
	ast.OpBAnd: bytecode.BAND,
	ast.OpBOr:  bytecode.BOR,
	ast.OpBXor: bytecode.BXOR,
	ast.OpShl:  bytecode.SHL,
	ast.OpShr:  bytecode.SHR,
	ast.OpGe:   0, // sizes the table to every operator
}

func isArith(op ast.BinOp) bool { return op <= ast.OpShr }

// infix prepares the left operand of a binary operator before the right
// one is compiled (lua5.3's luaK_infix).
func (fs *funcState) infix(op ast.BinOp, v *expdesc) {
	switch {
	case op == ast.OpConcat:
		fs.exp2NextReg(v) // CONCAT needs its operands in consecutive registers
	case isArith(op):
		if _, ok := toNumeral(v); !ok {
			fs.exp2RK(v)
		} // else keep the numeral: it may fold with the right operand
	default: // comparisons
		fs.exp2RK(v)
	}
}

// logicalInfix is infix for `and` / `or`: the left operand becomes a
// conditional jump.
func (fs *funcState) logicalInfix(and bool, v *expdesc) {
	if and {
		fs.goIfTrue(v)
	} else {
		fs.goIfFalse(v)
	}
}

// logicalPosfix finishes `e1 and e2` / `e1 or e2` (lua5.3's luaK_posfix).
func (fs *funcState) logicalPosfix(and bool, e1, e2 *expdesc) {
	fs.dischargeVars(e2)
	if and {
		fs.concat(&e2.fl, e1.fl)
	} else {
		fs.concat(&e2.tl, e1.tl)
	}
	*e1 = *e2
}

// posfix finishes a binary operation once both operands are compiled;
// line is the operator's line.
func (fs *funcState) posfix(op ast.BinOp, e1, e2 *expdesc, line int) {
	switch {
	case op == ast.OpConcat:
		fs.exp2Val(e2)
		if e2.k == kReloc && fs.instr(e2).Op() == bytecode.CONCAT {
			// a .. (b .. c): extend the right CONCAT to start at a's register.
			fs.freeExp(e1)
			i := fs.instr(e2)
			*i = i.SetB(e1.info)
			e1.k = kReloc
			e1.info = e2.info
		} else {
			fs.exp2NextReg(e2)
			fs.codeBinExpVal(bytecode.CONCAT, e1, e2, line)
		}
	case isArith(op):
		o := arithOps[op]
		if !constFold(o, e1, e2) {
			fs.codeBinExpVal(o, e1, e2, line)
		}
	default:
		fs.codeComp(op, e1, e2)
	}
}

// codeBinExpVal emits a binary operation on RK operands.
func (fs *funcState) codeBinExpVal(op bytecode.Op, e1, e2 *expdesc, line int) {
	rk2 := fs.exp2RK(e2)
	rk1 := fs.exp2RK(e1)
	fs.freeExps(e1, e2)
	e1.info = fs.emitABC(op, 0, rk1, rk2)
	e1.k = kReloc
	fs.fixLine(line)
}

// codeComp emits a comparison as a test plus jump. `a ~= b` is `not (a ==
// b)`; `a > b` is `b < a` and `a >= b` is `b <= a`.
func (fs *funcState) codeComp(op ast.BinOp, e1, e2 *expdesc) {
	var rk1 int
	if e1.k == kK {
		rk1 = bytecode.RKAsK(e1.info)
	} else {
		rk1 = e1.info // kNonReloc, left by infix
	}
	rk2 := fs.exp2RK(e2)
	fs.freeExps(e1, e2)
	switch op {
	case ast.OpEq:
		e1.info = fs.condJump(bytecode.EQ, 1, rk1, rk2)
	case ast.OpNe:
		e1.info = fs.condJump(bytecode.EQ, 0, rk1, rk2)
	case ast.OpLt:
		e1.info = fs.condJump(bytecode.LT, 1, rk1, rk2)
	case ast.OpLe:
		e1.info = fs.condJump(bytecode.LE, 1, rk1, rk2)
	case ast.OpGt:
		e1.info = fs.condJump(bytecode.LT, 1, rk2, rk1)
	case ast.OpGe:
		e1.info = fs.condJump(bytecode.LE, 1, rk2, rk1)
	}
	e1.k = kJmp
}

// prefix compiles a unary operator applied to e; line is the operator's.
func (fs *funcState) prefix(op ast.UnOp, e *expdesc, line int) {
	switch op {
	case ast.OpNeg, ast.OpBNot:
		o := bytecode.UNM
		if op == ast.OpBNot {
			o = bytecode.BNOT
		}
		zero := expdesc{k: kKInt, tl: noJump, fl: noJump}
		if !constFold(o, e, &zero) {
			fs.codeUnExpVal(o, e, line)
		}
	case ast.OpLen:
		fs.codeUnExpVal(bytecode.LEN, e, line)
	case ast.OpNot:
		fs.codeNot(e)
	}
}

// codeUnExpVal emits a unary operation on a register.
func (fs *funcState) codeUnExpVal(op bytecode.Op, e *expdesc, line int) {
	r := fs.exp2AnyReg(e)
	fs.freeExp(e)
	e.info = fs.emitABC(op, 0, r, 0)
	e.k = kReloc
	fs.fixLine(line)
}
