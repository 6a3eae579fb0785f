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

// Resume resumes coroutine co from t with args. It returns the values
// yielded or returned, or the error that ended the coroutine.
func (t *Thread) Resume(co *Thread, args []Value) (results []Value, err *Error) {
	switch {
	case co.status == threadDead:
		return nil, &Error{Value: String("cannot resume dead coroutine")}
	case co == t || co.status != threadSuspended:
		return nil, &Error{Value: String("cannot resume non-suspended coroutine")}
	case len(co.frames) == 1 && co.top == 1:
		return nil, &Error{Value: String("cannot resume dead coroutine")}
	}
	if t.goCalls >= maxGoCalls {
		return nil, &Error{Value: String("C stack overflow")}
	}
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
		return nil, e
	}
	switch st {
	case statusYield:
		co.status = threadSuspended
		n := co.yieldN
		results = append([]Value(nil), co.stack[co.top-n:co.top]...)
		co.top -= n
		return results, nil
	default:
		co.status = threadDead
		results = append([]Value(nil), co.stack[1:co.top]...)
		co.top = 1
		return results, nil
	}
}

// run starts or continues the coroutine with nargs values on its top.
func (co *Thread) run(nargs int) (st status, e *Error) {
	defer func() {
		if r := recover(); r != nil {
			e = toError(r)
		}
	}()
	if len(co.frames) == 1 {
		// First resume: call the body function at stack[1].
		pushed, sig := co.precall(1, -1)
		if sig == sigYield {
			return statusYield, nil
		}
		if !pushed {
			return statusOK, nil
		}
		co.frames[1].flags |= ciFresh
	} else {
		// Continue after a yield: the yielding Go function returns the
		// resume arguments.
		co.postcall(co.top-nargs, nargs)
	}
	return co.execute(1), nil
}

// --- Embedding: running a thread under an instruction budget -------------

// RunStatus is the outcome of Thread.Run.
type RunStatus uint8

// Outcomes of Run.
const (
	RunDone      RunStatus = iota // the function returned; results are in Results
	RunYield                      // the function yielded (coroutine.yield at top level of a thread)
	RunPreempted                  // the budget ran out; call Run again to continue
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

// Run executes t for at most budget instructions (budget <= 0 means no
// limit). It returns RunPreempted when the budget ran out; the next Run
// continues exactly where it stopped. On RunDone, Results returns the
// function's results. Errors are returned as *Error with a traceback.
func (t *Thread) Run(budget int) (rs RunStatus, err error) {
	if budget > 0 {
		t.budget, t.budgeted = budget, true
	} else {
		t.budget, t.budgeted = math.MaxInt, false
	}
	t.status = threadRunning
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
		case sig == sigYield:
			st = statusYield
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
	case statusYield:
		t.pendingYield = true
		return RunYield, nil
	}
	t.status = threadDead
	return RunDone, nil
}

// Results returns the results of a finished Run.
func (t *Thread) Results() []Value { return t.stack[1:t.top] }
