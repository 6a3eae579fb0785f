package vm

import (
	"math"
	"unsafe"
)

// Limits, as in Lua 5.3.
const (
	// MaxStack is the largest number of stack slots one thread may use
	// (LUAI_MAXSTACK); beyond it calls fail with "stack overflow".
	MaxStack = 1000000
	// maxGoCalls bounds nested Go→Lua calls (LUAI_MAXCCALLS).
	maxGoCalls = 200
	// errorStackExtra is room granted beyond MaxStack so that error
	// handlers can run after a stack overflow.
	errorStackExtra = 200
	// minGoStack is the number of free slots a Go function can push
	// without checking (LUA_MINSTACK).
	minGoStack = 20
	// maxFrames bounds the depth of calls (Lua frames use at least a few
	// stack slots each, so MaxStack would stop them too).
	maxFrames = MaxStack / 5
)

type threadStatus uint8

const (
	threadSuspended threadStatus = iota // created or yielded
	threadRunning
	threadNormal // resumed another coroutine
	threadDead
)

// Call frame flags.
const (
	ciLua       uint8 = 1 << iota // frame of a Lua closure
	ciFresh                       // the interpreter loop that pushed it returns when it returns
	ciProtected                   // pcall/xpcall frame: errors below it stop here
	ciFinishOp                    // metamethod call: on return, finish the caller's instruction
	ciNegate                      // __le emulated by not __lt: negate the result
	ciTail                        // reached through a tail call
	ciHook                        // hook call (debug.sethook)
)

// callInfo is one activation record. Frames refer to stack slots by index
// so that growing the stack never invalidates them.
type callInfo struct {
	cl    *Closure    // Lua function, or nil
	gf    *GoFunction // Go function, or nil
	fn    int         // stack index of the function; results are moved here
	base  int         // first register (Lua) / first argument (Go)
	top   int         // Lua: base+MaxStack of the proto; Go: limit for pushes
	pc    int         // next instruction (Lua)
	nres  int         // results wanted by the caller, -1 for all
	flags uint8

	// For Go frames: a continuation called when a callee started with
	// callK returns (or, for protected frames, fails).
	k func(t *Thread, ok bool) int
	// handler is xpcall's message handler.
	handler Value
	// savedGoCalls restores t.goCalls when an error unwinds to this frame.
	savedGoCalls, savedNny int
	// hookPC is the last instruction seen by the line hook in this frame.
	hookPC int
	// extra holds per-instruction state across a metamethod call (the end
	// of a CONCAT in progress).
	extra int
}

// Thread is a Lua coroutine: a value stack, its call frames and its
// status. The main thread of a State is also a Thread.
type Thread struct {
	state  *State
	stack  []Value
	top    int         // first free slot of the current Go frame / end of multiple results
	frames []*callInfo // frames[0] is the embedder's frame; entries beyond len are kept for reuse
	open   *Upvalue    // open upvalues, highest stack index first
	status threadStatus
	isMain bool
	// exposed is set once a Value of the thread exists (ThreadValue):
	// Lua code may hold it, so the thread is never recycled (Release).
	exposed bool

	overflowing bool // handling a stack overflow: allow the extra slots

	goCalls int // nested Go→Lua calls on the Go stack (not yieldable below)
	nny     int // >0 while a yield would have to cross a Go call

	// budget counts instructions left before the loop stops with
	// "preempted"; budgeted is false when no budget applies.
	budget   int
	budgeted bool

	// hooks (debug.sethook)
	hook      Value
	hookMask  uint8
	hookCount int
	hookLeft  int
	inHook    bool
	lastLine  int

	// resumer is the coroutine that resumed this one.
	resumer *Thread
	// yieldN is the number of values passed to yield (at the top).
	yieldN int
	// started and pendingYield track a thread driven by Run.
	started, pendingYield bool
	// suspendable is set when whoever runs this thread can stop and
	// continue it later (Run, or a resume that can itself stop).
	suspendable bool
	// stopped is why the coroutine's loop last returned.
	stopped status
}

// threadBlock lays out a new coroutine and what it needs first (its
// initial stack, frame array and first frame records) in one allocation:
// programs create coroutines by the hundred thousand, and one object
// instead of five is less work for the allocator and the collector.
type threadBlock struct {
	th     Thread
	stack  [initialStack]Value
	frames [8]*callInfo
	cis    [3]callInfo // the embedder's frame, the body and one call below it
}

// initialStack is the stack size of a new coroutine (Lua uses 40 slots).
const initialStack = 32

func (s *State) newThread() *Thread {
	b, _ := recycled.Get().(*threadBlock)
	if b == nil {
		b = &threadBlock{}
	}
	t := &b.th
	t.state, t.status = s, threadSuspended
	t.stack = b.stack[:]
	t.frames = b.frames[:1]
	for i := range b.cis {
		b.frames[i] = &b.cis[i]
	}
	// Frame 0 is a Go frame representing the embedder: results of calls
	// made from Go are left on the stack above it.
	b.cis[0] = callInfo{fn: 0, base: 1, top: 1 + minGoStack}
	t.top = 1
	t.budget = math.MaxInt
	return t
}

// NewThread creates a coroutine in the same State.
func (s *State) NewThread() *Thread { return s.newThread() }

// State returns the State the thread belongs to.
func (t *Thread) State() *State { return t.state }

// ci returns the current frame.
func (t *Thread) ci() *callInfo { return t.frames[len(t.frames)-1] }

// pushFrame returns a frame record on top of the frame stack. Records are
// reused and their addresses never change, so the interpreter may hold a
// *callInfo across calls that push more frames. The record is NOT
// cleared (that costs a 120-byte clear per call): callers set every field
// their kind of frame reads (see pushLuaFrame and callGo).
func (t *Thread) pushFrame() *callInfo {
	n := len(t.frames)
	if n == cap(t.frames) {
		if n >= maxFrames {
			t.runtimeError("stack overflow")
		}
		nf := make([]*callInfo, n, 2*n)
		copy(nf, t.frames)
		t.frames = nf
	}
	t.frames = t.frames[:n+1]
	ci := t.frames[n]
	if ci == nil {
		ci = new(callInfo)
		t.frames[n] = ci
	}
	return ci
}

// ensure makes sure the stack has room for n more slots above t.top.
func (t *Thread) ensure(n int) {
	if t.top+n > len(t.stack) {
		t.growStack(t.top + n)
	}
}

// growStack reallocates the stack to hold at least need slots, moving
// every frame's registers (frames use indices) and re-pointing open
// upvalues.
func (t *Thread) growStack(need int) {
	limit := MaxStack
	if t.overflowing {
		limit = MaxStack + errorStackExtra
	}
	if need > limit {
		if t.overflowing {
			// The error handler itself overflowed.
			t.overflowing = false
			panic(&Error{Value: String("error in error handling")})
		}
		t.overflowing = true
		t.runtimeError("stack overflow")
	}
	size := len(t.stack) * 2
	if size < need {
		size = need
	}
	if size > limit {
		size = limit
	}
	ns := make([]Value, size)
	copy(ns, t.stack)
	t.stack = ns
	for u := t.open; u != nil; u = u.next {
		u.v = &t.stack[u.idx]
	}
}

// --- Arguments and results of Go functions ---------------------------------

// NArgs returns the number of arguments passed to the running Go function.
func (t *Thread) NArgs() int { return t.top - t.ci().base }

// Arg returns argument i (1-based) of the running Go function, or nil.
func (t *Thread) Arg(i int) Value {
	idx := t.ci().base + i - 1
	if idx < t.top {
		return t.stack[idx]
	}
	return Nil
}

// Args returns the arguments of the running Go function. The slice aliases
// the stack: it is valid until the function pushes or calls.
func (t *Thread) Args() []Value { return t.stack[t.ci().base:t.top] }

// SetArg replaces argument i (1-based), which must exist.
func (t *Thread) SetArg(i int, v Value) { t.stack[t.ci().base+i-1] = v }

// SetTop sets the number of values in the current Go frame, dropping or
// nil-filling arguments.
func (t *Thread) SetTop(n int) {
	nt := t.ci().base + n
	if nt > t.top {
		t.ensure(nt - t.top)
		for i := t.top; i < nt; i++ {
			t.stack[i] = Nil
		}
	}
	t.top = nt
}

// Top returns the number of values in the current Go frame.
func (t *Thread) Top() int { return t.top - t.ci().base }

// Push appends a value to the current Go frame.
func (t *Thread) Push(v Value) {
	if t.top >= len(t.stack) {
		t.growStack(t.top + minGoStack)
	}
	t.stack[t.top] = v
	t.top++
}

// Get returns value i (1-based) of the current Go frame (arguments first,
// then pushed values); negative i counts from the top.
func (t *Thread) Get(i int) Value {
	if i < 0 {
		return t.stack[t.top+i]
	}
	return t.Arg(i)
}

// Pop removes n values from the top.
func (t *Thread) Pop(n int) { t.top -= n }

// --- Upvalues --------------------------------------------------------------

// findUpvalue returns the open upvalue for stack slot idx, creating it.
func (t *Thread) findUpvalue(idx int) *Upvalue {
	pp := &t.open
	for u := *pp; u != nil && u.idx >= idx; u = *pp {
		if u.idx == idx {
			return u
		}
		pp = &u.next
	}
	u := &Upvalue{v: &t.stack[idx], idx: idx, next: *pp}
	*pp = u
	return u
}

// closeUpvalues closes every open upvalue at stack index level or above.
func (t *Thread) closeUpvalues(level int) {
	for t.open != nil && t.open.idx >= level {
		u := t.open
		u.closed = *u.v
		u.v = &u.closed
		t.open = u.next
		u.next = nil
	}
}

// memSize estimates the thread's memory for collectgarbage("count").
func (t *Thread) memSize() int {
	return int(unsafe.Sizeof(*t)) + cap(t.stack)*16 + cap(t.frames)*(8+int(unsafe.Sizeof(callInfo{})))
}
