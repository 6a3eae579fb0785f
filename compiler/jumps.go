package compiler

import "wippylua/bytecode"

// Jump lists (lua5.3's lcode.c). A list is the pc of its first JMP, each
// JMP's sBx pointing to the next one, noJump at the end. Conditional
// expressions keep a "true" and a "false" list of jumps whose targets are
// decided later; a jump may be controlled by the test instruction just
// before it (EQ, LT, LE, TEST, TESTSET).

// jump emits a JMP to be patched later, joined with the jumps pending to
// this very position (they all continue at the same place).
func (fs *funcState) jump() int {
	jpc := fs.jpc
	fs.jpc = noJump
	j := fs.emitAsBx(bytecode.JMP, 0, noJump)
	fs.concat(&j, jpc)
	return j
}

// condJump emits a test instruction followed by the JMP it controls.
func (fs *funcState) condJump(op bytecode.Op, a, b, c int) int {
	fs.emitABC(op, a, b, c)
	return fs.jump()
}

// label marks the current pc as a jump target and returns it.
func (fs *funcState) label() int {
	fs.lasttarget = fs.pc()
	return fs.pc()
}

// getJump returns the destination of the JMP at pc, or noJump at the end of
// a list.
func (fs *funcState) getJump(pc int) int {
	off := fs.f.Code[pc].SBx()
	if off == noJump {
		return noJump
	}
	return pc + 1 + off
}

// fixJump points the JMP at pc to dest.
func (fs *funcState) fixJump(pc, dest int) {
	fs.f.Code[pc] = fs.f.Code[pc].SetSBx(dest - (pc + 1))
}

// concat appends list l2 to list *l1.
func (fs *funcState) concat(l1 *int, l2 int) {
	if l2 == noJump {
		return
	}
	if *l1 == noJump {
		*l1 = l2
		return
	}
	list := *l1
	for {
		next := fs.getJump(list)
		if next == noJump {
			break
		}
		list = next
	}
	fs.fixJump(list, l2)
}

// isTest reports whether op is a test that skips the next instruction.
func isTest(op bytecode.Op) bool {
	switch op {
	case bytecode.EQ, bytecode.LT, bytecode.LE, bytecode.TEST, bytecode.TESTSET:
		return true
	}
	return false
}

// jumpControl returns the pc of the instruction controlling the JMP at pc:
// the test before it, or the JMP itself when unconditional.
func (fs *funcState) jumpControl(pc int) int {
	if pc >= 1 && isTest(fs.f.Code[pc-1].Op()) {
		return pc - 1
	}
	return pc
}

// patchTestReg decides the register of a TESTSET controlling the jump at
// node: reg, or no register at all (the TESTSET becomes a TEST) when reg is
// noReg or the tested register itself. It reports false if the jump is not
// controlled by a TESTSET.
func (fs *funcState) patchTestReg(node, reg int) bool {
	pc := fs.jumpControl(node)
	i := fs.f.Code[pc]
	if i.Op() != bytecode.TESTSET {
		return false
	}
	if reg != noReg && reg != i.B() {
		fs.f.Code[pc] = i.SetA(reg)
	} else {
		fs.f.Code[pc] = bytecode.ABC(bytecode.TEST, i.B(), 0, i.C())
	}
	return true
}

// removeValues turns every TESTSET of a list into a TEST: the value is not
// needed.
func (fs *funcState) removeValues(list int) {
	for ; list != noJump; list = fs.getJump(list) {
		fs.patchTestReg(list, noReg)
	}
}

// patchListAux sends the jumps of list whose TESTSET produces a value to
// vtarget (storing the value in reg) and the others to dtarget.
func (fs *funcState) patchListAux(list, vtarget, reg, dtarget int) {
	for list != noJump {
		next := fs.getJump(list)
		if fs.patchTestReg(list, reg) {
			fs.fixJump(list, vtarget)
		} else {
			fs.fixJump(list, dtarget)
		}
		list = next
	}
}

// dischargeJpc points the jumps pending to the current pc at it.
func (fs *funcState) dischargeJpc() {
	if fs.jpc == noJump {
		return
	}
	pc := fs.pc()
	fs.patchListAux(fs.jpc, pc, noReg, pc)
	fs.jpc = noJump
}

// patchToHere makes list jump to the next instruction emitted.
func (fs *funcState) patchToHere(list int) {
	fs.label()
	fs.concat(&fs.jpc, list)
}

// patchList makes list jump to target.
func (fs *funcState) patchList(list, target int) {
	if target == fs.pc() {
		fs.patchToHere(list)
	} else {
		fs.patchListAux(list, target, noReg, target)
	}
}

// jumpTo emits a jump to target.
func (fs *funcState) jumpTo(target int) {
	fs.patchList(fs.jump(), target)
}

// patchClose makes every JMP of list close the upvalues of registers
// level and above (JMP's A is level+1; 0 means "close nothing").
func (fs *funcState) patchClose(list, level int) {
	level++
	for ; list != noJump; list = fs.getJump(list) {
		fs.f.Code[list] = fs.f.Code[list].SetA(level)
	}
}
