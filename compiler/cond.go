package compiler

import "wippylua/bytecode"

// Conditions: code that jumps on the truth of an expression instead of
// computing its value (`and`, `or`, `not`, if/while/repeat conditions).

// negateCondition inverts the test controlling the jump of a kJmp.
func (fs *funcState) negateCondition(e *expdesc) {
	pc := fs.jumpControl(e.info)
	i := fs.f.Code[pc]
	a := 0
	if i.A() == 0 {
		a = 1
	}
	fs.f.Code[pc] = i.SetA(a)
}

// jumpOnCond emits a jump taken when e's truth equals cond. A preceding
// NOT is folded into the test by inverting it.
func (fs *funcState) jumpOnCond(e *expdesc, cond int) int {
	if e.k == kReloc {
		if i := *fs.instr(e); i.Op() == bytecode.NOT {
			fs.removeLast()
			return fs.condJump(bytecode.TEST, i.B(), 0, 1-cond)
		}
	}
	fs.discharge2AnyReg(e)
	fs.freeExp(e)
	return fs.condJump(bytecode.TESTSET, noReg, e.info, cond)
}

// goIfTrue emits code that falls through when e is true and jumps (via
// e's false list) otherwise.
func (fs *funcState) goIfTrue(e *expdesc) {
	fs.dischargeVars(e)
	var pc int
	switch e.k {
	case kJmp:
		fs.negateCondition(e)
		pc = e.info
	case kK, kKFlt, kKInt, kTrue:
		pc = noJump // always true
	default:
		pc = fs.jumpOnCond(e, 0)
	}
	fs.concat(&e.fl, pc)
	fs.patchToHere(e.tl)
	e.tl = noJump
}

// goIfFalse emits code that falls through when e is false and jumps (via
// e's true list) otherwise.
func (fs *funcState) goIfFalse(e *expdesc) {
	fs.dischargeVars(e)
	var pc int
	switch e.k {
	case kJmp:
		pc = e.info
	case kNil, kFalse:
		pc = noJump // always false
	default:
		pc = fs.jumpOnCond(e, 1)
	}
	fs.concat(&e.tl, pc)
	fs.patchToHere(e.fl)
	e.fl = noJump
}

// codeNot compiles `not e`: constants fold, comparisons invert, anything
// else gets a NOT; the jump lists swap and lose their values.
func (fs *funcState) codeNot(e *expdesc) {
	fs.dischargeVars(e)
	switch e.k {
	case kNil, kFalse:
		e.k = kTrue
	case kK, kKFlt, kKInt, kTrue:
		e.k = kFalse
	case kJmp:
		fs.negateCondition(e)
	case kReloc, kNonReloc:
		fs.discharge2AnyReg(e)
		fs.freeExp(e)
		e.info = fs.emitABC(bytecode.NOT, 0, e.info, 0)
		e.k = kReloc
	}
	e.fl, e.tl = e.tl, e.fl
	fs.removeValues(e.fl)
	fs.removeValues(e.tl)
}
