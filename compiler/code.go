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

// The constant cache (compiler.kcache) maps values to the index they were
// last given, in whichever function added them, like lua5.3's scanner
// table: a lookup is valid only if the current function has that very
// value at that index. So a value used by a nested function and then again
// by its parent may be stored twice in the parent, exactly as luac does;
// keeping this quirk keeps constant numbers identical to luac's.
type constCache struct {
	str  map[string]int
	num  map[uint64]int // integers
	flt  map[uint64]int // floats by bit pattern
	nil_ int
	bool [2]int
}

func newConstCache() constCache {
	return constCache{
		str:  make(map[string]int),
		num:  make(map[uint64]int),
		flt:  make(map[uint64]int),
		nil_: -1,
		bool: [2]int{-1, -1},
	}
}

// reset empties the cache for another chunk.
func (kc *constCache) reset() {
	clear(kc.str)
	clear(kc.num)
	clear(kc.flt)
	kc.nil_ = -1
	kc.bool = [2]int{-1, -1}
}

// hasK reports whether constant index k of the current function holds v.
func (fs *funcState) hasK(k int, v bytecode.Constant) bool {
	return k >= 0 && k < len(fs.f.Constants) && fs.f.Constants[k] == v
}

// newK appends v to the constant table and returns its index.
func (fs *funcState) newK(v bytecode.Constant) int {
	fs.f.Constants = append(fs.f.Constants, v)
	return len(fs.f.Constants) - 1
}

func (fs *funcState) stringK(s string) int {
	v := bytecode.Constant{Kind: bytecode.ConstString, Str: s}
	m := fs.c.kcache.str
	if k, ok := m[s]; ok && fs.hasK(k, v) {
		return k
	}
	k := fs.newK(v)
	m[s] = k
	return k
}

func (fs *funcState) intK(i int64) int {
	v := bytecode.Constant{Kind: bytecode.ConstInt, Int: i}
	m := fs.c.kcache.num
	if k, ok := m[uint64(i)]; ok && fs.hasK(k, v) {
		return k
	}
	k := fs.newK(v)
	m[uint64(i)] = k
	return k
}

// floatK adds a float constant. Folding never produces NaN or zero floats,
// so the constants compared here are ordinary numbers.
func (fs *funcState) floatK(x float64) int {
	v := bytecode.Constant{Kind: bytecode.ConstFloat, Float: x}
	m := fs.c.kcache.flt
	bits := math.Float64bits(x)
	if k, ok := m[bits]; ok && fs.hasK(k, v) {
		return k
	}
	k := fs.newK(v)
	m[bits] = k
	return k
}

func (fs *funcState) boolK(b bool) int {
	v := bytecode.Constant{Kind: bytecode.ConstBool, Bool: b}
	i := 0
	if b {
		i = 1
	}
	slot := &fs.c.kcache.bool[i]
	if !fs.hasK(*slot, v) {
		*slot = fs.newK(v)
	}
	return *slot
}

func (fs *funcState) nilK() int {
	v := bytecode.Constant{Kind: bytecode.ConstNil}
	slot := &fs.c.kcache.nil_
	if !fs.hasK(*slot, v) {
		*slot = fs.newK(v)
	}
	return *slot
}
