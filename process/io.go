package process

import (
	"context"
	"sync/atomic"

	"wippylua/modules/host"
	"wippylua/sched"
	"wippylua/vm"
)

// proc implements host.Runtime: the modules that do I/O (http_client,
// sql) wait through it, and find the app's resources.
var _ host.Runtime = (*proc)(nil)

// Await blocks the calling task while work runs on one of the
// scheduler's I/O goroutines (sched.Proc.StartIO), then continues with
// done. The task holds no worker meanwhile; if the process exits first,
// the work's context is cancelled and its result dropped.
func (pr *proc) Await(t *vm.Thread, work host.Work, done host.Done) int {
	task := pr.task(t)
	var (
		val any
		err error
	)
	// Block first: when blocking is refused (under a metamethod called
	// from Go) it raises, and no work has been started.
	n := t.Block(func(t *vm.Thread) int { return done(t, val, err) })
	seq := task.Seq()
	pr.p.StartIO(func(ctx context.Context) { val, err = work(ctx) }, func() { task.Wake(seq) })
	return n
}

// Park blocks the calling task until the wake function given to setup
// is called, from any goroutine: it posts a Mail that wakes the task in
// the process's next turn. Nothing is in flight meanwhile, so the
// process is idle as far as the scheduler is concerned.
func (pr *proc) Park(t *vm.Thread, setup func(wake func()), done func(t *vm.Thread) int) int {
	task := pr.task(t)
	n := t.Block(done)
	p, seq := pr.p, task.Seq()
	var woken atomic.Bool
	setup(func() {
		if woken.CompareAndSwap(false, true) {
			p.Post(&sched.Mail{Fn: sched.WakeMail, Task: task, Seq: seq})
		}
	})
	return n
}

// exitHook is a function that OnExit runs when the process exits.
type exitHook struct {
	f func()
	i int // index in proc.exits plus one; 0 once removed
}

// OnExit runs f when the process exits, unless stop is called first.
// The hooks are kept in a slice (removal swaps the last one in), so that
// a long-lived process that registers and stops many costs nothing more.
func (pr *proc) OnExit(_ *vm.Thread, f func()) (stop func() bool) {
	if pr.exits == nil {
		pr.p.OnExit(func(*sched.Proc) {
			hooks := pr.exits
			pr.exits = nil
			for _, h := range hooks {
				h.i = 0
				h.f()
			}
		})
		pr.exits = make([]*exitHook, 0, 2)
	}
	h := &exitHook{f: f}
	pr.exits = append(pr.exits, h)
	h.i = len(pr.exits)
	return func() bool {
		if h.i == 0 {
			return false
		}
		last := len(pr.exits) - 1
		moved := pr.exits[last]
		pr.exits[h.i-1] = moved
		moved.i = h.i
		pr.exits[last] = nil
		pr.exits = pr.exits[:last]
		h.i = 0
		return true
	}
}

// Context returns the process's context, made on first use and
// cancelled when the process exits.
func (pr *proc) Context(t *vm.Thread) context.Context {
	if pr.ctx == nil {
		ctx, cancel := context.WithCancel(context.Background())
		pr.ctx = ctx
		pr.OnExit(t, cancel)
	}
	return pr.ctx
}

// Resource returns what Options.Resource gives for id.
func (pr *proc) Resource(id string) (any, error) {
	if pr.h.opts.Resource == nil {
		return nil, nil
	}
	return pr.h.opts.Resource(id)
}
