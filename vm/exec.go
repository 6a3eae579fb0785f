package vm

import (
	"math"

	"wippylua/bytecode"
)

// rk reads an RK operand.
func rk(regs, k []Value, x int) Value {
	if x < bytecode.MaxRegs {
		return regs[x]
	}
	return k[x-bytecode.MaxRegs]
}

// getRK reads tb[key] without metamethods, where key is the RK operand c;
// a constant string key uses its precomputed hash.
func getRK(tb *Table, key Value, c int, kh []uint64) Value {
	if key.p == tagIntPtr {
		if j := uint64(key.AsInt() - 1); j < uint64(tb.narr) {
			return *tb.arrayAt(j) // an array item, the other common case
		}
		return tb.GetInt(key.AsInt())
	}
	if c >= bytecode.MaxRegs && key.IsString() {
		h := kh[c-bytecode.MaxRegs]
		if n := tb.homeSlot(key, h); n != nil {
			return n.val
		}
		return tb.getHashH(key, h)
	}
	return tb.Get(key)
}

// keyHash returns the hash of a string key given as RK operand c: the
// precomputed one for a constant, else computed (0 for other keys).
func keyHash(key Value, c int, kh []uint64) uint64 {
	if !key.IsString() {
		return 0
	}
	if c >= bytecode.MaxRegs {
		return kh[c-bytecode.MaxRegs]
	}
	return hashValue(key)
}

// rkOrigin is the origin of an RK operand for error messages.
func rkOrigin(x int) int {
	if x < bytecode.MaxRegs {
		return x
	}
	return originNone
}

// loop is the interpreter. It runs the frames above depth until the frame
// at index depth returns (statusOK), the coroutine yields (statusYield) or
// the instruction budget runs out (statusPreempt). Every call between Lua
// functions stays inside this loop; the loop can stop after any
// instruction and a later call continues exactly there, because all state
// lives in the thread's stack and frames.
func (t *Thread) loop(depth int) status {
	var (
		ci     *callInfo
		cl     *Closure
		k      []Value
		kh     []uint64
		code   []bytecode.Instruction
		base   int
		regs   []Value
		pc     int
		hooked bool
	)
newframe:
	if len(t.frames) <= depth {
		return statusOK
	}
	ci = t.frames[len(t.frames)-1]
	if ci.flags&ciLua == 0 {
		// A Go frame whose callee has returned: run its continuation.
		if _, sig := t.finishGoFrame(true); sig < 0 {
			return sigStatus(sig)
		}
		goto newframe
	}
enter: // ci is a Lua frame on top
	cl = ci.cl
	k, kh = cl.proto.k, cl.proto.kh
	code = cl.proto.Code
	base = ci.base
	regs = t.stack[base:ci.top:ci.top]
	pc = ci.pc
	hooked = t.hookMask != 0

	for {
		i := code[pc]
		pc++
		ci.pc = pc
		if hooked {
			t.onInstruction(ci)
			regs = t.stack[base:ci.top:ci.top]
		}
		a := int(uint8(i >> 8))
		switch bytecode.Op(i) {
		case bytecode.MOVE:
			regs[a] = regs[int(uint16(i>>16))]

		case bytecode.LOADK:
			regs[a] = k[uint32(i>>32)]

		case bytecode.LOADBOOL:
			regs[a] = Bool(uint16(i>>16) != 0)
			if uint32(i>>32) != 0 {
				pc++
			}

		case bytecode.LOADNIL:
			b := int(uint16(i >> 16))
			for j := a; j <= a+b; j++ {
				regs[j] = Nil
			}

		case bytecode.GETUPVAL:
			regs[a] = *cl.upvals[uint16(i>>16)].v

		case bytecode.GETTABUP:
			uv := *cl.upvals[uint16(i>>16)].v
			c := int(uint32(i >> 32))
			key := rk(regs, k, c)
			missed := uv.Kind() == KindTable
			if missed {
				tb := uv.table()
				if tb.shared != 0 {
					tb = t.state.sharedView(tb)
				}
				if v := getRK(tb, key, c, kh); !v.IsNil() || tb.meta == nil {
					regs[a] = v
					continue
				}
			}
			v, pushed := t.indexH(uv, key, keyHash(key, c, kh), originUpval-int(uint16(i>>16)), true, missed)
			if pushed {
				goto newframe
			}
			t.stack[base+a] = v
			regs = t.stack[base:ci.top:ci.top]

		case bytecode.GETTABLE:
			b, c := int(uint16(i>>16)), int(uint32(i>>32))
			obj := regs[b]
			key := rk(regs, k, c)
			missed := obj.Kind() == KindTable
			if missed {
				tb := obj.table()
				if tb.shared != 0 {
					tb = t.state.sharedView(tb)
				}
				if v := getRK(tb, key, c, kh); !v.IsNil() || tb.meta == nil {
					regs[a] = v
					continue
				}
			}
			v, pushed := t.indexH(obj, key, keyHash(key, c, kh), b, true, missed)
			if pushed {
				goto newframe
			}
			t.stack[base+a] = v
			regs = t.stack[base:ci.top:ci.top]

		case bytecode.SETTABUP:
			uv := *cl.upvals[a].v
			key := rk(regs, k, int(uint16(i>>16)))
			val := rk(regs, k, int(uint32(i>>32)))
			if t.setIndex(uv, key, val, originUpval-a) {
				goto newframe
			}
			regs = t.stack[base:ci.top:ci.top]

		case bytecode.SETUPVAL:
			*cl.upvals[uint16(i>>16)].v = regs[a]

		case bytecode.SETTABLE:
			obj := regs[a]
			b := int(uint16(i >> 16))
			key := rk(regs, k, b)
			val := rk(regs, k, int(uint32(i>>32)))
			if obj.Kind() == KindTable {
				tb := obj.table()
				if tb.shared == 0 {
					constStr := b >= bytecode.MaxRegs && key.IsString()
					if constStr {
						// An existing field is assigned in place, even with
						// a metatable: __newindex only applies to absent keys.
						n := tb.homeSlot(key, kh[b-bytecode.MaxRegs])
						if n != nil && (tb.meta == nil || !n.val.IsNil()) {
							n.val = val
							tb.absent = 0
							tb.touchIndexed()
							continue
						}
					}
					if tb.meta == nil {
						if key.IsInt() {
							tb.SetInt(key.AsInt(), val)
							continue
						}
						if constStr {
							tb.setHashH(key, kh[b-bytecode.MaxRegs], val)
							continue
						}
					}
				}
			}
			if t.setIndex(obj, key, val, a) {
				goto newframe
			}
			regs = t.stack[base:ci.top:ci.top]

		case bytecode.NEWTABLE:
			// Size hints come from the bytecode. A constructor needs at
			// least one instruction per item, so a hint larger than the
			// code is forged: clamp it so that a malformed chunk cannot make
			// each NEWTABLE allocate megabytes.
			regs[a] = TableValue(NewTable(min(int(uint16(i>>16)), len(code)), min(int(uint32(i>>32)), len(code))))

		case bytecode.SELF:
			b, c := int(uint16(i>>16)), int(uint32(i>>32))
			obj := regs[b]
			key := rk(regs, k, c)
			regs[a+1] = obj
			missed := false
			switch obj.Kind() {
			case KindTable:
				tb := obj.table()
				if tb.shared != 0 {
					tb = t.state.sharedView(tb)
				}
				if v := getRK(tb, key, c, kh); !v.IsNil() || tb.meta == nil {
					regs[a] = v
					continue
				}
				missed = true
			case KindString:
				// s:method(): look the method up in the string library
				// table directly, with the key's precomputed hash.
				if idx := metaField(t.state.view(t.state.typeMeta[KindString]), tmIndex); idx.Kind() == KindTable {
					if v := getRK(t.state.view(idx.table()), key, c, kh); !v.IsNil() {
						regs[a] = v
						continue
					}
				}
			case KindUserdata:
				// u:method() on a userdata whose __index is a table of
				// methods (channels, messages...): the same shortcut.
				if idx := metaField(t.state.view(obj.userdata().meta), tmIndex); idx.Kind() == KindTable {
					if v := getRK(t.state.view(idx.table()), key, c, kh); !v.IsNil() {
						regs[a] = v
						continue
					}
				}
			}
			v, pushed := t.indexH(obj, key, keyHash(key, c, kh), b, true, missed)
			if pushed {
				goto newframe
			}
			t.stack[base+a] = v
			regs = t.stack[base:ci.top:ci.top]

		case bytecode.ADD:
			b, c := int(uint16(i>>16)), int(uint32(i>>32))
			x, y := rk(regs, k, b), rk(regs, k, c)
			if x.p == tagIntPtr && y.p == tagIntPtr {
				regs[a] = Int(x.AsInt() + y.AsInt())
			} else if x.p == tagFloatPtr && y.p == tagFloatPtr {
				regs[a] = Float(x.AsFloat() + y.AsFloat())
			} else if x.IsNumber() && y.IsNumber() {
				regs[a] = Float(x.numFloat() + y.numFloat())
			} else if t.arith(opAdd, a, x, y, b, c) {
				goto newframe
			} else {
				regs = t.stack[base:ci.top:ci.top]
			}

		case bytecode.SUB:
			b, c := int(uint16(i>>16)), int(uint32(i>>32))
			x, y := rk(regs, k, b), rk(regs, k, c)
			if x.p == tagIntPtr && y.p == tagIntPtr {
				regs[a] = Int(x.AsInt() - y.AsInt())
			} else if x.p == tagFloatPtr && y.p == tagFloatPtr {
				regs[a] = Float(x.AsFloat() - y.AsFloat())
			} else if x.IsNumber() && y.IsNumber() {
				regs[a] = Float(x.numFloat() - y.numFloat())
			} else if t.arith(opSub, a, x, y, b, c) {
				goto newframe
			} else {
				regs = t.stack[base:ci.top:ci.top]
			}

		case bytecode.MUL:
			b, c := int(uint16(i>>16)), int(uint32(i>>32))
			x, y := rk(regs, k, b), rk(regs, k, c)
			if x.p == tagIntPtr && y.p == tagIntPtr {
				regs[a] = Int(x.AsInt() * y.AsInt())
			} else if x.p == tagFloatPtr && y.p == tagFloatPtr {
				regs[a] = Float(x.AsFloat() * y.AsFloat())
			} else if x.IsNumber() && y.IsNumber() {
				regs[a] = Float(x.numFloat() * y.numFloat())
			} else if t.arith(opMul, a, x, y, b, c) {
				goto newframe
			} else {
				regs = t.stack[base:ci.top:ci.top]
			}

		case bytecode.DIV:
			b, c := int(uint16(i>>16)), int(uint32(i>>32))
			x, y := rk(regs, k, b), rk(regs, k, c)
			if x.p == tagFloatPtr && y.p == tagFloatPtr {
				regs[a] = Float(x.AsFloat() / y.AsFloat())
			} else if x.IsNumber() && y.IsNumber() {
				regs[a] = Float(x.numFloat() / y.numFloat())
			} else if t.arith(opDiv, a, x, y, b, c) {
				goto newframe
			} else {
				regs = t.stack[base:ci.top:ci.top]
			}

		case bytecode.MOD, bytecode.IDIV:
			b, c := int(uint16(i>>16)), int(uint32(i>>32))
			x, y := rk(regs, k, b), rk(regs, k, c)
			mod := bytecode.Op(i) == bytecode.MOD
			switch {
			case x.p == tagIntPtr && y.p == tagIntPtr && y.AsInt() != 0:
				if mod {
					regs[a] = Int(IntMod(x.AsInt(), y.AsInt()))
				} else {
					regs[a] = Int(IntFloorDiv(x.AsInt(), y.AsInt()))
				}
			case x.p == tagFloatPtr && y.p == tagFloatPtr:
				if mod {
					regs[a] = Float(FloatMod(x.AsFloat(), y.AsFloat()))
				} else {
					regs[a] = Float(math.Floor(x.AsFloat() / y.AsFloat()))
				}
			default:
				if t.arith(arithOp(bytecode.Op(i)-bytecode.ADD), a, x, y, b, c) {
					goto newframe
				}
				regs = t.stack[base:ci.top:ci.top]
			}

		case bytecode.BAND, bytecode.BOR, bytecode.BXOR, bytecode.SHL, bytecode.SHR, bytecode.POW:
			b, c := int(uint16(i>>16)), int(uint32(i>>32))
			x, y := rk(regs, k, b), rk(regs, k, c)
			op := arithOp(bytecode.Op(i) - bytecode.ADD)
			if op != opPow && x.p == tagIntPtr && y.p == tagIntPtr {
				regs[a] = Int(arithInt(op, x.AsInt(), y.AsInt()))
			} else if t.arith(op, a, x, y, b, c) {
				goto newframe
			} else {
				regs = t.stack[base:ci.top:ci.top]
			}

		case bytecode.UNM:
			b := int(uint16(i >> 16))
			x := regs[b]
			if x.p == tagIntPtr {
				regs[a] = Int(-x.AsInt())
			} else if x.p == tagFloatPtr {
				regs[a] = Float(-x.AsFloat())
			} else if t.arith(opUnm, a, x, x, b, b) {
				goto newframe
			} else {
				regs = t.stack[base:ci.top:ci.top]
			}

		case bytecode.BNOT:
			b := int(uint16(i >> 16))
			x := regs[b]
			if x.p == tagIntPtr {
				regs[a] = Int(^x.AsInt())
			} else if t.arith(opBnot, a, x, x, b, b) {
				goto newframe
			} else {
				regs = t.stack[base:ci.top:ci.top]
			}

		case bytecode.NOT:
			regs[a] = Bool(!regs[int(uint16(i>>16))].Truthy())

		case bytecode.LEN:
			b := int(uint16(i >> 16))
			x := regs[b]
			if x.IsString() {
				regs[a] = Int(int64(x.strLen()))
				continue
			}
			if x.Kind() == KindTable {
				if tb := t.state.view(x.table()); tb.meta == nil {
					regs[a] = Int(tb.Len())
					continue
				}
			}
			v, pushed := t.length(x, b, true)
			if pushed {
				goto newframe
			}
			t.stack[base+a] = v
			regs = t.stack[base:ci.top:ci.top]

		case bytecode.CONCAT:
			b, c := int(uint16(i>>16)), int(uint32(i>>32))
			if t.concat(ci, base+b, base+c, true) {
				goto newframe
			}
			t.stack[base+a] = t.stack[base+b]
			regs = t.stack[base:ci.top:ci.top]

		case bytecode.JMP:
			sbx := int(int32(i >> 32))
			if sbx < 0 && t.charge(ci) {
				return statusPreempt
			}
			if a != 0 {
				t.closeUpvalues(base + a - 1)
			}
			pc += sbx

		case bytecode.EQ:
			x, y := rk(regs, k, int(uint16(i>>16))), rk(regs, k, int(uint32(i>>32)))
			var res bool
			if x.p == y.p && x.n == y.n && x.p != tagFloatPtr {
				res = true
			} else if x.Kind() == y.Kind() && (x.Kind() == KindTable || x.Kind() == KindUserdata) {
				r, pushed := t.equalMeta(x, y, true)
				if pushed {
					goto newframe
				}
				res = r
				regs = t.stack[base:ci.top:ci.top]
			} else {
				res = RawEquals(x, y)
			}
			if pc = t.condJump(ci, code, pc, res == (a != 0)); ci.pc < 0 {
				ci.pc = pc
				return statusPreempt
			}

		case bytecode.LT, bytecode.LE:
			x, y := rk(regs, k, int(uint16(i>>16))), rk(regs, k, int(uint32(i>>32)))
			le := bytecode.Op(i) == bytecode.LE
			var res bool
			switch {
			case x.p == tagIntPtr && y.p == tagIntPtr:
				res = x.AsInt() < y.AsInt() || le && x.AsInt() == y.AsInt()
			case x.IsNumber() && y.IsNumber():
				res = le && numLessEq(x, y) || !le && numLess(x, y)
			default:
				var pushed bool
				if le {
					res, pushed = t.lessEqual(x, y, true)
				} else {
					res, pushed = t.lessThan(x, y, true)
				}
				if pushed {
					goto newframe
				}
				regs = t.stack[base:ci.top:ci.top]
			}
			if pc = t.condJump(ci, code, pc, res == (a != 0)); ci.pc < 0 {
				ci.pc = pc
				return statusPreempt
			}

		case bytecode.TEST:
			if regs[a].Truthy() == (uint32(i>>32) != 0) {
				if pc = t.condJump(ci, code, pc, true); ci.pc < 0 {
					ci.pc = pc
					return statusPreempt
				}
			} else {
				pc++
			}

		case bytecode.TESTSET:
			v := regs[int(uint16(i>>16))]
			if v.Truthy() == (uint32(i>>32) != 0) {
				regs[a] = v
				if pc = t.condJump(ci, code, pc, true); ci.pc < 0 {
					ci.pc = pc
					return statusPreempt
				}
			} else {
				pc++
			}

		case bytecode.CALL:
			if t.charge(ci) {
				return statusPreempt
			}
			b, c := int(uint16(i>>16)), int(uint32(i>>32))
			fn := base + a
			if b != 0 {
				t.top = fn + b
			}
			if fv := t.stack[fn]; fv.Kind() == KindLuaFunction && !hooked {
				// The common case, without precall's dispatch: continue
				// straight in the new frame.
				ci = t.pushLuaFrame(fv.closure(), fn, c-1)
				goto enter
			}
			pushed, sig := t.precall(fn, c-1)
			if pushed {
				goto newframe
			}
			if sig < 0 {
				return sigStatus(sig)
			}
			regs = t.stack[base:ci.top:ci.top]
			hooked = t.hookMask != 0 // the callee may have been debug.sethook

		case bytecode.TAILCALL:
			if t.charge(ci) {
				return statusPreempt
			}
			b := int(uint16(i >> 16))
			fn := base + a
			if b != 0 {
				t.top = fn + b
			}
			if t.open != nil {
				t.closeUpvalues(base)
			}
			pushed, sig := t.tailcall(ci, fn)
			if pushed {
				goto newframe
			}
			if sig < 0 {
				return sigStatus(sig)
			}
			// A Go function in tail position ran as an ordinary call with
			// all its results; the RETURN that follows returns them.
			regs = t.stack[base:ci.top:ci.top]

		case bytecode.RETURN:
			b := int(uint16(i >> 16))
			if t.open != nil {
				t.closeUpvalues(base)
			}
			n := b - 1
			if b == 0 {
				n = t.top - (base + a)
			}
			if t.hookMask&HookReturn != 0 {
				t.hookReturn()
			}
			if ci.flags&(ciFresh|ciFinishOp) == 0 && ci.nres == 1 && n > 0 {
				// The common case, one result to a caller of this loop:
				// what postcall does, without its generality.
				dst := ci.fn
				t.stack[dst] = t.stack[base+a]
				t.top = dst + 1
				t.frames = t.frames[:len(t.frames)-1]
				if ci = t.frames[len(t.frames)-1]; ci.flags&ciLua != 0 {
					goto enter
				}
				goto newframe
			}
			if t.returnFrom(ci, base+a, n) {
				return statusOK
			}
			goto newframe

		case bytecode.FORLOOP:
			if t.charge(ci) {
				return statusPreempt
			}
			if x := regs[a]; x.p == tagIntPtr {
				step := regs[a+2].AsInt()
				idx := x.AsInt() + step
				limit := regs[a+1].AsInt()
				if (step > 0 && idx <= limit) || (step <= 0 && limit <= idx) {
					pc += int(int32(i >> 32))
					regs[a] = Int(idx)
					regs[a+3] = Int(idx)
				}
			} else {
				step := regs[a+2].AsFloat()
				idx := x.AsFloat() + step
				limit := regs[a+1].AsFloat()
				if (step > 0 && idx <= limit) || (step <= 0 && limit <= idx) {
					pc += int(int32(i >> 32))
					regs[a] = Float(idx)
					regs[a+3] = Float(idx)
				}
			}

		case bytecode.FORPREP:
			t.forPrep(regs[a : a+3])
			pc += int(int32(i >> 32))

		case bytecode.TFORCALL:
			c := int(uint32(i >> 32))
			cb := base + a + 3
			regs[a+3], regs[a+4], regs[a+5] = regs[a], regs[a+1], regs[a+2]
			t.top = cb + 3
			pushed, sig := t.precall(cb, c)
			if pushed {
				goto newframe
			}
			if sig < 0 {
				return sigStatus(sig)
			}
			regs = t.stack[base:ci.top:ci.top]

		case bytecode.TFORLOOP:
			if t.charge(ci) {
				return statusPreempt
			}
			if v := regs[a+1]; !v.IsNil() {
				regs[a] = v
				pc += int(int32(i >> 32))
			}

		case bytecode.SETLIST:
			b, c := int(uint16(i>>16)), int(uint32(i>>32))
			n := b
			if n == 0 {
				n = t.top - (base + a) - 1
			}
			// With B=0 the values may extend past the register window.
			if regs[a].Kind() != KindTable {
				// Only malformed bytecode gets here; the compiler always
				// stores into the table it just created.
				t.runtimeError("SETLIST on a %s value", regs[a].TypeName())
			}
			tb := regs[a].table()
			tb.EnsureArray(c + n) // like lua5.3: the array part covers the whole list
			vals := t.stack[base+a+1 : base+a+1+n]
			copy(tb.array()[c:c+n], vals)

		case bytecode.CLOSURE:
			regs[a] = closureValue(t.newClosure(cl, ci, cl.proto.protos[uint32(i>>32)]))

		case bytecode.VARARG:
			b := int(uint16(i >> 16))
			nvar := base - ci.fn - 1 - cl.proto.NumParams
			if nvar < 0 {
				nvar = 0
			}
			n := b - 1
			if b == 0 {
				n = nvar
				if base+a+n > len(t.stack) {
					t.growStack(base + a + n + 1)
				}
				regs = t.stack[base : base+a+n : base+a+n]
				t.top = base + a + n
			}
			for j := 0; j < n; j++ {
				if j < nvar {
					regs[a+j] = t.stack[base-nvar+j]
				} else {
					regs[a+j] = Nil
				}
			}
			if b == 0 {
				regs = t.stack[base:ci.top:ci.top]
			}

		default:
			t.runtimeError("invalid instruction %v", i)
		}
	}
}

// condJump completes a conditional: when take is true the JMP that follows
// is executed, otherwise it is skipped. It returns the next pc; ci.pc < 0
// afterwards means the budget ran out at a backward jump and the loop
// must stop (at the returned pc).
func (t *Thread) condJump(ci *callInfo, code []bytecode.Instruction, pc int, take bool) int {
	if !take {
		return pc + 1
	}
	j := code[pc]
	if a := j.A(); a != 0 {
		t.closeUpvalues(ci.base + a - 1)
	}
	if j.SBx() < 0 {
		// A backward conditional jump closes a loop: charge it, and
		// signal preemption to the loop by ci.pc = -1.
		if t.budget--; t.budget <= 0 && t.onBudget(ci) {
			ci.pc = -1
		}
	}
	return pc + 1 + j.SBx()
}

// returnFrom completes the return of Lua frame ci with n results at
// stack[first], and reports whether the interpreter loop must stop (the
// frame was the entry frame of the loop).
func (t *Thread) returnFrom(ci *callInfo, first, n int) bool {
	flags := ci.flags
	fn := ci.fn
	t.postcall(first, n)
	if flags&ciFinishOp != 0 {
		t.goCalls-- // see callMeta
		t.finishOp(t.ci(), t.stack[fn], flags)
	}
	return flags&ciFresh != 0
}

// tailcall replaces frame ci by a call of the function at fn and reports
// pushed when a Lua frame is now on top. A Go function is instead called
// normally, keeping all its results from fn on.
func (t *Thread) tailcall(ci *callInfo, fn int) (pushed bool, sig int) {
	// Resolve __call first so that the frame we reuse calls a real function.
	for {
		fv := t.stack[fn]
		if fv.Kind() == KindLuaFunction {
			break
		}
		if fv.Kind() == KindGoFunction {
			return t.precall(fn, -1)
		}
		mm := t.metamethod(fv, tmCall)
		if !mm.IsFunction() {
			t.typeError(fv, fn-ci.base, "call")
		}
		t.ensure(1)
		copy(t.stack[fn+1:t.top+1], t.stack[fn:t.top])
		t.top++
		t.stack[fn] = mm
	}
	// Move the function and its arguments down to this frame's slot and
	// replace the frame (the record is reused, so save what we keep).
	nres, flags := ci.nres, ci.flags
	dst := ci.fn
	n := t.top - fn
	copy(t.stack[dst:dst+n], t.stack[fn:t.top])
	t.top = dst + n
	t.frames = t.frames[:len(t.frames)-1]
	t.pushLuaFrame(t.stack[dst].closure(), dst, nres)
	t.ci().flags |= flags&(ciFresh|ciFinishOp|ciNegate) | ciTail
	if t.hookMask&HookCall != 0 {
		t.hookCall(true)
	}
	return true, 0
}

// newClosure creates a closure of p inside the running closure cl.
func (t *Thread) newClosure(cl *Closure, ci *callInfo, p *Proto) *Closure {
	c := newClosureOf(p)
	for j, d := range p.Upvalues {
		if d.InStack {
			c.upvals[j] = t.findUpvalue(ci.base + d.Index)
		} else {
			c.upvals[j] = cl.upvals[d.Index]
		}
	}
	return c
}

// forPrep checks and converts the control values of a numeric for loop
// (init, limit, step) like lua5.3, and pre-decrements init.
func (t *Thread) forPrep(r []Value) {
	init, limit, step := r[0], r[1], r[2]
	if init.IsInt() && step.IsInt() {
		if lim, stop, ok := forLimit(limit, step.AsInt()); ok {
			iv := init.AsInt()
			if stop {
				iv = 0
			}
			r[1] = Int(lim)
			r[0] = Int(iv - step.AsInt())
			return
		}
	}
	nl, ok := limit.ToNumber()
	if !ok {
		t.runtimeError("'for' limit must be a number")
	}
	r[1] = Float(nl)
	ns, ok := step.ToNumber()
	if !ok {
		t.runtimeError("'for' step must be a number")
	}
	r[2] = Float(ns)
	ni, ok := init.ToNumber()
	if !ok {
		t.runtimeError("'for' initial value must be a number")
	}
	r[0] = Float(ni - ns)
}

// forLimit converts a loop limit to an integer for an integer loop,
// clipping float limits; stop reports a loop that must not run at all.
func forLimit(limit Value, step int64) (lim int64, stop, ok bool) {
	if limit.IsInt() {
		return limit.AsInt(), false, true
	}
	f, isNum := limit.ToNumber()
	if !isNum {
		return 0, false, false
	}
	if limit.IsString() {
		if n, _ := StringToNumber(limit.AsString()); n.IsInt() {
			return n.AsInt(), false, true
		}
	}
	var fl float64
	if step < 0 {
		fl = math.Ceil(f)
	} else {
		fl = math.Floor(f)
	}
	if i, ok := floatToInt(fl); ok && !math.IsNaN(f) {
		return i, false, true
	}
	if f > 0 {
		return math.MaxInt64, step < 0, true
	}
	return math.MinInt64, step >= 0, true
}

// charge takes one reduction from the budget at an instruction that may
// repeat (a backward jump, a loop step, a call): every non-terminating
// execution passes through one of them, so an endless loop is always
// preempted. When the loop must stop, the instruction is re-executed on
// resumption. The common path is a decrement and a predictable branch.
func (t *Thread) charge(ci *callInfo) bool {
	t.budget--
	if t.budget > 0 || !t.onBudget(ci) {
		return false
	}
	ci.pc--
	return true
}

// onBudget is called when the budget reaches zero and reports whether the
// loop must stop for preemption.
func (t *Thread) onBudget(ci *callInfo) bool {
	if t.budgeted && t.nny == 0 {
		t.budgeted = false
		t.budget = math.MaxInt
		return true
	}
	t.budget = math.MaxInt
	return false
}
