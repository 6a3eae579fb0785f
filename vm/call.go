package vm

// Calls. Lua-to-Lua calls never recurse on the Go stack: precall pushes a
// frame and the interpreter loop continues in it. Go functions are called
// directly. Go code calling Lua (Thread.Call) runs a nested interpreter
// loop; such a call cannot be crossed by a yield.

// Results of a Go function other than a result count.
const (
	// sigYield: the coroutine yields the t.yieldN values at the top.
	sigYield = -1
	// sigBlock: the Go function waits (Thread.Block); its frame's
	// continuation produces the results when the thread runs again.
	sigBlock = -2
	// sigPreempt: a coroutine resumed by the Go function ran out of budget;
	// the frame's continuation goes on resuming it.
	sigPreempt = -3
)

// Loop outcomes.
type status uint8

const (
	statusOK      status = iota // the entry frame returned
	statusYield                 // the coroutine yielded
	statusPreempt               // the instruction budget ran out
	statusBlock                 // a Go function is waiting (Thread.Block)
)

// sigStatus converts a Go function's signal into the loop's outcome.
func sigStatus(sig int) status {
	switch sig {
	case sigBlock:
		return statusBlock
	case sigPreempt:
		return statusPreempt
	}
	return statusYield
}

const (
	specialPcall = 1 + iota
	specialXpcall
)

// precall prepares the call of the function at stack[fnIdx] with the
// arguments up to t.top. For a Lua function it pushes a frame and returns
// true: the caller's loop must continue in the new frame. A Go function is
// run to completion (results moved to fnIdx) and precall returns false,
// unless it yields: then the returned signal is sigYield.
func (t *Thread) precall(fnIdx, nres int) (pushed bool, sig int) {
	for {
		fv := t.stack[fnIdx]
		switch fv.Kind() {
		case KindLuaFunction:
			t.pushLuaFrame(fv.closure(), fnIdx, nres)
			if t.hookMask&HookCall != 0 {
				t.hookCall(false)
			}
			return true, 0
		case KindGoFunction:
			return t.callGo(fv.goFunc(), fnIdx, nres)
		}
		// Not a function: use __call, shifting the arguments up.
		mm := t.metamethod(fv, tmCall)
		if !mm.IsFunction() {
			origin := originNone
			if ci := t.ci(); ci.flags&ciLua != 0 && fnIdx >= ci.base && fnIdx < ci.top {
				origin = fnIdx - ci.base
			}
			t.typeError(fv, origin, "call")
		}
		t.ensure(1)
		copy(t.stack[fnIdx+1:t.top+1], t.stack[fnIdx:t.top])
		t.top++
		t.stack[fnIdx] = mm
	}
}

func (t *Thread) pushLuaFrame(cl *Closure, fnIdx, nres int) *callInfo {
	p := cl.proto
	nargs := t.top - fnIdx - 1
	np := p.NumParams
	need := fnIdx + 1 + nargs + p.MaxStack + 1
	if need > len(t.stack) {
		t.growStack(need)
	}
	base := fnIdx + 1
	if p.IsVararg {
		// Fixed parameters move above the actual arguments; the extra
		// arguments stay below base, where VARARG finds them.
		base = fnIdx + 1 + nargs
		for i := 0; i < np; i++ {
			if i < nargs {
				t.stack[base+i] = t.stack[fnIdx+1+i]
				t.stack[fnIdx+1+i] = Nil
			} else {
				t.stack[base+i] = Nil
			}
		}
	} else {
		for i := nargs; i < np; i++ {
			t.stack[base+i] = Nil
		}
	}
	// Registers above the parameters are left as they are, as in lua5.3:
	// the compiler initialises every local before reading it.
	top := base + p.MaxStack
	ci := t.pushFrame()
	ci.cl, ci.gf, ci.fn, ci.base, ci.top, ci.nres, ci.flags = cl, nil, fnIdx, base, top, nres, ciLua
	ci.pc, ci.hookPC = 0, 0
	if ci.k != nil {
		ci.k = nil // only Go frames use it; drop a stale one for the collector
	}
	t.top = top
	return ci
}

// callGo runs a Go function at stack[fnIdx] with arguments up to t.top.
func (t *Thread) callGo(gf *GoFunction, fnIdx, nres int) (pushed bool, sig int) {
	t.ensure(minGoStack)
	ci := t.pushFrame()
	ci.cl, ci.gf, ci.fn, ci.base, ci.top, ci.nres, ci.flags = nil, gf, fnIdx, fnIdx+1, t.top+minGoStack, nres, 0
	ci.k = nil
	if gf.special != 0 {
		return t.callSpecial(gf)
	}
	if t.hookMask&HookCall != 0 {
		t.hookCall(false)
	}
	n := gf.Fn(t)
	if n < 0 {
		if n == sigCall {
			return true, 0
		}
		return false, n
	}
	if t.hookMask&HookReturn != 0 {
		t.hookReturn()
	}
	t.postcall(t.top-n, n)
	return false, 0
}

// postcall pops the current frame, moving its n results starting at
// stack[first] to the frame's function slot and adjusting them to the
// number the caller wanted.
func (t *Thread) postcall(first, n int) {
	ci := t.frames[len(t.frames)-1]
	dst, want := ci.fn, ci.nres
	t.frames = t.frames[:len(t.frames)-1]
	if want < 0 {
		copy(t.stack[dst:dst+n], t.stack[first:first+n])
		t.top = dst + n
		return
	}
	if n > want {
		n = want
	}
	if n == 1 {
		t.stack[dst] = t.stack[first] // the common case, without copy's call
	} else {
		copy(t.stack[dst:dst+n], t.stack[first:first+n])
	}
	for i := dst + n; i < dst+want; i++ {
		t.stack[i] = Nil
	}
	t.top = dst + want
}

// callSpecial implements pcall and xpcall: the frame just pushed becomes a
// protected boundary and the target function is called in place, so that
// a yield inside it does not cross the Go stack.
func (t *Thread) callSpecial(gf *GoFunction) (pushed bool, sig int) {
	ci := t.ci()
	nargs := t.top - ci.base
	ci.handler = Nil
	switch gf.special {
	case specialPcall:
		if nargs < 1 {
			t.ArgError(1, "value expected")
		}
	case specialXpcall:
		if !t.Arg(2).IsFunction() {
			t.TypeError(2, "function")
		}
		ci.handler = t.stack[ci.base+1]
		copy(t.stack[ci.base+1:], t.stack[ci.base+2:t.top])
		t.top--
	}
	// Only now does the frame catch errors: a bad call of pcall itself is
	// an error of its caller.
	ci.flags |= ciProtected
	ci.savedGoCalls, ci.savedNny = t.goCalls, t.nny
	ci.k = pcallK
	pushed, sig = t.precall(ci.base, -1)
	if pushed || sig < 0 {
		return pushed, sig
	}
	// The target was a Go function and has returned.
	return t.finishGoFrame(true)
}

// pcallK completes pcall/xpcall after the protected function returned:
// the results sit from the frame's base to the top; prepend true.
func pcallK(t *Thread, ok bool) int {
	ci := t.ci()
	t.stack[ci.fn] = True
	return t.top - ci.fn
}

// finishGoFrame runs the continuation of the Go frame on top (its callee
// has returned) and completes that frame's own return.
func (t *Thread) finishGoFrame(ok bool) (pushed bool, sig int) {
	ci := t.ci()
	n := ci.k(t, ok)
	if n < 0 {
		if n == sigCall {
			return true, 0
		}
		return false, n
	}
	t.postcall(t.top-n, n)
	return false, 0
}

// Call calls fn with args from Go and returns its results. Errors are
// returned as *Error. Call may be used from Go functions too (a yield
// inside the callee then fails with "attempt to yield across a C-call
// boundary").
func (t *Thread) Call(fn Value, args ...Value) (results []Value, err error) {
	base := t.top
	t.ensure(len(args) + 1)
	t.stack[t.top] = fn
	t.top++
	for _, a := range args {
		t.stack[t.top] = a
		t.top++
	}
	if err := t.PCallTop(base, -1); err != nil {
		t.top = base
		return nil, err
	}
	results = make([]Value, t.top-base)
	copy(results, t.stack[base:t.top])
	t.top = base
	return results, nil
}

// CallTop calls the function at stack index fnIdx (absolute) with the
// arguments above it up to the top, leaving nres results (all when -1)
// from fnIdx on. Errors propagate as Lua errors (panics).
func (t *Thread) callTop(fnIdx, nres int) {
	if t.goCalls >= maxGoCalls {
		if t.goCalls >= maxGoCalls+maxGoCalls/8 {
			panic(&Error{Value: String("error in error handling")})
		}
		t.runtimeError("C stack overflow")
	}
	t.goCalls++
	t.nny++
	depth := len(t.frames)
	pushed, sig := t.precall(fnIdx, nres)
	if sig < 0 {
		// Yield and Block refuse to run under a Go call; nothing else
		// produces a signal here.
		t.goCalls--
		t.nny--
		t.Throw(String("attempt to yield across a C-call boundary"))
	}
	if pushed {
		t.frames[depth].flags |= ciFresh
		t.execute(depth)
	}
	t.goCalls--
	t.nny--
}

// PCallTop is callTop with errors returned instead of raised. On error the
// frames and stack are restored to the state before the call and the
// traceback of the failure is recorded in the error.
func (t *Thread) PCallTop(fnIdx, nres int) (err error) {
	depth := len(t.frames)
	goCalls, nny := t.goCalls, t.nny
	defer func() {
		if r := recover(); r != nil {
			e := toError(r)
			if e.Traceback == "" {
				e.Traceback = t.Traceback(0)
			}
			t.closeUpvalues(fnIdx)
			t.frames = t.frames[:depth]
			t.goCalls, t.nny = goCalls, nny
			t.top = fnIdx
			t.overflowing = false
			if e.Abort != nil && depth > 1 {
				// Called from a running function: the abort goes on
				// ending the thread; only the embedder's call returns it.
				panic(e)
			}
			err = e
		}
	}()
	t.callTop(fnIdx, nres)
	return nil
}

// CallValue calls fn with args and returns its first result; errors are
// raised as Lua errors. For use inside Go functions.
func (t *Thread) CallValue(fn Value, args ...Value) Value {
	base := t.top
	t.ensure(len(args) + 1)
	t.stack[t.top] = fn
	t.top++
	for _, a := range args {
		t.stack[t.top] = a
		t.top++
	}
	t.callTop(base, 1)
	v := t.stack[base]
	t.top = base
	return v
}

// execute runs the interpreter loop until the frame at index depth has
// returned, handling errors raised inside protected calls that live above
// depth. Errors not caught there propagate (panic) to the caller.
func (t *Thread) execute(depth int) status {
	for {
		st, e := t.runGuarded(depth)
		if e == nil {
			return st
		}
		if !t.recoverAt(depth, e) {
			panic(e)
		}
	}
}

func (t *Thread) runGuarded(depth int) (st status, e *Error) {
	defer func() {
		if r := recover(); r != nil {
			e = toError(r)
		}
	}()
	return t.loop(depth), nil
}

// recoverAt unwinds to the innermost protected frame at or above depth and
// completes it with false plus the error value (after running xpcall's
// handler). It reports false when no such frame exists.
func (t *Thread) recoverAt(depth int, e *Error) bool {
	pi := -1
	for i := len(t.frames) - 1; i >= depth; i-- {
		if t.frames[i].flags&ciProtected != 0 {
			pi = i
			break
		}
	}
	if pi < 0 || e.Abort != nil {
		return false
	}
	ev := e.Value
	if h := t.frames[pi].handler; !h.IsNil() {
		ev = t.callHandler(h, ev)
	}
	ci := t.frames[pi]
	t.closeUpvalues(ci.base)
	t.goCalls, t.nny = ci.savedGoCalls, ci.savedNny
	t.frames = t.frames[:pi+1]
	t.overflowing = false
	t.stack[ci.fn] = False
	t.stack[ci.fn+1] = ev
	t.top = ci.fn + 2
	t.postcall(ci.fn, 2)
	return true
}

// callHandler runs an xpcall message handler on the error value, with the
// failing frames still in place so that it can produce a traceback.
func (t *Thread) callHandler(h, ev Value) (res Value) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); ok && e.Abort != nil {
				panic(e)
			}
			// lua5.3 calls the handler again on the handler's own error
			// until that overflows, then reports LUA_ERRERR.
			res = String("error in error handling")
		}
	}()
	return t.CallValue(h, ev)
}

// NewPCall returns the pcall built-in. The interpreter implements it
// itself (see callSpecial), so a yield inside the protected function does
// not have to cross a Go call.
func NewPCall() *GoFunction {
	return &GoFunction{Name: "pcall", special: specialPcall, Fn: func(*Thread) int { return 0 }}
}

// NewXPCall returns the xpcall built-in.
func NewXPCall() *GoFunction {
	return &GoFunction{Name: "xpcall", special: specialXpcall, Fn: func(*Thread) int { return 0 }}
}
