package vm

// Calls with continuations, and errors that nothing catches.
//
// A Go function that calls Lua with Call or CallValue keeps its Go frame
// on the stack until the callee returns, so nothing under it can block,
// yield or be preempted. CallK and PCallK are lua_callk and lua_pcallk:
// the Go function returns at once, the callee runs in the interpreter loop
// like any Lua call, and a continuation finishes the Go function's work
// when the callee returns. A command-line host uses them to run chunks one
// after another from one Go frame (lua.c's pmain) in a thread that the
// scheduler may suspend.

// sigCall: the Go function pushed a Lua frame (CallK); the interpreter
// continues in it and later runs the Go frame's continuation.
const sigCall = -4

// CallK calls fn(args...) from the running Go function without holding
// the Go stack: `return t.CallK(fn, args, k)`. When fn returns, its
// results are pushed on the Go function's frame (above what was there
// before the call) and k runs in that frame; k returns the Go function's
// result count and may itself CallK, PCallK or Block again. Code called
// this way may block, yield or be preempted whenever the Go function
// could.
func (t *Thread) CallK(fn Value, args []Value, k func(t *Thread) int) int {
	t.ci().k = func(t *Thread, _ bool) int { return k(t) }
	return t.callK(fn, args)
}

// PCallK is CallK in protected mode (lua_pcallk with a message handler):
// an error raised by fn ends the running Go function's frame, which then
// returns false and the error value. When handler is not nil, the error
// value is first passed through it, with the failing frames still in
// place, as xpcall does (so that it can build a traceback). On success k
// runs as for CallK, outside the protection.
func (t *Thread) PCallK(fn Value, args []Value, handler Value, k func(t *Thread) int) int {
	ci := t.ci()
	ci.flags |= ciProtected
	ci.handler = handler
	ci.savedGoCalls, ci.savedNny = t.goCalls, t.nny
	ci.k = func(t *Thread, _ bool) int {
		t.ci().flags &^= ciProtected
		return k(t)
	}
	return t.callK(fn, args)
}

// callK pushes fn and args on top of the running Go frame and calls fn.
// A Lua callee gets a frame and sigCall tells the loop to enter it; a Go
// callee runs now, and the continuation with it.
func (t *Thread) callK(fn Value, args []Value) int {
	fnIdx := t.top
	t.ensure(len(args) + 1)
	t.stack[t.top] = fn
	t.top++
	t.top += copy(t.stack[t.top:], args)
	pushed, sig := t.precall(fnIdx, -1)
	switch {
	case pushed:
		return sigCall
	case sig < 0:
		// A Go callee blocked or yielded: its frame, then ours, continue
		// when the thread runs again.
		return sig
	}
	// A Go callee has returned already: continue at once.
	return t.ci().k(t, true)
}

// Abort raises err so that nothing catches it: no pcall, xpcall or
// coroutine.resume stops it and no message handler runs. The thread
// driven by Run (or the Call from Go that started the Lua code) ends with
// an *Error whose Abort field is err. It is how os.exit ends a process
// from anywhere in its code. It does not return.
func Abort(err error) {
	panic(&Error{Value: String(err.Error()), Abort: err})
}
