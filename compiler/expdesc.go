package compiler

import "wippylua/bytecode"

// expKind says where the value of a compiled expression is (lua5.3's
// expkind). Expressions are kept in the most flexible form as long as
// possible so that, for instance, a constant can become an RK operand
// instead of being loaded into a register.
type expKind uint8

const (
	kVoid     expKind = iota // no value (empty list), or a global while resolving
	kNil                     // nil
	kTrue                    // true
	kFalse                   // false
	kK                       // constant; info = index in Constants
	kKFlt                    // float numeral; nval
	kKInt                    // integer numeral; ival
	kNonReloc                // value in register info, which cannot move
	kLocal                   // local variable in register info
	kUpval                   // upvalue info
	kIndexed                 // table t (register or upvalue, see vt) indexed by RK idx
	kJmp                     // comparison; info = pc of its JMP
	kReloc                   // instruction at info computes the value into any A
	kCall                    // call at info
	kVararg                  // VARARG at info
)

// expdesc describes a compiled expression (lua5.3's expdesc). t and f are
// the jump lists to patch when the expression is true or false.
type expdesc struct {
	k    expKind
	info int
	ival int64
	nval float64
	// kIndexed
	t   int     // table: register or upvalue index
	idx int     // key: RK operand
	vt  expKind // kLocal (t is a register) or kUpval
	// jump lists
	tl, fl int
}

func (e *expdesc) init(k expKind, info int) {
	*e = expdesc{k: k, info: info, tl: noJump, fl: noJump}
}

func (e *expdesc) hasJumps() bool { return e.tl != e.fl }

// hasMultRet reports whether e may produce several values.
func (e *expdesc) hasMultRet() bool { return e.k == kCall || e.k == kVararg }

// isVar reports whether e can be assigned to.
func (e *expdesc) isVar() bool { return e.k >= kLocal && e.k <= kIndexed }

// instr returns the instruction that computes a kReloc, kCall or kVararg.
func (fs *funcState) instr(e *expdesc) *bytecode.Instruction {
	return &fs.f.Code[e.info]
}

// setReturns makes an open call or vararg produce n values (-1: all).
func (fs *funcState) setReturns(e *expdesc, n int) {
	switch e.k {
	case kCall:
		i := fs.instr(e)
		*i = i.SetC(n + 1)
	case kVararg:
		i := fs.instr(e)
		*i = i.SetB(n + 1).SetA(fs.freereg)
		fs.reserveRegs(1)
	}
}

func (fs *funcState) setMultRet(e *expdesc) { fs.setReturns(e, -1) }

// setOneRet truncates an open call or vararg to one value.
func (fs *funcState) setOneRet(e *expdesc) {
	switch e.k {
	case kCall:
		// CALL already asks for one result (C=2); it lands in the call's base.
		e.k = kNonReloc
		e.info = fs.instr(e).A()
	case kVararg:
		i := fs.instr(e)
		*i = i.SetB(2)
		e.k = kReloc
	}
}

// dischargeVars emits the code that reads a variable, so that e is a value.
func (fs *funcState) dischargeVars(e *expdesc) {
	switch e.k {
	case kLocal:
		e.k = kNonReloc
	case kUpval:
		e.info = fs.emitABC(bytecode.GETUPVAL, 0, e.info, 0)
		e.k = kReloc
	case kIndexed:
		fs.freeReg(e.idx)
		op := bytecode.GETTABUP
		if e.vt == kLocal {
			fs.freeReg(e.t)
			op = bytecode.GETTABLE
		}
		e.info = fs.emitABC(op, 0, e.t, e.idx)
		e.k = kReloc
	case kVararg, kCall:
		fs.setOneRet(e)
	}
}

// discharge2Reg puts the value of e into register reg (jump lists aside).
func (fs *funcState) discharge2Reg(e *expdesc, reg int) {
	fs.dischargeVars(e)
	switch e.k {
	case kNil:
		fs.nilRange(reg, 1)
	case kFalse, kTrue:
		b := 0
		if e.k == kTrue {
			b = 1
		}
		fs.emitABC(bytecode.LOADBOOL, reg, b, 0)
	case kK:
		fs.loadK(reg, e.info)
	case kKFlt:
		fs.loadK(reg, fs.floatK(e.nval))
	case kKInt:
		fs.loadK(reg, fs.intK(e.ival))
	case kReloc:
		i := fs.instr(e)
		*i = i.SetA(reg)
	case kNonReloc:
		if reg != e.info {
			fs.emitABC(bytecode.MOVE, reg, e.info, 0)
		}
	default: // kJmp: the value is produced by exp2Reg
		return
	}
	e.info = reg
	e.k = kNonReloc
}

// discharge2AnyReg puts e in some register.
func (fs *funcState) discharge2AnyReg(e *expdesc) {
	if e.k != kNonReloc {
		fs.reserveRegs(1)
		fs.discharge2Reg(e, fs.freereg-1)
	}
}

// codeLoadBool emits LOADBOOL as a jump target.
func (fs *funcState) codeLoadBool(a, b, jump int) int {
	fs.label()
	return fs.emitABC(bytecode.LOADBOOL, a, b, jump)
}

// needValue reports whether some jump of list is not a TESTSET, i.e. needs
// a LOADBOOL to produce its value.
func (fs *funcState) needValue(list int) bool {
	for ; list != noJump; list = fs.getJump(list) {
		if fs.f.Code[fs.jumpControl(list)].Op() != bytecode.TESTSET {
			return true
		}
	}
	return false
}

// exp2Reg puts the full value of e, including its jump lists, into reg.
func (fs *funcState) exp2Reg(e *expdesc, reg int) {
	fs.discharge2Reg(e, reg)
	if e.k == kJmp {
		fs.concat(&e.tl, e.info) // the comparison's own jump means "true"
	}
	if e.hasJumps() {
		pf, pt := noJump, noJump // LOADBOOLs for false and true, if needed
		if fs.needValue(e.tl) || fs.needValue(e.fl) {
			fj := noJump
			if e.k != kJmp {
				fj = fs.jump()
			}
			pf = fs.codeLoadBool(reg, 0, 1)
			pt = fs.codeLoadBool(reg, 1, 0)
			fs.patchToHere(fj)
		}
		final := fs.label()
		fs.patchListAux(e.fl, final, reg, pf)
		fs.patchListAux(e.tl, final, reg, pt)
	}
	e.fl, e.tl = noJump, noJump
	e.info = reg
	e.k = kNonReloc
}

// exp2NextReg puts e in a new register at the top of the stack.
func (fs *funcState) exp2NextReg(e *expdesc) {
	fs.dischargeVars(e)
	fs.freeExp(e)
	fs.reserveRegs(1)
	fs.exp2Reg(e, fs.freereg-1)
}

// exp2AnyReg puts e in some register and returns it, reusing the register
// e already has when possible.
func (fs *funcState) exp2AnyReg(e *expdesc) int {
	fs.dischargeVars(e)
	if e.k == kNonReloc {
		if !e.hasJumps() {
			return e.info
		}
		if e.info >= fs.nactvar { // a temporary: finish the value in place
			fs.exp2Reg(e, e.info)
			return e.info
		}
	}
	fs.exp2NextReg(e)
	return e.info
}

// exp2AnyRegUp is exp2AnyReg except that an upvalue may stay an upvalue
// (it can be indexed directly with GETTABUP).
func (fs *funcState) exp2AnyRegUp(e *expdesc) {
	if e.k != kUpval || e.hasJumps() {
		fs.exp2AnyReg(e)
	}
}

// exp2Val makes e a value: in a register if it has jumps, else discharged.
func (fs *funcState) exp2Val(e *expdesc) {
	if e.hasJumps() {
		fs.exp2AnyReg(e)
	} else {
		fs.dischargeVars(e)
	}
}

// maxRKIndex is the largest constant index used as an RK operand; larger
// ones are loaded into a register first. It is a variable so that the
// differential tests can set lua5.3's limit (255).
var maxRKIndex = bytecode.MaxRKConst

// exp2RK makes e an RK operand: a constant index if it fits, otherwise a
// register.
func (fs *funcState) exp2RK(e *expdesc) int {
	fs.exp2Val(e)
	switch e.k {
	case kTrue:
		e.info = fs.boolK(true)
	case kFalse:
		e.info = fs.boolK(false)
	case kNil:
		e.info = fs.nilK()
	case kKInt:
		e.info = fs.intK(e.ival)
	case kKFlt:
		e.info = fs.floatK(e.nval)
	case kK:
	default:
		return fs.exp2AnyReg(e)
	}
	e.k = kK
	if e.info <= maxRKIndex {
		return bytecode.RKAsK(e.info)
	}
	return fs.exp2AnyReg(e)
}

// storeVar assigns ex to variable v.
func (fs *funcState) storeVar(v, ex *expdesc) {
	switch v.k {
	case kLocal:
		fs.freeExp(ex)
		fs.exp2Reg(ex, v.info)
		return
	case kUpval:
		e := fs.exp2AnyReg(ex)
		fs.emitABC(bytecode.SETUPVAL, e, v.info, 0)
	case kIndexed:
		op := bytecode.SETTABUP
		if v.vt == kLocal {
			op = bytecode.SETTABLE
		}
		e := fs.exp2RK(ex)
		fs.emitABC(op, v.t, v.idx, e)
	}
	fs.freeExp(ex)
}

// self compiles `e:key` into the SELF instruction: function and receiver
// in two consecutive new registers.
func (fs *funcState) self(e, key *expdesc) {
	fs.exp2AnyReg(e)
	ereg := e.info
	fs.freeExp(e)
	e.info = fs.freereg
	e.k = kNonReloc
	fs.reserveRegs(2)
	fs.emitABC(bytecode.SELF, e.info, ereg, fs.exp2RK(key))
	fs.freeExp(key)
}

// indexed turns t into the indexed variable t[k]. t must be in a register
// or an upvalue.
func (fs *funcState) indexed(t, k *expdesc) {
	t.t = t.info
	t.idx = fs.exp2RK(k)
	if t.k == kUpval {
		t.vt = kUpval
	} else {
		t.vt = kLocal
	}
	t.k = kIndexed
}
