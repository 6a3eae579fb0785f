package sched

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"sync"
	"sync/atomic"

	"wippylua/vm"
)

// Process states. See the package documentation for the transitions.
const (
	stIdle     uint32 = iota // parked: in no queue, waiting for a wake-up
	stQueued                 // in a run queue
	stRunning                // a worker is running a turn
	stNotified               // running, and woken meanwhile: requeue after the turn
	stDone                   // exited
)

// maxRunsPerTurn bounds how many task runs one turn of a process makes, so
// that a process with many coroutines that each run briefly still yields
// the worker to other processes.
const maxRunsPerTurn = 64

// Proc is a process: an isolated vm.State and the tasks that run in it.
//
// Fields touched only by the worker running the process's turn (the
// State, the tasks, Local) need no synchronization: a process runs on one
// worker at a time and the run queues hand it over with a happens-before
// edge.
type Proc struct {
	s     *Scheduler
	id    uint64
	state atomic.Uint32
	// mail is the head of a Treiber stack of incoming Mail (newest first);
	// a turn takes the whole stack and reverses it.
	mail atomic.Pointer[Mail]
	// pid is the process identifier, set by NewProc: a process almost
	// always needs it (spawn returns it, messages carry the sender's).
	pid string

	// Owned by the running worker.
	st       *vm.State
	main     *Task
	mainTask Task // what main points to once started
	runq     ring[*Task]
	runqBuf  [2]*Task // runq's first buffer, so that a new process needs none
	cur      *Task
	w        *worker
	dead     bool
	onExit   []func(*Proc)
	onSignal func(*Proc, *Signal)
	ios      []*ioOp // I/O operations in flight (io.go)

	// Local is for the runtime built on the scheduler (the process
	// package keeps its per-process data here). Only the worker running
	// the process may use it.
	Local any

	// Exit: written once by finish, read after Done is closed.
	mu     sync.Mutex
	exited bool
	links  links // the link and monitor graph and the names; see links.go
	done   chan struct{}
	result []vm.Value
	err    error
}

// Task is a thread of a process stepped by the scheduler: the process's
// main function or a coroutine started with StartTask.
type Task struct {
	p  *Proc
	th *vm.Thread
	// fn and args are what the main task of a process started with Start
	// runs: its thread is made by its first run, on the worker, so that
	// spawning costs the spawner less.
	fn    vm.Value
	args  []vm.Value
	state uint8
	// seq identifies the current (or next) wait; Wake with another
	// sequence number is stale and ignored.
	seq uint32
	// wakePending records a Wake that came while the task was still
	// running, before it blocked.
	wakePending bool
	// Local is for the runtime built on the scheduler (per-task wait
	// records); only the worker running the process may use it.
	Local any
}

// Task states.
const (
	taskReady uint8 = iota
	taskRunning
	taskBlocked
	taskDone
)

// Mail is something delivered to a process from outside its turn: a
// message, a fired timer, a request from Go code. Fn runs on the worker
// that runs the process, at the start or end of a turn, where it may use
// the State and wake tasks. A Mail may be posted again only after it has
// been delivered.
type Mail struct {
	next *Mail
	// Fn handles the mail. It must not block.
	Fn func(p *Proc, m *Mail)
	// Task and Seq say which wait to end, for WakeMail.
	Task *Task
	Seq  uint32
	// Value is the payload, for Fn.
	Value any
}

// WakeMail is a Mail.Fn that wakes m.Task if it still waits for wait
// m.Seq: what a timer uses to end a sleep.
func WakeMail(p *Proc, m *Mail) { m.Task.Wake(m.Seq) }

// ProcOptions configures a new process.
type ProcOptions struct {
	// OnExit is called once on the worker when the process has exited,
	// after Done is closed. It must not block.
	OnExit func(p *Proc)
	// OnSignal is called on the worker, during p's turn, when a process
	// that p links to, monitors or execs has exited. nil means
	// DefaultSignal.
	OnSignal func(p *Proc, sig *Signal)
}

// NewProc creates a process running in st (which must not be used by
// anything else from now on) and gives it a pid. It does not run until
// Start is called; the caller can first install its runtime (Local).
func (s *Scheduler) NewProc(st *vm.State, o ProcOptions) *Proc {
	p := &Proc{s: s, id: s.ids.Add(1), st: st, onSignal: o.OnSignal}
	p.pid = formatPID(s.name, p.id)
	p.runq.buf = p.runqBuf[:]
	// Until Start, the process counts as running: a message posted to its
	// pid meanwhile only marks it notified instead of queuing a process
	// that has no main function yet.
	p.state.Store(stRunning)
	if o.OnExit != nil {
		p.onExit = append(p.onExit, o.OnExit)
	}
	s.live.Add(1)
	s.procs.put(p)
	return p
}

// Spawn creates a process running fn(args...) in st and starts it: NewProc
// and Start for callers with nothing to install in between.
func (s *Scheduler) Spawn(st *vm.State, fn vm.Value, args ...vm.Value) *Proc {
	p := s.NewProc(st, ProcOptions{})
	p.Start(nil, fn, args...)
	return p
}

// Start makes fn(args...) the process's main function and queues the
// process. The process exits when fn returns (with its results) or fails;
// coroutines it started are then stopped.
//
// parent is the process calling Start from its own turn (nil from Go
// code): the new process then goes on the parent's worker.
func (p *Proc) Start(parent *Proc, fn vm.Value, args ...vm.Value) {
	p.mainTask = Task{p: p, fn: fn}
	if len(args) > 0 {
		p.mainTask.args = append([]vm.Value(nil), args...)
	}
	p.startMain(parent, &p.mainTask)
}

// StartMain is Start with fn running on the State's main thread instead
// of a new coroutine: how a plain script runs. As in lua5.3, the main
// chunk then sees coroutine.running() return the main coroutine,
// coroutine.isyieldable() return false, and coroutine.yield at its top
// level fail; blocking calls work as in any process.
func (p *Proc) StartMain(parent *Proc, fn vm.Value, args ...vm.Value) {
	th := p.st.MainThread()
	th.SetTop(0)
	th.Start(fn, args...)
	p.mainTask = Task{p: p, th: th}
	p.startMain(parent, &p.mainTask)
}

func (p *Proc) startMain(parent *Proc, main *Task) {
	p.main = main
	p.runq.push(p.main)
	p.state.Store(stQueued)
	var w *worker
	if parent != nil && parent.s == p.s {
		w = parent.w
	}
	p.s.enqueue(p, w)
}

// ID returns the process's number, unique in its scheduler.
func (p *Proc) ID() uint64 { return p.id }

// PID returns the process identifier, "{host|id}" where host is the
// scheduler's name and id is hexadecimal.
func (p *Proc) PID() string { return p.pid }

// formatPID formats a pid in one allocation.
func formatPID(host string, id uint64) string {
	var buf [64]byte
	b := append(buf[:0], '{')
	b = append(b, host...)
	b = append(b, "|0x"...)
	b = strconv.AppendUint(b, id, 16)
	b = append(b, '}')
	return string(b)
}

// State returns the process's Lua state (nil once it has exited). Only
// the worker running the process may use it (or Go code before Start).
func (p *Proc) State() *vm.State { return p.st }

// Scheduler returns the scheduler running p.
func (p *Proc) Scheduler() *Scheduler { return p.s }

// Current returns the task running now; nil outside a turn.
func (p *Proc) Current() *Task { return p.cur }

// RandN returns a pseudo-random number in [0, n) from the random source
// of the worker running the turn (seeded in manual mode, so that runs
// repeat). Only for use during the process's turn.
func (p *Proc) RandN(n int) int {
	if p.w == nil {
		return rand.IntN(n)
	}
	return p.w.rng.IntN(n)
}

// StartTask starts fn(args...) as a new task of p (coroutine.spawn). It
// must be called during p's turn. The task runs after the current one
// stops.
func (p *Proc) StartTask(fn vm.Value, args ...vm.Value) *Task {
	th := p.st.NewThread()
	th.Start(fn, args...)
	t := &Task{p: p, th: th}
	p.runq.push(t)
	return t
}

// Post delivers m to p from any goroutine. Mail to an exited process is
// dropped.
func (p *Proc) Post(m *Mail) { p.PostFrom(nil, m) }

// PostFrom is Post called by the process from during its own turn: when
// p has to be queued, it goes on from's worker. Messages from one sender
// are delivered in the order posted.
func (p *Proc) PostFrom(from *Proc, m *Mail) {
	if p.state.Load() == stDone {
		// Dropped: nothing would ever take it off the mailbox.
		return
	}
	for {
		old := p.mail.Load()
		m.next = old
		if p.mail.CompareAndSwap(old, m) {
			break
		}
	}
	var w *worker
	if from != nil && from.s == p.s {
		w = from.w
	}
	p.wake(w)
}

// wake makes p runnable: idle → queued (and pushed on a run queue, w's if
// w is not nil), running → notified; otherwise nothing.
func (p *Proc) wake(w *worker) {
	for {
		switch p.state.Load() {
		case stIdle:
			if p.state.CompareAndSwap(stIdle, stQueued) {
				p.s.enqueue(p, w)
				return
			}
		case stRunning:
			if p.state.CompareAndSwap(stRunning, stNotified) {
				return
			}
		default:
			return
		}
	}
}

// Kill ends p with err (an error exit) at its next turn, from any
// goroutine.
func (p *Proc) Kill(err error) {
	p.Post(&Mail{Fn: killMail, Value: err})
}

func killMail(p *Proc, m *Mail) { p.finish(nil, m.Value.(error)) }

// Exit ends the process now, from its own turn (a Go function or Mail
// callback running in it); the running task is abandoned. Go functions
// must return right after calling it.
func (p *Proc) Exit(results []vm.Value, err error) { p.finish(results, err) }

// Alive reports whether the process has not exited. Only meaningful
// during its turn (use Done from elsewhere).
func (p *Proc) Alive() bool { return !p.dead }

// OnExit adds a function called once on the worker when p exits. Only
// during p's turn.
func (p *Proc) OnExit(f func(*Proc)) { p.onExit = append(p.onExit, f) }

// Done returns a channel closed when the process has exited.
func (p *Proc) Done() <-chan struct{} {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done == nil {
		p.done = make(chan struct{})
		if p.exited {
			close(p.done)
		}
	}
	return p.done
}

// Wait blocks until the process has exited and returns its result (not in
// manual mode, where nothing runs while the caller waits: use Result).
func (p *Proc) Wait() ([]vm.Value, error) {
	<-p.Done()
	return p.result, p.err
}

// Exited reports whether the process has exited.
func (p *Proc) Exited() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.exited
}

// Result returns the results of the main function, or the error that
// ended the process (a *vm.Error for a Lua error). Both are nil while it
// runs.
func (p *Proc) Result() ([]vm.Value, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.result, p.err
}

// finish ends the process. It runs on the worker running the turn.
func (p *Proc) finish(results []vm.Value, err error) {
	if p.dead {
		return
	}
	p.dead = true
	p.state.Store(stDone)
	p.s.procs.remove(p.id)
	p.s.live.Add(-1)
	// Spawned coroutines are stopped: they are simply never run again.
	p.runq.reset()
	p.main, p.cur = nil, nil
	p.cancelIO()
	// Late wake-ups may still reach the main task (its p stays): drop
	// only what it holds of the process's heap.
	p.mainTask.th, p.mainTask.fn, p.mainTask.args, p.mainTask.Local = nil, vm.Nil, nil, nil
	p.mu.Lock()
	p.result, p.err = results, err
	p.exited = true
	if p.done != nil {
		close(p.done)
	}
	p.mu.Unlock()
	p.signalExit()
	for _, f := range p.onExit {
		f(p)
	}
	// Let the collector have the process's heap even if someone keeps
	// the *Proc for its result.
	p.onExit, p.onSignal, p.st, p.Local = nil, nil, nil, nil
}

// Thread returns the task's thread.
func (t *Task) Thread() *vm.Thread { return t.th }

// Proc returns the task's process.
func (t *Task) Proc() *Proc { return t.p }

// IsMain reports whether t runs the process's main function.
func (t *Task) IsMain() bool { return t.p.main == t }

// Seq returns the sequence number of the task's current wait: record it
// with whatever will wake the task, and pass it to Wake.
func (t *Task) Seq() uint32 { return t.seq }

// Wake ends the task's wait seq: the task becomes ready and its blocked
// Go function's continuation runs in a coming turn. It reports false, and
// does nothing, when that wait is over already (the task was woken by
// something else) or the process has exited. It must be called during the
// process's turn (from a Go function running in the process or from a
// Mail callback).
func (t *Task) Wake(seq uint32) bool {
	if t.seq != seq || t.p.dead {
		return false
	}
	switch t.state {
	case taskBlocked:
		t.seq++
		t.state = taskReady
		t.p.runq.push(t)
		return true
	case taskRunning:
		// The event came before the task got to block.
		t.seq++
		t.wakePending = true
		return true
	}
	return false
}

// runTurn runs one turn of p on w.
func (s *Scheduler) runTurn(w *worker, p *Proc) {
	s.turns.Add(1)
	p.state.Store(stRunning)
	p.w = w
	more := s.step(p)
	p.w, p.cur = nil, nil
	if p.dead {
		return
	}
	if more || !p.state.CompareAndSwap(stRunning, stIdle) {
		p.state.Store(stQueued)
		s.enqueue(p, w)
	}
}

// step delivers p's mail and runs its ready tasks; it reports whether p
// has ready tasks left.
func (s *Scheduler) step(p *Proc) (more bool) {
	defer func() {
		if r := recover(); r != nil {
			// A bug in a Mail callback or in the runtime: end this
			// process only.
			p.finish(nil, fmt.Errorf("internal error: %v", r))
			more = false
		}
	}()
	p.deliver()
	for runs := 0; runs < maxRunsPerTurn && !p.dead; runs++ {
		t, ok := p.runq.pop()
		if !ok {
			break
		}
		if t.state != taskReady {
			continue
		}
		if s.runTask(p, t) {
			break
		}
	}
	if p.dead {
		return false
	}
	p.deliver()
	return p.runq.len() > 0
}

// runTask runs t once and reports whether it used up its budget.
func (s *Scheduler) runTask(p *Proc, t *Task) (preempted bool) {
	p.cur = t
	t.state = taskRunning
	if t.th == nil {
		t.th = p.st.NewThread()
		t.th.Start(t.fn, t.args...)
		t.fn, t.args = vm.Nil, nil
	}
	st, err := t.th.Run(s.budget)
	p.cur = nil
	if p.dead {
		// The task ended the process (Exit) while it ran.
		return false
	}
	if err != nil {
		t.state = taskDone
		p.finish(nil, err)
		return false
	}
	switch st {
	case vm.RunDone:
		t.state = taskDone
		th := t.th
		if t == p.main {
			res := append([]vm.Value(nil), th.Results()...)
			p.finish(res, nil)
		}
		// The thread is done: its memory serves the next spawn, unless a
		// Lua value may still refer to it (vm.Thread.Release checks).
		t.th = nil
		th.Release()
	case vm.RunBlocked:
		t.state = taskBlocked
		if t.wakePending {
			t.wakePending = false
			t.state = taskReady
			p.runq.push(t)
		}
	case vm.RunPreempted:
		t.state = taskReady
		p.runq.push(t)
		return true
	case vm.RunYield:
		// coroutine.yield at the top level of a task: end the turn like a
		// preemption, so that other tasks and processes run before it
		// continues.
		t.state = taskReady
		p.runq.push(t)
		return true
	}
	return false
}

// deliver runs the callbacks of the mail posted so far, oldest first.
func (p *Proc) deliver() {
	m := p.mail.Swap(nil)
	if m == nil {
		return
	}
	// Reverse the stack into posting order.
	var prev *Mail
	for m != nil {
		next := m.next
		m.next = prev
		prev, m = m, next
	}
	for m = prev; m != nil && !p.dead; {
		next := m.next
		m.next = nil
		m.Fn(p, m)
		m = next
	}
}
