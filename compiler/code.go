package compiler

import (
	"math"

	"wippylua/bytecode"
)

// noJump ends a jump list. Jump lists are threaded through the sBx fields
// of the JMP instructions themselves, as in lua5.3, so building them costs
// no allocation.
const noJump = -1

// noReg is the A operand of a TESTSET whose result register is not known
// yet (lua5.3's NO_REG).
const noReg = 255

// emit appends instruction i stamped with the current line and returns its
// pc. Jumps pending to "the next instruction" are fixed first.
func (fs *funcState) emit(i bytecode.Instruction) int {
	fs.dischargeJpc()
	f := fs.f
	f.Code = append(f.Code, i)
	f.LineInfo = append(f.LineInfo, int32(fs.c.line))
	return len(f.Code) - 1
}

func (fs *funcState) emitABC(op bytecode.Op, a, b, c int) int {
	return fs.emit(bytecode.ABC(op, a, b, c))
}

func (fs *funcState) emitABx(op bytecode.Op, a, bx int) int {
	return fs.emit(bytecode.ABx(op, a, bx))
}

func (fs *funcState) emitAsBx(op bytecode.Op, a, sbx int) int {
	return fs.emit(bytecode.AsBx(op, a, sbx))
}

// fixLine gives the last instruction emitted the given line: lua5.3 does
// this for operators (the operator's line) and calls (the line where the
// called expression starts).
func (fs *funcState) fixLine(line int) {
	fs.f.LineInfo[len(fs.f.LineInfo)-1] = int32(line)
}

// removeLast drops the last instruction (used when a NOT is folded into a
// TEST).
func (fs *funcState) removeLast() {
	n := len(fs.f.Code) - 1
	fs.f.Code = fs.f.Code[:n]
	fs.f.LineInfo = fs.f.LineInfo[:n]
}

// loadK loads constant k into register reg.
func (fs *funcState) loadK(reg, k int) int {
	return fs.emitABx(bytecode.LOADK, reg, k)
}

// ret emits RETURN of nret values from register first (nret -1: up to top).
func (fs *funcState) ret(first, nret int) {
	fs.emitABC(bytecode.RETURN, first, nret+1, 0)
}

// nilRange sets n registers from `from` to nil, merging with an immediately
// preceding LOADNIL when no jump lands between them (lua5.3's luaK_nil).
func (fs *funcState) nilRange(from, n int) {
	last := from + n - 1
	if pc := fs.pc(); pc > fs.lasttarget {
		prev := &fs.f.Code[pc-1]
		if prev.Op() == bytecode.LOADNIL {
			pfrom := prev.A()
			pl := pfrom + prev.B()
			if (pfrom <= from && from <= pl+1) || (from <= pfrom && pfrom <= last+1) {
				from = min(from, pfrom)
				last = max(last, pl)
				*prev = prev.SetA(from).SetB(last - from)
				return
			}
		}
	}
	fs.emitABC(bytecode.LOADNIL, from, n-1, 0)
}

// ---------------------------------------------------------------------------
// Registers

// checkStack makes room for n more registers above freereg.
func (fs *funcState) checkStack(n int) {
	newstack := fs.freereg + n
	if newstack > fs.f.MaxStack {
		if newstack >= maxRegs {
			fs.c.registerError()
		}
		fs.f.MaxStack = newstack
	}
}

// reserveRegs allocates n registers at freereg.
func (fs *funcState) reserveRegs(n int) {
	fs.checkStack(n)
	fs.freereg += n
}

// freeReg releases reg if it is a temporary (not a constant, not a local).
// Temporaries are freed in stack order.
func (fs *funcState) freeReg(reg int) {
	if !bytecode.IsK(reg) && reg >= fs.nactvar {
		fs.freereg--
	}
}

// freeExp releases the register held by e, if any.
func (fs *funcState) freeExp(e *expdesc) {
	if e.k == kNonReloc {
		fs.freeReg(e.info)
	}
}

// freeExps releases the registers of two operands, the higher first.
func (fs *funcState) freeExps(e1, e2 *expdesc) {
	r1, r2 := -1, -1
	if e1.k == kNonReloc {
		r1 = e1.info
	}
	if e2.k == kNonReloc {
		r2 = e2.info
	}
	if r1 > r2 {
		fs.freeReg(r1)
		fs.freeReg(r2)
	} else {
		fs.freeReg(r2)
		fs.freeReg(r1)
	}
}

// ---------------------------------------------------------------------------
// Constants

// constKey identifies a constant value in compiler.kcache. Integers and
// floats have separate keys (1 and 1.0 are different constants).
type constKey struct {
	kind bytecode.ConstKind
	bits uint64
	str  string
}

// addK returns the index of constant v in the current function, adding it
// if needed. The cache is shared by all the functions of the chunk, like
// lua5.3's, and remembers only the last index given to each value, so a
// value used by a nested function and again by its parent may be stored
// twice in the parent, exactly as luac does; keeping this quirk keeps
// constant numbers identical to luac's.
func (fs *funcState) addK(key constKey, v bytecode.Constant) int {
	c := fs.c
	consts := fs.f.Constants
	if c.kcache == nil {
		c.kcache = make(map[constKey]int)
	} else if k, ok := c.kcache[key]; ok && k < len(consts) && consts[k] == v {
		return k
	}
	k := len(consts)
	fs.f.Constants = append(consts, v)
	c.kcache[key] = k
	return k
}

func (fs *funcState) stringK(s string) int {
	return fs.addK(constKey{kind: bytecode.ConstString, str: s}, bytecode.Constant{Kind: bytecode.ConstString, Str: s})
}

func (fs *funcState) intK(i int64) int {
	return fs.addK(constKey{kind: bytecode.ConstInt, bits: uint64(i)}, bytecode.Constant{Kind: bytecode.ConstInt, Int: i})
}

// floatK adds a float constant. Folding never produces NaN or zero floats,
// so the constants compared here are ordinary numbers.
func (fs *funcState) floatK(x float64) int {
	return fs.addK(constKey{kind: bytecode.ConstFloat, bits: math.Float64bits(x)}, bytecode.Constant{Kind: bytecode.ConstFloat, Float: x})
}

func (fs *funcState) boolK(b bool) int {
	var bits uint64
	if b {
		bits = 1
	}
	return fs.addK(constKey{kind: bytecode.ConstBool, bits: bits}, bytecode.Constant{Kind: bytecode.ConstBool, Bool: b})
}

func (fs *funcState) nilK() int {
	return fs.addK(constKey{kind: bytecode.ConstNil}, bytecode.Constant{Kind: bytecode.ConstNil})
}
