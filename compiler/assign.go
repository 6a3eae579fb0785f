package compiler

import (
	"wippylua/ast"
	"wippylua/bytecode"
)

// localStat compiles `local names = exprs`. The new locals come into scope
// only after the expressions, so `local x = x` reads the outer x.
func (c *compiler) localStat(s *ast.LocalStmt) {
	fs := c.fs
	c.line = s.Pos.Line
	for _, n := range s.Names {
		c.line = n.Pos.Line
		c.newLocalVar(n.Name, n)
	}
	var e expdesc
	nexps := 0
	if len(s.Exprs) > 0 {
		nexps = c.explist(s.Exprs, s.CommaLines, &e)
	} else {
		e.init(kVoid, 0)
	}
	c.adjustAssign(len(s.Names), nexps, &e)
	fs.adjustLocalVars(len(s.Names))
}

// adjustAssign makes nexps values, the last one being e, fill exactly
// nvars consecutive registers: a multi-value last expression provides the
// missing values, nils pad, extra values are dropped.
func (c *compiler) adjustAssign(nvars, nexps int, e *expdesc) {
	fs := c.fs
	extra := nvars - nexps
	if e.hasMultRet() {
		extra = max(extra+1, 0) // the call itself counts
		fs.setReturns(e, extra)
		if extra > 1 {
			fs.reserveRegs(extra - 1)
		}
	} else {
		if e.k != kVoid {
			fs.exp2NextReg(e)
		}
		if extra > 0 {
			reg := fs.freereg
			fs.reserveRegs(extra)
			fs.nilRange(reg, extra)
		}
	}
	if nexps > nvars {
		fs.freereg -= nexps - nvars
	}
}

// assignStat compiles `targets = exprs`. All expressions are evaluated
// before any assignment; then targets are assigned from last to first.
func (c *compiler) assignStat(s *ast.AssignStmt) {
	fs := c.fs
	base := len(c.lhs)
	for i, t := range s.Targets {
		var v expdesc
		c.suffixed(t, &v, c.primaryLine(t))
		if !v.isVar() {
			c.errorAt(c.line, "syntax error", "")
		}
		if i > 0 && v.k != kIndexed {
			c.checkConflict(base, &v)
		}
		// c.lhs may grow while compiling t (a function in an index), so
		// only indices into it are kept.
		c.lhs = append(c.lhs, v)
	}
	var e expdesc
	nexps := c.explist(s.Exprs, s.CommaLines, &e)
	last := len(c.lhs) - 1
	if nexps != len(s.Targets) {
		c.adjustAssign(len(s.Targets), nexps, &e)
	} else {
		fs.setOneRet(&e)
		fs.storeVar(&c.lhs[last], &e)
		last--
	}
	for i := last; i >= base; i-- {
		e.init(kNonReloc, fs.freereg-1)
		fs.storeVar(&c.lhs[i], &e)
	}
	c.lhs = c.lhs[:base]
}

// checkConflict handles `t[i], t = ...` and `t[i], i = ...`: an earlier
// target indexes the local or upvalue v that is assigned too, and v is
// assigned first (targets go right to left). The earlier target then uses a
// copy of v's old value, made now into a fresh register.
func (c *compiler) checkConflict(base int, v *expdesc) {
	fs := c.fs
	extra := fs.freereg
	conflict := false
	for i := base; i < len(c.lhs); i++ {
		lh := &c.lhs[i]
		if lh.k != kIndexed {
			continue
		}
		if lh.vt == v.k && lh.t == v.info {
			conflict = true
			lh.vt = kLocal
			lh.t = extra
		}
		if v.k == kLocal && lh.idx == v.info {
			conflict = true
			lh.idx = extra
		}
	}
	if conflict {
		op := bytecode.MOVE
		if v.k == kUpval {
			op = bytecode.GETUPVAL
		}
		fs.emitABC(op, extra, v.info, 0)
		fs.reserveRegs(1)
	}
}
