package sched

import (
	"errors"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultBudget is the number of reductions a task runs before it is
// preempted (see vm.Thread.Run): a few tens of microseconds of Lua.
const DefaultBudget = 2000

// ErrStopped is the error of processes still alive when their scheduler
// stopped.
var ErrStopped = errors.New("scheduler stopped")

// Options configures a Scheduler.
type Options struct {
	// Workers is the number of worker goroutines; 0 means GOMAXPROCS.
	// Ignored in manual mode.
	Workers int
	// Budget is the number of reductions per run of a task; 0 means
	// DefaultBudget.
	Budget int
	// Manual makes a scheduler without goroutines, driven by RunUntilIdle
	// or RunUntil on the caller's goroutine, with virtual time: runs are
	// deterministic.
	Manual bool
	// Seed seeds the random source (select's choice among ready cases) in
	// manual mode; 0 means 1.
	Seed uint64
	// Epoch is the wall-clock time at which virtual time starts in manual
	// mode; the zero value means 2000-01-01T00:00:00Z.
	Epoch time.Time
	// Name is the host part of pids; "" means "local".
	Name string
	// Group, when not nil, is the group the scheduler joins: its
	// processes share the group's pid numbers and name registry with
	// those of the other schedulers in it (see Group).
	Group *Group
	// IOLimit is the number of goroutines that run blocking I/O for the
	// processes (Proc.StartIO) at once; 0 means DefaultIOLimit. Further
	// operations wait in a queue.
	IOLimit int
}

// Scheduler runs processes. See the package documentation.
type Scheduler struct {
	name    string
	budget  int
	manual  bool
	workers []*worker
	global  procQueue

	// Parking of idle workers.
	idleMu   sync.Mutex
	idleCond *sync.Cond
	nIdle    atomic.Int32
	stopped  atomic.Bool
	wg       sync.WaitGroup

	timers timers
	io     ioPool // blocking work of the processes (io.go)
	// kick receives a token (it has room for one) whenever a process is
	// queued in manual mode or an I/O operation completes, so that a
	// manual run loop waiting for I/O (waitIO) wakes up. The schedulers
	// of a group share the group's.
	kick chan struct{}

	reg   *registry      // the group's, or the scheduler's own
	ids   *atomic.Uint64 // the last pid number given out (the group's, or own)
	group *Group
	procs pidTable
	live  atomic.Int64
	// turns counts the turns run, so that a deadlock check can tell a
	// scheduler that stayed idle from one that ran in between.
	turns atomic.Uint64
}

// worker runs processes on one goroutine (or, in manual mode, on the
// caller's).
type worker struct {
	s     *Scheduler
	id    int
	local procQueue
	rng   *rand.Rand
	turns uint32
	steal []*Proc // reused buffer for stolen processes
}

// New starts a scheduler with the given number of workers (0 means
// GOMAXPROCS).
func New(workers int) *Scheduler { return NewWithOptions(Options{Workers: workers}) }

// NewWithOptions creates a scheduler; unless o.Manual, its workers and
// timer goroutine start at once (Stop ends them).
func NewWithOptions(o Options) *Scheduler {
	s := &Scheduler{name: o.Name, budget: o.Budget, manual: o.Manual}
	if s.name == "" {
		s.name = "local"
	}
	if s.budget <= 0 {
		s.budget = DefaultBudget
	}
	s.idleCond = sync.NewCond(&s.idleMu)
	s.kick = make(chan struct{}, 1)
	o.Group.shareKick(s)
	s.io.init(o.IOLimit, s.kick)
	s.procs.init()
	s.reg, s.ids = &registry{}, &atomic.Uint64{}
	n := o.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	if o.Manual {
		n = 1
		seed := o.Seed
		if seed == 0 {
			seed = 1
		}
		epoch := o.Epoch
		if epoch.IsZero() {
			epoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
		}
		s.timers.init(s, epoch, true)
		s.workers = []*worker{{s: s, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}}
		o.Group.join(s)
		return s
	}
	s.timers.init(s, time.Now(), false)
	o.Group.join(s)
	for i := 0; i < n; i++ {
		s.workers = append(s.workers, &worker{s: s, id: i, rng: rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))})
	}
	s.wg.Add(n + 1)
	for _, w := range s.workers {
		go w.loop()
	}
	go s.timers.loop()
	return s
}

// Manual reports whether the scheduler is in manual mode.
func (s *Scheduler) Manual() bool { return s.manual }

// Name returns the host name used in pids.
func (s *Scheduler) Name() string { return s.name }

// Quiescent reports whether nothing can happen without help from outside
// the scheduler: every worker is parked, no process is queued, no timer
// is pending and no I/O operation is in flight. A host with no other source of wake-ups (the command line)
// uses it to report a deadlock instead of waiting forever. The answer is
// a snapshot: check it twice, some time apart, before acting on it.
func (s *Scheduler) Quiescent() bool {
	if s.manual {
		return false
	}
	return s.nIdle.Load() == int32(len(s.workers)) && !s.hasWork() && s.PendingTimers() == 0 && s.PendingIO() == 0
}

// Live returns the number of processes created and not exited.
func (s *Scheduler) Live() int { return int(s.live.Load()) }

// Lookup returns the live process with the given pid, or nil.
func (s *Scheduler) Lookup(pid string) *Proc {
	id, ok := parsePID(s.name, pid)
	if !ok {
		return nil
	}
	return s.procs.get(id)
}

// enqueue puts a queued process on a run queue: w's when the wake-up
// comes from a process running on worker w, else the global queue.
func (s *Scheduler) enqueue(p *Proc, w *worker) {
	if w != nil {
		w.local.push(p)
		// A single process on our queue will run after the current
		// turn; only a backlog is worth waking an idle worker for.
		if w.local.len() > 1 {
			s.wakeIdle()
		}
		return
	}
	if s.manual {
		s.workers[0].local.push(p)
		kick(s.kick)
		return
	}
	s.global.push(p)
	s.wakeIdle()
}

// kick leaves a token in ch unless one is there already.
func kick(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// wakeIdle wakes one parked worker, if any.
func (s *Scheduler) wakeIdle() {
	if s.nIdle.Load() > 0 {
		s.idleMu.Lock()
		s.idleCond.Signal()
		s.idleMu.Unlock()
	}
}

// hasWork reports whether any run queue holds a process.
func (s *Scheduler) hasWork() bool {
	if s.global.len() > 0 {
		return true
	}
	for _, w := range s.workers {
		if w.local.len() > 0 {
			return true
		}
	}
	return false
}

func (w *worker) loop() {
	defer w.s.wg.Done()
	for {
		p := w.findWork()
		if p == nil {
			return
		}
		w.s.runTurn(w, p)
	}
}

// findWork returns the next process to run, parking while there is none;
// nil when the scheduler stops.
func (w *worker) findWork() *Proc {
	s := w.s
	for {
		if s.stopped.Load() {
			return nil
		}
		w.turns++
		if w.turns%61 == 0 {
			if p := s.global.pop(); p != nil {
				return p
			}
		}
		if p := w.local.pop(); p != nil {
			return p
		}
		if p := s.global.pop(); p != nil {
			return p
		}
		if p := w.stealWork(); p != nil {
			return p
		}
		// Park. Announce idleness before the last look at the queues: a
		// push after that look sees nIdle > 0 and signals, and the signal
		// cannot be lost because we hold idleMu until Wait.
		s.idleMu.Lock()
		s.nIdle.Add(1)
		if !s.hasWork() && !s.stopped.Load() {
			s.idleCond.Wait()
		}
		s.nIdle.Add(-1)
		s.idleMu.Unlock()
	}
}

// stealWork takes half of another worker's queue, starting at a random
// victim, keeps the first process to run and queues the rest locally.
func (w *worker) stealWork() *Proc {
	ws := w.s.workers
	n := len(ws)
	if n == 1 {
		return nil
	}
	start := w.rng.IntN(n)
	for i := 0; i < n; i++ {
		v := ws[(start+i)%n]
		if v == w || v.local.len() == 0 {
			continue
		}
		got := v.local.stealHalf(w.steal[:0])
		if len(got) == 0 {
			continue
		}
		for _, p := range got[1:] {
			w.local.push(p)
		}
		p := got[0]
		clear(got)
		w.steal = got[:0]
		return p
	}
	return nil
}

// Stop stops the workers and the timer goroutine and ends the processes
// still alive with ErrStopped. A busy process is stopped at its next
// preemption. Stop must not be called from a process.
func (s *Scheduler) Stop() {
	if s.stopped.Swap(true) {
		return
	}
	if !s.manual {
		s.idleMu.Lock()
		s.idleCond.Broadcast()
		s.idleMu.Unlock()
		s.timers.stop()
		s.wg.Wait()
	}
	for _, p := range s.procs.all() {
		p.finish(nil, ErrStopped)
	}
}

// RunUntilIdle runs a manual scheduler on the calling goroutine until no
// process can run and no timer is pending, moving virtual time to the
// next timer whenever every process waits. It returns the number of
// processes still alive (blocked forever: waiting for a message, a
// channel no one will use...).
func (s *Scheduler) RunUntilIdle() int { return s.RunUntil(nil) }

// RunUntil is RunUntilIdle that also returns as soon as done() reports
// true (checked after every turn), for tests of processes that never end.
// A scheduler in a group runs with the whole group (see Group.RunUntil).
func (s *Scheduler) RunUntil(done func() bool) int {
	if !s.manual {
		panic("sched: RunUntil needs a manual scheduler")
	}
	if s.group != nil {
		s.group.RunUntil(done)
	} else {
		runManual([]*Scheduler{s}, done)
	}
	return s.Live()
}

// Now returns the current time: the wall clock, or virtual time in manual
// mode.
func (s *Scheduler) Now() time.Time { return s.timers.now() }
