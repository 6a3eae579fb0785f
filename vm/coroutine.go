package vm

import "math"

// Coroutines. Each coroutine is a Thread with its own stack and frames.
// Resuming runs the coroutine's interpreter loop from where it stopped;
// yielding makes that loop return. No goroutines are involved.

// Yield is returned by a Go function to yield the n values on top of its
// frame from the running coroutine: `return t.Yield(n)`. The values passed
// to the next resume become the Go function's results.
func (t *Thread) Yield(n int) int {
	if t.isMain {
		t.Throw(String("attempt to yield from outside a coroutine"))
	}
	if t.nny > 0 {
		t.Throw(String("attempt to yield across a C-call boundary"))
	}
	t.yieldN = n
	return sigYield
}

// IsYieldable reports whether the running code may yield.
func (t *Thread) IsYieldable() bool { return !t.isMain && t.nny == 0 }

// IsMain reports whether t is the main thread of its State.
func (t *Thread) IsMain() bool { return t.isMain }

// Status returns the coroutine status as coroutine.status reports it when
// asked from the running thread from.
func (t *Thread) Status(from *Thread) string { return t.statusString(from) }

// NewCoroutine creates a coroutine that will run fn.
func (t *Thread) NewCoroutine(fn Value) *Thread {
	co := t.state.newThread()
	co.stack[co.top] = fn
	co.top++
	return co
}

// checkResumable returns lua5.3's error for a coroutine that cannot be
// resumed from t.
func (t *Thread) checkResumable(co *Thread) *Error {
	switch {
	case co.status == threadDead:
		return &Error{Value: String("cannot resume dead coroutine")}
	case co == t || co.status != threadSuspended:
		return &Error{Value: String("cannot resume non-suspended coroutine")}
	case len(co.frames) == 1 && co.top == 1:
		return &Error{Value: String("cannot resume dead coroutine")}
	case t.goCalls >= maxGoCalls:
		return &Error{Value: String("C stack overflow")}
	}
	return nil
}

// Resume resumes coroutine co from Go code and returns the values it
// yielded or returned, or the error that ended it. Code inside co cannot
// block or be preempted (use ResumeK from a Go function for that).
func (t *Thread) Resume(co *Thread, args []Value) (results []Value, err *Error) {
	if err := t.checkResumable(co); err != nil {
		return nil, err
	}
	co.suspendable, co.budgeted = false, false
	co.budget = math.MaxInt
	st, res, e := t.resumeOnce(co, args)
	if st == statusBlock || st == statusPreempt {
		// Cannot happen: co was not suspendable.
		return nil, &Error{Value: String("attempt to block across a C-call boundary")}
	}
	return append([]Value(nil), res...), e
}

// ResumeK resumes co from the running Go function and returns what that
// function must return. When co yields, returns or fails, done receives
// the outcome and its result is the Go function's result. args may alias
// the caller's stack; the results slice aliases co's stack and is valid
// only until co runs again (push the values, do not keep the slice). When co blocks
// or runs out of budget, the running thread stops too (a process stops as
// a whole, with no Go stack held) and continues resuming co when it is run
// again; done is called then.
func (t *Thread) ResumeK(co *Thread, args []Value, done func(t *Thread, results []Value, err *Error) int) int {
	if err := t.checkResumable(co); err != nil {
		return done(t, nil, err)
	}
	return t.resumeStep(co, args, done)
}

func (t *Thread) resumeStep(co *Thread, args []Value, done func(*Thread, []Value, *Error) int) int {
	// A coroutine may stop the process only when this Go function can be
	// continued later: it runs directly in a thread that can stop.
	canStop := t.suspendable && t.nny == 0
	co.suspendable = canStop
	co.budgeted = canStop && t.budgeted
	co.budget = t.budget
	st, res, e := t.resumeOnce(co, args)
	t.budget = co.budget
	if t.budget <= 0 && !t.budgeted {
		t.budget = math.MaxInt
	}
	if e != nil && e.Abort != nil {
		// Abort ends the resumer too (os.exit inside a coroutine).
		panic(e)
	}
	if st == statusBlock || st == statusPreempt {
		t.ci().k = func(t *Thread, _ bool) int { return t.resumeStep(co, nil, done) }
		if st == statusBlock {
			return sigBlock
		}
		return sigPreempt
	}
	return done(t, res, e)
}

// resumeOnce runs co until it yields, returns, fails, blocks or is
// preempted, keeping the coroutine statuses of t and co.
func (t *Thread) resumeOnce(co *Thread, args []Value) (st status, results []Value, err *Error) {
	co.ensure(len(args) + minGoStack)
	copy(co.stack[co.top:], args)
	co.top += len(args)
	co.goCalls = t.goCalls + 1
	co.resumer = t
	prev := t.status
	t.status = threadNormal
	co.status = threadRunning
	st, e := co.run(len(args))
	t.status = prev
	co.resumer = nil
	if e != nil {
		co.status = threadDead
		return statusOK, nil, e
	}
	// The results alias co's stack (no allocation per resume): they stay
	// intact until co runs again.
	switch st {
	case statusYield:
		co.status = threadSuspended
		n := co.yieldN
		results = co.stack[co.top-n : co.top : co.top]
		co.top -= n
	case statusOK:
		co.status = threadDead
		results = co.stack[1:co.top:co.top]
		co.top = 1
	default:
		// Blocked or preempted inside, together with its resumer: it is
		// not resumable by anyone else ("normal"), and continues when the
		// resumer's continuation runs.
		co.status = threadNormal
	}
	co.stopped = st
	return st, results, nil
}

// run starts or continues the coroutine with nargs values on its top.
func (co *Thread) run(nargs int) (st status, e *Error) {
	defer func() {
		if r := recover(); r != nil {
			e = toError(r)
		}
	}()
	switch {
	case len(co.frames) == 1:
		// First resume: call the body function at stack[1].
		pushed, sig := co.precall(1, -1)
		if sig < 0 {
			return sigStatus(sig), nil
		}
		if !pushed {
			return statusOK, nil
		}
		co.frames[1].flags |= ciFresh
	case co.stopped == statusYield:
		// Continue after a yield: the yielding Go function returns the
		// resume arguments.
		co.postcall(co.top-nargs, nargs)
	}
	// After a block or a preemption the loop continues where it stopped.
	return co.execute(1), nil
}

// Block suspends the running thread from inside a Go function that has to
// wait (a channel, a timer, I/O): `return t.Block(k)`. Thread.Run then
// returns RunBlocked; when the embedder runs the thread again, k is called
// in the same Go frame and returns its result count like a Go function
// (it may Block again). Blocking is possible only in a thread driven by Run
// (or a coroutine it resumed), and not across a Go function that called
// Lua (table.sort's comparator, a __tostring...).
func (t *Thread) Block(k func(t *Thread) int) int {
	return t.BlockK(func(t *Thread, _ bool) int { return k(t) })
}

// BlockK is Block with a continuation in the form of the frame's own
// (its second argument is always true): a package-level function passes
// through without the allocation of a wrapping closure, which matters to
// a runtime that blocks on every message received.
func (t *Thread) BlockK(k func(t *Thread, ok bool) int) int {
	if !t.suspendable {
		t.Throw(String("attempt to block outside a scheduled thread"))
	}
	if t.nny > 0 {
		t.Throw(String("attempt to block across a C-call boundary"))
	}
	t.ci().k = k
	return sigBlock
}

// --- Embedding: running a thread under an instruction budget -------------

// RunStatus is the outcome of Thread.Run.
type RunStatus uint8

// Outcomes of Run.
const (
	RunDone      RunStatus = iota // the function returned; results are in Results
	RunYield                      // the function yielded (coroutine.yield at top level of a thread)
	RunPreempted                  // the budget ran out; call Run again to continue
	RunBlocked                    // a Go function waits (Thread.Block); call Run again when it can go on
)

// Start prepares t to run fn(args...) with Run. t must be a fresh
// coroutine (State.NewThread).
func (t *Thread) Start(fn Value, args ...Value) {
	t.ensure(len(args) + 1)
	t.stack[t.top] = fn
	t.top++
	copy(t.stack[t.top:], args)
	t.top += len(args)
	t.started = false
}

// Run executes t with a budget of reductions (budget <= 0 means no limit):
// one reduction per call, per loop iteration or backward jump, and per 64
// bytes of string concatenation, like BEAM's reductions. It returns
// RunPreempted when the budget ran out and RunBlocked when a Go function
// waits (Thread.Block); the next Run continues exactly where it stopped.
// Coroutines resumed inside t share its budget and can stop it too. On
// RunDone, Results returns the function's results. Errors are returned as
// *Error with a traceback.
func (t *Thread) Run(budget int) (rs RunStatus, err error) {
	if budget > 0 {
		t.budget, t.budgeted = budget, true
	} else {
		t.budget, t.budgeted = math.MaxInt, false
	}
	t.status = threadRunning
	t.suspendable = true
	defer func() {
		if r := recover(); r != nil {
			e := toError(r)
			if e.Traceback == "" {
				e.Traceback = t.Traceback(0)
			}
			t.status = threadDead
			err = e
		}
	}()
	var st status
	if !t.started {
		t.started = true
		pushed, sig := t.precall(1, -1)
		switch {
		case sig < 0:
			st = sigStatus(sig)
		case !pushed:
			st = statusOK
		default:
			t.frames[1].flags |= ciFresh
			st = t.execute(1)
		}
	} else if len(t.frames) > 1 && t.frames[len(t.frames)-1].gf != nil && t.yieldN >= 0 && t.pendingYield {
		t.pendingYield = false
		t.postcall(t.top, 0)
		st = t.execute(1)
	} else {
		st = t.execute(1)
	}
	switch st {
	case statusPreempt:
		return RunPreempted, nil
	case statusBlock:
		return RunBlocked, nil
	case statusYield:
		t.pendingYield = true
		return RunYield, nil
	}
	t.status = threadDead
	return RunDone, nil
}

// BudgetLeft returns the reductions left of the budget given to the last
// Run (0 when it ran out; meaningless for an unlimited Run).
func (t *Thread) BudgetLeft() int {
	if !t.budgeted || t.budget < 0 {
		return 0
	}
	return t.budget
}

// Results returns the results of a finished Run.
func (t *Thread) Results() []Value { return t.stack[1:t.top] }
