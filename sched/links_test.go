package sched

import (
	"errors"
	"sync"
	"testing"

	"wippylua/vm"
)

// blocker spawns a process that blocks forever (until killed).
func blocker(t *testing.T, s *Scheduler) *Proc {
	return spawn(t, s, `block()`, func(p *Proc, g *vm.Table) {
		goFn(g, "block", func(th *vm.Thread) int { return th.Block(func(*vm.Thread) int { return 0 }) })
	})
}

// startLater creates a process that is not started yet, so that a test can
// wire it up first; start runs src in it.
func startLater(t *testing.T, s *Scheduler, o ProcOptions) (p *Proc, start func(src string)) {
	st := vm.NewState()
	st.SetLoader(compile)
	p = s.NewProc(st, o)
	return p, func(src string) {
		fn, err := st.Load([]byte(src), "=t", "t", nil)
		if err != nil {
			t.Fatal(err)
		}
		p.Start(nil, fn)
	}
}

func TestLinkErrorKillsPartner(t *testing.T) {
	s := manual(t)
	a := blocker(t, s)
	unrelated := blocker(t, s)
	b, start := startLater(t, s, ProcOptions{})
	if err := b.Link(a); err != nil {
		t.Fatal(err)
	}
	start(`error("boom")`)
	if left := s.RunUntilIdle(); left != 1 {
		t.Fatalf("%d left, want only the unrelated process", left)
	}
	_, err := a.Result()
	var le *LinkError
	if !errors.As(err, &le) || le.PID != b.PID() {
		t.Fatalf("partner exit: %v", err)
	}
	if unrelated.Exited() {
		t.Fatal("unrelated process died")
	}
}

func TestLinkNormalExitAndUnlink(t *testing.T) {
	s := manual(t)
	a := blocker(t, s)
	b, start := startLater(t, s, ProcOptions{})
	b.Link(a)
	start(`return 1`)
	c, startC := startLater(t, s, ProcOptions{})
	c.Link(a)
	if !c.Unlink(a) || c.Unlink(a) {
		t.Fatal("unlink reports")
	}
	startC(`error("boom")`)
	if left := s.RunUntilIdle(); left != 1 || a.Exited() {
		t.Fatalf("%d left; a exited %v", left, a.Exited())
	}
	// The dead partners left no trace in a.
	a.mu.Lock()
	n := len(a.links.watchedBy)
	a.mu.Unlock()
	if n != 0 {
		t.Fatalf("%d stale entries", n)
	}
}

func TestMonitorSignal(t *testing.T) {
	s := manual(t)
	var got []*Signal
	w, startW := startLater(t, s, ProcOptions{OnSignal: func(p *Proc, sig *Signal) { got = append(got, sig) }})
	goFnBlock(w)
	startW(`block()`)
	child, start := startLater(t, s, ProcOptions{})
	if err := w.Watch(child, WatchMonitor); err != nil {
		t.Fatal(err)
	}
	if err := w.Link(child); err != nil {
		t.Fatal(err)
	}
	start(`error("boom")`)
	s.RunUntilIdle()
	if len(got) != 1 || got[0].From != child || got[0].Flags != WatchMonitor|WatchLink {
		t.Fatalf("signals %v", got)
	}
	if w.Exited() {
		t.Fatal("OnSignal replaces the default: the watcher must live")
	}
	if err := w.Watch(child, WatchMonitor); err != ErrExited {
		t.Fatalf("watch of an exited process: %v", err)
	}
	if err := w.Watch(w, WatchMonitor); err != ErrSelf {
		t.Fatalf("self watch: %v", err)
	}
	w.mu.Lock()
	n := len(w.links.watching) + len(w.links.watchedBy)
	w.mu.Unlock()
	if n != 0 {
		t.Fatalf("%d stale entries", n)
	}
}

// goFnBlock gives an unstarted-then-started process's State a block()
// global; startLater's states have no libraries, so it is set directly.
func goFnBlock(p *Proc) {
	goFn(p.State().Globals(), "block", func(th *vm.Thread) int { return th.Block(func(*vm.Thread) int { return 0 }) })
}

func TestUnwatch(t *testing.T) {
	s := manual(t)
	var got int
	w, startW := startLater(t, s, ProcOptions{OnSignal: func(*Proc, *Signal) { got++ }})
	goFnBlock(w)
	startW(`block()`)
	child := blocker(t, s)
	w.Watch(child, WatchMonitor)
	if !w.Unwatch(child, WatchMonitor) || w.Unwatch(child, WatchMonitor) {
		t.Fatal("unwatch reports")
	}
	child.Kill(errors.New("x"))
	s.RunUntilIdle()
	if got != 0 {
		t.Fatal("signal after unwatch")
	}
}

func TestRegistry(t *testing.T) {
	s := manual(t)
	a, b := blocker(t, s), blocker(t, s)
	if err := s.Register("svc", a); err != nil {
		t.Fatal(err)
	}
	if err := s.Register("svc", b); err != ErrNameTaken {
		t.Fatalf("conflict: %v", err)
	}
	if s.Whereis("svc") != a {
		t.Fatal("whereis")
	}
	s.Register("other", a)
	if !s.Unregister("other") || s.Unregister("other") {
		t.Fatal("unregister reports")
	}
	a.Kill(errors.New("x"))
	s.RunUntilIdle()
	if s.Whereis("svc") != nil {
		t.Fatal("name kept after exit")
	}
	if err := s.Register("svc", b); err != nil {
		t.Fatal(err)
	}
	if err := s.Register("late", a); err != ErrExited {
		t.Fatalf("register of an exited process: %v", err)
	}
}

// TestLinkRace links, monitors and kills processes from many goroutines
// at once on real workers: run with -race, it checks the locking, and
// every process linked to a killed one ends.
func TestLinkRace(t *testing.T) {
	s := New(4)
	defer s.Stop()
	const n = 50
	var ps []*Proc
	for i := 0; i < n; i++ {
		ps = append(ps, blocker(t, s))
	}
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if err := ps[i].Link(ps[(i+1)%n]); err != nil {
				t.Error(err)
			}
		}(i)
	}
	wg.Wait()
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			// These race with the exits the kills set off: each may
			// succeed or find its target gone, but never corrupt.
			ps[i].Watch(ps[(i+7)%n], WatchMonitor)
			s.Register(string(rune('a'+i%26)), ps[i])
			if i%10 == 0 {
				ps[i].Kill(errors.New("x"))
			}
		}(i)
	}
	wg.Wait()
	// The ring of links takes every process down.
	for _, p := range ps {
		<-p.Done()
	}
	if s.Whereis("a") != nil {
		t.Fatal("name kept")
	}
}
