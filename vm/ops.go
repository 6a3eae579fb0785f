package vm

import "wippylua/bytecode"

// Operations with metamethods. Each takes inLoop: when true (called by the
// interpreter loop) a handler that is a Lua function is started as a new
// frame flagged ciFinishOp and the operation reports pushed=true; the loop
// continues in the handler and finishOp completes the instruction when it
// returns. This keeps metamethods on the Lua stack, so they may yield.
// Otherwise the handler is called synchronously.

// maxTagLoop bounds __index/__newindex chains (lua5.3's MAXTAGLOOP).
const maxTagLoop = 2000

// callMeta calls handler h with nargs (2 or 3) arguments for one result.
func (t *Thread) callMeta(h Value, nargs int, a1, a2, a3 Value, inLoop bool, flags uint8) (Value, bool) {
	// The handler and its arguments go just above the caller's frame: for
	// a Lua frame that is always ci.top (no multiple results are pending
	// while an instruction runs a metamethod, and t.top may still point
	// past an earlier metamethod's result); for a Go frame it is t.top.
	ci := t.ci()
	scratch := t.top
	if ci.flags&ciLua != 0 {
		scratch = ci.top
	}
	if scratch+4+minGoStack > len(t.stack) {
		t.growStack(scratch + 4 + minGoStack)
	}
	s := t.stack
	s[scratch], s[scratch+1], s[scratch+2], s[scratch+3] = h, a1, a2, a3
	t.top = scratch + 1 + nargs
	if inLoop && h.Kind() == KindLuaFunction {
		// lua5.3 calls metamethods through its C stack and counts them
		// against LUAI_MAXCCALLS; count them the same way (goCalls) so
		// that runaway metamethod recursion is a "C stack overflow" too.
		if t.goCalls >= maxGoCalls {
			t.runtimeError("C stack overflow")
		}
		t.goCalls++
		t.pushLuaFrame(h.closure(), scratch, 1)
		t.ci().flags |= ciFinishOp | flags
		return Nil, true
	}
	t.callTop(scratch, 1)
	v := t.stack[scratch]
	t.top = scratch
	if flags&ciNegate != 0 {
		v = Bool(!v.Truthy())
	}
	return v, false
}

// index returns obj[key], following __index.
func (t *Thread) index(obj, key Value, origin int, inLoop bool) (Value, bool) {
	var kh uint64
	if key.IsString() {
		kh = hashValue(key)
	}
	return t.indexH(obj, key, kh, origin, inLoop, false)
}

// indexH is index with the hash of a string key computed once for the
// whole __index chain (kh is ignored for other keys). rawMissed says that
// obj is a table whose raw lookup of key the caller has just done and
// found nil, so the chain starts at its metatable.
//
// It stays out of line (also under profile-guided optimisation): inlined
// into the interpreter loop's three callers it made method-heavy code
// about 10% slower, by growing the loop rather than saving a call.
//
//go:noinline
func (t *Thread) indexH(obj, key Value, kh uint64, origin int, inLoop, rawMissed bool) (Value, bool) {
	isStr := key.IsString()
	for loop := 0; loop < maxTagLoop; loop++ {
		var h Value
		if obj.Kind() == KindTable {
			tb := t.state.view(obj.table())
			if !rawMissed {
				var v Value
				if isStr {
					v = tb.getHashH(key, kh)
				} else {
					v = tb.Get(key)
				}
				if !v.IsNil() {
					return v, false
				}
			}
			rawMissed = false
			mt := t.state.view(tb.meta)
			if isStr && mt != nil {
				if v, ok := t.state.indexThroughTables(mt, key, kh); ok {
					return v, false
				}
			}
			if h = metaField(mt, tmIndex); h.IsNil() {
				return Nil, false
			}
		} else if h = t.metamethod(obj, tmIndex); h.IsNil() {
			t.typeError(obj, origin, "index")
		}
		if h.IsFunction() {
			return t.callMeta(h, 2, obj, key, Nil, inLoop, 0)
		}
		obj, origin = h, originNone
	}
	t.runtimeError("'__index' chain too long; possibly a loop")
	return Nil, false
}

// setIndex performs obj[key] = val, following __newindex.
func (t *Thread) setIndex(obj, key, val Value, origin int) (pushed bool) {
	return t.setIndexIn(obj, key, val, origin, true)
}

func (t *Thread) setIndexIn(obj, key, val Value, origin int, inLoop bool) bool {
	for loop := 0; loop < maxTagLoop; loop++ {
		var h Value
		if obj.Kind() == KindTable {
			tb := t.state.view(obj.table())
			if tb.meta == nil || !tb.Get(key).IsNil() {
				t.rawSet(tb, key, val)
				return false
			}
			if h = metaField(t.state.view(tb.meta), tmNewindex); h.IsNil() {
				t.rawSet(tb, key, val)
				return false
			}
		} else if h = t.metamethod(obj, tmNewindex); h.IsNil() {
			t.typeError(obj, origin, "index")
		}
		if h.IsFunction() {
			_, pushed := t.callMeta(h, 3, obj, key, val, inLoop, 0)
			return pushed
		}
		obj, origin = h, originNone
	}
	t.runtimeError("'__newindex' chain too long; possibly a loop")
	return false
}

// rawSet assigns with Lua's errors for invalid keys. tb may be a shared
// table or a view of one: the write goes to the State's own copy.
func (t *Thread) rawSet(tb *Table, key, val Value) {
	if err := t.state.mutable(tb).Set(key, val); err != nil {
		t.runtimeError("%s", err.Error())
	}
}

// arith computes R(A) := x op y of the current Lua frame, using
// metamethods when needed. ob and oc are the RK operands (for messages).
func (t *Thread) arith(op arithOp, a int, x, y Value, ob, oc int) bool {
	if r, ok := t.arithRaw(op, x, y); ok {
		t.stack[t.ci().base+a] = r
		return false
	}
	v, pushed := t.arithMeta(op, x, y, rkOrigin(ob), rkOrigin(oc), true)
	if !pushed {
		t.stack[t.ci().base+a] = v
	}
	return pushed
}

func (t *Thread) arithMeta(op arithOp, x, y Value, ox, oy int, inLoop bool) (Value, bool) {
	ev := op.event()
	h := t.metamethod(x, ev)
	if h.IsNil() {
		h = t.metamethod(y, ev)
	}
	if h.IsNil() {
		t.arithError(op, x, y, ox, oy)
	}
	return t.callMeta(h, 2, x, y, Nil, inLoop, 0)
}

// length computes #x.
func (t *Thread) length(x Value, origin int, inLoop bool) (Value, bool) {
	h := t.metamethod(x, tmLen)
	if h.IsNil() {
		switch x.Kind() {
		case KindTable:
			return Int(t.state.view(x.table()).Len()), false
		case KindString:
			return Int(int64(x.strLen())), false
		}
		t.typeError(x, origin, "get length of")
	}
	return t.callMeta(h, 2, x, x, Nil, inLoop, 0)
}

// equalMeta compares two tables or two userdata, using __eq.
func (t *Thread) equalMeta(x, y Value, inLoop bool) (bool, bool) {
	if x.p == y.p {
		return true, false
	}
	h := metaField(t.state.metaView(x), tmEq)
	if h.IsNil() {
		h = metaField(t.state.metaView(y), tmEq)
	}
	if h.IsNil() {
		return false, false
	}
	v, pushed := t.callMeta(h, 2, x, y, Nil, inLoop, 0)
	return v.Truthy(), pushed
}

// lessThan computes x < y for non-numbers.
func (t *Thread) lessThan(x, y Value, inLoop bool) (bool, bool) {
	if x.IsNumber() && y.IsNumber() {
		return numLess(x, y), false
	}
	if x.IsString() && y.IsString() {
		return x.AsString() < y.AsString(), false
	}
	h := t.metamethod(x, tmLt)
	if h.IsNil() {
		h = t.metamethod(y, tmLt)
	}
	if h.IsNil() {
		t.compareError(x, y)
	}
	v, pushed := t.callMeta(h, 2, x, y, Nil, inLoop, 0)
	return v.Truthy(), pushed
}

// lessEqual computes x <= y for non-numbers, falling back to not (y < x)
// when there is no __le, as lua5.3 does.
func (t *Thread) lessEqual(x, y Value, inLoop bool) (bool, bool) {
	if x.IsNumber() && y.IsNumber() {
		return numLessEq(x, y), false
	}
	if x.IsString() && y.IsString() {
		return x.AsString() <= y.AsString(), false
	}
	h := t.metamethod(x, tmLe)
	if h.IsNil() {
		h = t.metamethod(y, tmLe)
	}
	if !h.IsNil() {
		v, pushed := t.callMeta(h, 2, x, y, Nil, inLoop, 0)
		return v.Truthy(), pushed
	}
	h = t.metamethod(y, tmLt)
	if h.IsNil() {
		h = t.metamethod(x, tmLt)
	}
	if h.IsNil() {
		t.compareError(x, y)
	}
	v, pushed := t.callMeta(h, 2, y, x, Nil, inLoop, ciNegate)
	return v.Truthy(), pushed
}

func isStrNum(v Value) bool { return v.IsString() || v.IsNumber() }

// concat concatenates stack[first..last] into stack[first], right to
// left, joining runs of strings and numbers at once and calling __concat
// for other pairs.
func (t *Thread) concat(ci *callInfo, first, last int, inLoop bool) bool {
	for last > first {
		x, y := t.stack[last-1], t.stack[last]
		if isStrNum(x) && isStrNum(y) {
			s := last - 1
			for s > first && isStrNum(t.stack[s-1]) {
				s--
			}
			t.stack[s] = t.concatValues(t.stack[s : last+1])
			last = s
			continue
		}
		h := t.metamethod(x, tmConcat)
		if h.IsNil() {
			h = t.metamethod(y, tmConcat)
		}
		if h.IsNil() {
			ox, oy := originNone, originNone
			if ci.flags&ciLua != 0 {
				ox, oy = last-1-ci.base, last-ci.base
			}
			t.concatError(x, y, ox, oy)
		}
		ci.extra = last - 1
		v, pushed := t.callMeta(h, 2, x, y, Nil, inLoop, 0)
		if pushed {
			return true
		}
		t.stack[last-1] = v
		last--
	}
	return false
}

// finishOp completes the instruction of Lua frame ci that started a
// metamethod, given the metamethod's result.
func (t *Thread) finishOp(ci *callInfo, res Value, flags uint8) {
	code := ci.cl.proto.Code
	i := code[ci.pc-1]
	a := i.A()
	switch op := i.Op(); op {
	case bytecode.EQ, bytecode.LT, bytecode.LE:
		r := res.Truthy()
		if flags&ciNegate != 0 {
			r = !r
		}
		ci.pc = t.condJump(ci, code, ci.pc, r == (a != 0))
	case bytecode.CONCAT:
		t.stack[ci.extra] = res
		first := ci.base + i.B()
		if !t.concat(ci, first, ci.extra, true) {
			t.stack[ci.base+a] = t.stack[first]
		}
	case bytecode.SETTABUP, bytecode.SETTABLE:
	default:
		t.stack[ci.base+a] = res
	}
}
