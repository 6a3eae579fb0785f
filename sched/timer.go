package sched

import (
	"sync"
	"sync/atomic"
	"time"
)

// Timer posts its Mail to a process when its deadline passes. The caller
// allocates it (usually inside a larger object), fills in the Mail and
// arms it with Scheduler.StartTimer. A timer may be armed again only once
// StopTimer has returned true or its Mail has been delivered.
type Timer struct {
	Mail
	when int64  // deadline, in nanoseconds of the scheduler's clock
	seq  uint64 // creation order, to break ties deterministically
	i    int    // index in the heap plus one; 0 when not armed
	p    *Proc
}

// timers is the scheduler's timer heap: a binary min-heap ordered by
// (when, seq), guarded by mu.
type timers struct {
	s       *Scheduler
	mu      sync.Mutex
	h       []*Timer
	seq     uint64
	virtual bool
	origin  time.Time    // the clock's zero; carries a monotonic reading in real mode
	vnow    atomic.Int64 // virtual time (manual mode)
	kick    chan struct{}
	quit    chan struct{}
}

func (ts *timers) init(s *Scheduler, origin time.Time, virtual bool) {
	ts.s, ts.origin, ts.virtual = s, origin, virtual
	ts.kick = make(chan struct{}, 1)
	ts.quit = make(chan struct{})
}

// nanotime returns the scheduler clock in nanoseconds: monotonic time
// since the scheduler started, or virtual time.
func (ts *timers) nanotime() int64 {
	if ts.virtual {
		return ts.vnow.Load()
	}
	return int64(time.Since(ts.origin))
}

func (ts *timers) now() time.Time {
	if ts.virtual {
		return ts.origin.Add(time.Duration(ts.vnow.Load()))
	}
	return time.Now()
}

// StartTimer arms t to post its Mail to p after d (at once if d <= 0: at
// the end of the current turn or, in manual mode, before virtual time
// moves).
func (s *Scheduler) StartTimer(t *Timer, p *Proc, d time.Duration) {
	ts := &s.timers
	t.p = p
	ts.mu.Lock()
	ts.arm(t, ts.nanotime()+int64(d))
}

// arm schedules t at when (ts.mu held; arm releases it) and wakes the
// timer goroutine when t became the earliest deadline.
func (ts *timers) arm(t *Timer, when int64) {
	t.when = when
	t.seq = ts.seq
	ts.seq++
	ts.push(t)
	first := t.i == 1
	ts.mu.Unlock()
	if first && !ts.virtual {
		select {
		case ts.kick <- struct{}{}:
		default:
		}
	}
}

// RepeatTimer arms t again, period after its previous deadline (a ticker
// after a tick was delivered). Deadlines that have passed already are
// skipped, so a process that fell behind gets one tick, not a burst.
func (s *Scheduler) RepeatTimer(t *Timer, p *Proc, period time.Duration) {
	ts := &s.timers
	t.p = p
	ts.mu.Lock()
	now := ts.nanotime()
	when := t.when + int64(period)
	if when <= now {
		when += (now - when) / int64(period) * int64(period)
		if when <= now {
			when += int64(period)
		}
	}
	ts.arm(t, when)
}

// StopTimer disarms t. It reports false when t was not armed (it fired
// already, or was never started); its Mail may then still be on its way.
func (s *Scheduler) StopTimer(t *Timer) bool {
	ts := &s.timers
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if t.i == 0 {
		return false
	}
	ts.remove(t.i - 1)
	return true
}

// PendingTimers returns the number of armed timers.
func (s *Scheduler) PendingTimers() int {
	s.timers.mu.Lock()
	defer s.timers.mu.Unlock()
	return len(s.timers.h)
}

// loop is the timer goroutine of a real-time scheduler.
func (ts *timers) loop() {
	defer ts.s.wg.Done()
	clock := time.NewTimer(time.Hour)
	clock.Stop()
	var due []*Timer
	for {
		ts.mu.Lock()
		now := ts.nanotime()
		for len(ts.h) > 0 && ts.h[0].when <= now {
			due = append(due, ts.remove(0))
		}
		wait := int64(-1)
		if len(ts.h) > 0 {
			wait = ts.h[0].when - now
		}
		ts.mu.Unlock()
		for i, t := range due {
			t.p.Post(&t.Mail)
			due[i] = nil
		}
		due = due[:0]
		if wait >= 0 {
			clock.Reset(time.Duration(wait))
		}
		select {
		case <-clock.C:
		case <-ts.kick:
			clock.Stop()
		case <-ts.quit:
			clock.Stop()
			return
		}
	}
}

func (ts *timers) stop() { close(ts.quit) }

// fireDue posts the mail of every timer whose deadline has passed (manual
// mode), in deadline order.
func (ts *timers) fireDue() {
	for {
		ts.mu.Lock()
		if len(ts.h) == 0 || ts.h[0].when > ts.nanotime() {
			ts.mu.Unlock()
			return
		}
		t := ts.remove(0)
		ts.mu.Unlock()
		t.p.Post(&t.Mail)
	}
}

// earliest returns the earliest deadline; false when no timer is armed.
func (ts *timers) earliest() (int64, bool) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if len(ts.h) == 0 {
		return 0, false
	}
	return ts.h[0].when, true
}

// advanceTo moves virtual time forward to when (manual mode).
func (ts *timers) advanceTo(when int64) {
	if when > ts.vnow.Load() {
		ts.vnow.Store(when)
	}
}

// --- the heap ---------------------------------------------------------------

func (ts *timers) less(i, j int) bool {
	a, b := ts.h[i], ts.h[j]
	return a.when < b.when || a.when == b.when && a.seq < b.seq
}

func (ts *timers) swap(i, j int) {
	ts.h[i], ts.h[j] = ts.h[j], ts.h[i]
	ts.h[i].i, ts.h[j].i = i+1, j+1
}

func (ts *timers) push(t *Timer) {
	ts.h = append(ts.h, t)
	t.i = len(ts.h)
	ts.up(len(ts.h) - 1)
}

// remove takes out the timer at index i and returns it.
func (ts *timers) remove(i int) *Timer {
	t := ts.h[i]
	last := len(ts.h) - 1
	if i != last {
		ts.swap(i, last)
	}
	ts.h[last] = nil
	ts.h = ts.h[:last]
	if i != last {
		if !ts.down(i) {
			ts.up(i)
		}
	}
	t.i = 0
	return t
}

func (ts *timers) up(i int) {
	for i > 0 {
		parent := (i - 1) / 2
		if !ts.less(i, parent) {
			return
		}
		ts.swap(i, parent)
		i = parent
	}
}

// down sifts i down and reports whether it moved.
func (ts *timers) down(i int) bool {
	start := i
	n := len(ts.h)
	for {
		l := 2*i + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && ts.less(r, l) {
			m = r
		}
		if !ts.less(m, i) {
			break
		}
		ts.swap(i, m)
		i = m
	}
	return i > start
}
