package vm

import (
	"fmt"

	"wippylua/bytecode"
)

// Variable and function names for error messages and tracebacks, recovered
// from the bytecode by a backward symbolic execution, as lua5.3 does: the
// instruction that last set a register tells what the value was (a global,
// a field, a local, an upvalue, a method or a constant).

// varInfo returns " (kind 'name')" for an operand of the current Lua
// instruction, or "".
func (t *Thread) varInfo(origin int) string {
	ci := t.ci()
	if ci.flags&ciLua == 0 || origin == originNone {
		return ""
	}
	p := ci.cl.proto
	if origin <= originUpval {
		idx := originUpval - origin
		return fmt.Sprintf(" (upvalue '%s')", upvalName(p, idx))
	}
	kind, name := objName(p, ci.pc-1, origin)
	if kind == "" {
		return ""
	}
	return fmt.Sprintf(" (%s '%s')", kind, name)
}

func upvalName(p *Proto, idx int) string {
	if idx < len(p.Upvalues) && p.Upvalues[idx].Name != "" {
		return p.Upvalues[idx].Name
	}
	return "?"
}

// localName returns the name of the n-th (1-based) local active at pc.
func localName(p *Proto, n, pc int) string {
	for _, lv := range p.LocVars {
		if lv.StartPC > pc {
			break
		}
		if pc < lv.EndPC {
			n--
			if n == 0 {
				return lv.Name
			}
		}
	}
	return ""
}

// objName describes register reg at instruction pc.
func objName(p *Proto, pc, reg int) (kind, name string) {
	if n := localName(p, reg+1, pc); n != "" {
		return "local", n
	}
	setpc := findSetReg(p, pc, reg)
	if setpc < 0 {
		return "", ""
	}
	i := p.Code[setpc]
	switch i.Op() {
	case bytecode.MOVE:
		if b := i.B(); b < i.A() {
			return objName(p, setpc, b)
		}
	case bytecode.GETTABUP:
		key := rkName(p, setpc, i.C())
		if upvalName(p, i.B()) == "_ENV" {
			return "global", key
		}
		return "field", key
	case bytecode.GETTABLE:
		key := rkName(p, setpc, i.C())
		if localName(p, i.B()+1, setpc) == "_ENV" {
			return "global", key
		}
		return "field", key
	case bytecode.GETUPVAL:
		return "upvalue", upvalName(p, i.B())
	case bytecode.LOADK:
		if k := p.k[i.Bx()]; k.IsString() {
			return "constant", k.AsString()
		}
	case bytecode.SELF:
		return "method", rkName(p, setpc, i.C())
	}
	return "", ""
}

// rkName names the key operand of a table access: a constant string, or
// "?" for anything else.
func rkName(p *Proto, pc, rk int) string {
	if bytecode.IsK(rk) {
		if k := p.k[bytecode.IndexK(rk)]; k.IsString() {
			return k.AsString()
		}
		return "?"
	}
	if kind, name := objName(p, pc, rk); kind == "constant" {
		return name
	}
	return "?"
}

// setsA reports whether op writes register A.
func setsA(op bytecode.Op) bool {
	switch op {
	case bytecode.SETTABUP, bytecode.SETUPVAL, bytecode.SETTABLE, bytecode.JMP,
		bytecode.EQ, bytecode.LT, bytecode.LE, bytecode.TEST, bytecode.RETURN,
		bytecode.TFORCALL, bytecode.SETLIST:
		return false
	}
	return true
}

// findSetReg returns the pc of the last instruction before lastpc that
// changed reg, ignoring writes in code that a forward jump may skip.
func findSetReg(p *Proto, lastpc, reg int) int {
	setreg := -1
	jmptarget := 0
	filter := func(pc int) int {
		if pc < jmptarget {
			return -1
		}
		return pc
	}
	for pc := 0; pc < lastpc && pc < len(p.Code); pc++ {
		i := p.Code[pc]
		a := i.A()
		switch op := i.Op(); op {
		case bytecode.LOADNIL:
			if a <= reg && reg <= a+i.B() {
				setreg = filter(pc)
			}
		case bytecode.TFORCALL:
			if reg >= a+2 {
				setreg = filter(pc)
			}
		case bytecode.CALL, bytecode.TAILCALL:
			if reg >= a {
				setreg = filter(pc)
			}
		case bytecode.JMP:
			dest := pc + 1 + i.SBx()
			if pc < dest && dest <= lastpc && dest > jmptarget {
				jmptarget = dest
			}
		default:
			if setsA(op) && reg == a {
				setreg = filter(pc)
			}
		}
	}
	return setreg
}

// funcNameFromCall describes the function called by frame idx, from the
// instruction of its caller: ("global", "f"), ("method", "m"),
// ("metamethod", "index"), ("for iterator", "for iterator")...
func (t *Thread) funcNameFromCall(idx int) (kind, name string) {
	if idx <= 0 {
		return "", ""
	}
	ci := t.frames[idx]
	if ci.flags&ciTail != 0 {
		return "", ""
	}
	caller := t.frames[idx-1]
	if caller.flags&ciLua == 0 {
		return "", ""
	}
	if ci.flags&ciHook != 0 {
		return "hook", "?"
	}
	p := caller.cl.proto
	pc := caller.pc - 1
	if pc < 0 || pc >= len(p.Code) {
		return "", ""
	}
	i := p.Code[pc]
	switch i.Op() {
	case bytecode.CALL, bytecode.TAILCALL:
		return objName(p, pc, i.A())
	case bytecode.TFORCALL:
		return "for iterator", "for iterator"
	case bytecode.SELF, bytecode.GETTABUP, bytecode.GETTABLE:
		return "metamethod", "index"
	case bytecode.SETTABUP, bytecode.SETTABLE:
		return "metamethod", "newindex"
	case bytecode.EQ:
		return "metamethod", "eq"
	case bytecode.LT:
		return "metamethod", "lt"
	case bytecode.LE:
		return "metamethod", "le"
	case bytecode.UNM:
		return "metamethod", "unm"
	case bytecode.BNOT:
		return "metamethod", "bnot"
	case bytecode.LEN:
		return "metamethod", "len"
	case bytecode.CONCAT:
		return "metamethod", "concat"
	}
	if op := i.Op(); op >= bytecode.ADD && op <= bytecode.SHR {
		return "metamethod", tmNames[tmAdd+tm(op-bytecode.ADD)][2:]
	}
	return "", ""
}
