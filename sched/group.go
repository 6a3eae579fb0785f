package sched

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"wippylua/vm"
)

// ErrDeadlock is returned by Group.Await when the awaited process can
// never exit: every process of the group waits, no timer is armed, and
// nothing outside the group can wake them.
var ErrDeadlock = errors.New("deadlock: every process is waiting and nothing can wake them")

// Group is a set of schedulers whose processes know each other, such as
// the process hosts of one app. Schedulers join it when they are created
// (Options.Group) and then share
//
//   - pid numbers: a number is never used twice in the group, so a pid
//     names one process of the group, and link and monitor locks are
//     ordered across schedulers;
//   - the name registry (Register, Whereis, Unregister): a name names one
//     process of the group, whatever scheduler it runs on;
//   - in manual mode, one run loop and one virtual clock (RunUntil): a
//     manual group runs as deterministically as a single manual
//     scheduler.
//
// Messages, links and monitors between processes of different
// schedulers need nothing more: Mail posted to a process goes to its own
// scheduler's queues.
type Group struct {
	mu  sync.Mutex
	ss  []*Scheduler
	reg registry
	ids atomic.Uint64
	// kick is every member's Scheduler.kick, so that a manual run loop
	// waiting for the I/O of any of them wakes for any.
	kick chan struct{}
}

// NewGroup returns an empty group.
func NewGroup() *Group { return &Group{} }

// join adds s to g (nothing when g is nil). A manual scheduler joining a
// group whose clock has run takes the group's virtual time, so that the
// clocks of the group stay equal.
func (g *Group) join(s *Scheduler) {
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	s.group, s.reg, s.ids = g, &g.reg, &g.ids
	if s.manual {
		for _, o := range g.ss {
			if o.manual {
				s.timers.origin = o.timers.origin
				s.timers.vnow.Store(o.timers.vnow.Load())
				break
			}
		}
	}
	g.ss = append(g.ss, s)
}

// shareKick makes s use the group's kick channel (nothing when g is nil).
func (g *Group) shareKick(s *Scheduler) {
	if g == nil {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.kick == nil {
		g.kick = s.kick
	}
	s.kick = g.kick
}

// Schedulers returns the group's schedulers in the order they joined.
func (g *Group) Schedulers() []*Scheduler {
	g.mu.Lock()
	defer g.mu.Unlock()
	return append([]*Scheduler(nil), g.ss...)
}

// RunUntil drives the group's manual schedulers on the calling goroutine
// until done() reports true (checked after every turn; nil means never)
// or nothing can happen any more: see runManual.
func (g *Group) RunUntil(done func() bool) {
	var manual []*Scheduler
	for _, s := range g.Schedulers() {
		if s.manual {
			manual = append(manual, s)
		}
	}
	runManual(manual, done, g.Schedulers)
}

// runManual runs manual schedulers as one: a turn of each scheduler with
// a queued process in turn; when none has one, it waits for the I/O in
// flight, if any (waitIO: I/O takes no virtual time); otherwise virtual
// time moves for all of them to the earliest deadline of any, whose
// timers then fire. It returns when done() reports true or when no
// process is queued, no I/O is in flight and no timer is armed. more,
// when not nil, returns the schedulers to run again after each round, so
// that schedulers created by the processes themselves (a host started on
// first use) join in.
func runManual(ss []*Scheduler, done func() bool, more ...func() []*Scheduler) {
	for {
		ran := false
		for _, s := range ss {
			if s.stopped.Load() {
				continue
			}
			if done != nil && done() {
				return
			}
			s.timers.fireDue()
			w := s.workers[0]
			if p := w.local.pop(); p != nil {
				s.runTurn(w, p)
				ran = true
			}
		}
		if done != nil && done() {
			return
		}
		if len(more) > 0 {
			ss = ss[:0]
			for _, s := range more[0]() {
				if s.manual {
					ss = append(ss, s)
				}
			}
		}
		if ran || waitIO(ss) {
			continue
		}
		next, ok := int64(0), false
		for _, s := range ss {
			if s.stopped.Load() {
				continue
			}
			if w, armed := s.timers.earliest(); armed && (!ok || w < next) {
				next, ok = w, true
			}
		}
		if !ok {
			return
		}
		for _, s := range ss {
			s.timers.advanceTo(next)
		}
	}
}

// Await waits until p, a process of one of the group's schedulers, has
// exited and returns its result. When p's scheduler is manual, Await
// drives the group's manual schedulers (RunUntil) meanwhile; otherwise it
// sleeps, looking at the group now and then. Either way it returns
// ErrDeadlock when p can no longer exit because nothing can happen in the
// group any more (for real-time schedulers: they were all quiescent at
// two looks some time apart).
func (g *Group) Await(p *Proc) ([]vm.Value, error) {
	if p.s.manual {
		g.RunUntil(p.Exited)
		if !p.Exited() {
			return nil, ErrDeadlock
		}
		return p.Result()
	}
	tick := time.NewTicker(awaitPoll)
	defer tick.Stop()
	quiet, lastTurns := 0, uint64(0)
	for {
		select {
		case <-p.Done():
			return p.Result()
		case <-tick.C:
			// Quiet twice in a row with no turn run in between: a wake-up
			// in flight at one look (a timer just fired) shows at the
			// next as a turn.
			q, turns := g.quiescent()
			switch {
			case !q:
				quiet = 0
			case quiet > 0 && turns != lastTurns:
				quiet = 1
			default:
				quiet++
			}
			lastTurns = turns
			if quiet >= 2 && !p.Exited() {
				return nil, ErrDeadlock
			}
		}
	}
}

// awaitPoll is how often Await looks at a real-time group.
const awaitPoll = 25 * time.Millisecond

// quiescent reports whether every real-time scheduler of the group is
// (see Scheduler.Quiescent), and the number of turns they have run.
func (g *Group) quiescent() (quiet bool, turns uint64) {
	quiet = true
	for _, s := range g.Schedulers() {
		if s.manual {
			continue
		}
		turns += s.turns.Load()
		if !s.Quiescent() {
			quiet = false
		}
	}
	return quiet, turns
}

// Stop stops every scheduler of the group (see Scheduler.Stop).
func (g *Group) Stop() {
	for _, s := range g.Schedulers() {
		s.Stop()
	}
}
