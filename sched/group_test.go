package sched

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"wippylua/stdlib"
	"wippylua/vm"
)

// sleeper gives a process sleep(ms) and note(s), which records s with the
// virtual time of the call in *log.
func sleeper(s *Scheduler, log *[]string, start time.Time) func(p *Proc, g *vm.Table) {
	return func(p *Proc, g *vm.Table) {
		goFn(g, "note", func(th *vm.Thread) int {
			*log = append(*log, fmt.Sprintf("%s@%v", th.CheckString(1), s.Now().Sub(start)))
			return 0
		})
		goFn(g, "sleep", func(th *vm.Thread) int {
			task := p.Current()
			tm := &Timer{Mail: Mail{Fn: WakeMail, Task: task, Seq: task.Seq()}}
			s.StartTimer(tm, p, time.Duration(th.CheckInt(1))*time.Millisecond)
			return th.Block(func(*vm.Thread) int { return 0 })
		})
	}
}

// The manual schedulers of a group run as one: their virtual clocks move
// together, so sleeps on different schedulers interleave by deadline.
func TestGroupManualSharedClock(t *testing.T) {
	g := NewGroup()
	a := NewWithOptions(Options{Manual: true, Name: "a", Group: g})
	b := NewWithOptions(Options{Manual: true, Name: "b", Group: g})
	t.Cleanup(g.Stop)
	start := a.Now()
	var log []string
	pa := spawn(t, a, `sleep(30) note("a30") sleep(20) note("a50")`, sleeper(a, &log, start))
	pb := spawn(t, b, `sleep(10) note("b10") sleep(30) note("b40") sleep(20) note("b60")`, sleeper(b, &log, start))
	if _, err := g.Await(pb); err != nil {
		t.Fatal(err)
	}
	if !pa.Exited() {
		t.Fatal("a's process did not run to its end")
	}
	want := "b10@10ms a30@30ms b40@40ms a50@50ms b60@60ms"
	if got := strings.Join(log, " "); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

// Pid numbers and names are the group's: a name registered for a process
// of one scheduler is found from the other, and numbers never repeat.
func TestGroupSharesPIDsAndNames(t *testing.T) {
	g := NewGroup()
	a := NewWithOptions(Options{Manual: true, Name: "a", Group: g})
	b := NewWithOptions(Options{Manual: true, Name: "b", Group: g})
	t.Cleanup(g.Stop)
	pa, pb := blocker(t, a), blocker(t, b)
	if pa.ID() == pb.ID() {
		t.Fatalf("both processes have number %d", pa.ID())
	}
	if err := a.Register("svc", pb); err != nil {
		t.Fatal(err)
	}
	if b.Whereis("svc") != pb || a.Whereis("svc") != pb {
		t.Fatal("name not shared")
	}
	if err := b.Register("svc", pa); !errors.Is(err, ErrNameTaken) {
		t.Fatalf("err = %v", err)
	}
	// Linking across schedulers: a failure on b kills a's partner.
	if err := pa.Link(pb); err != nil {
		t.Fatal(err)
	}
	pb.Kill(errors.New("boom"))
	g.RunUntil(nil)
	var le *LinkError
	if _, err := pa.Result(); !errors.As(err, &le) || le.PID != pb.PID() {
		t.Fatalf("partner exit: %v", err)
	}
	if a.Whereis("svc") != nil {
		t.Fatal("the name outlived its process")
	}
	if host, ok := PIDHost(pb.PID()); !ok || host != "b" {
		t.Fatalf("PIDHost(%s) = %q, %v", pb.PID(), host, ok)
	}
	if _, ok := PIDHost("{b|zz}"); ok {
		t.Fatal("PIDHost accepted a bad pid")
	}
}

// A scheduler that joins a manual group late starts at the group's
// virtual time.
func TestGroupLateJoinerTakesTheClock(t *testing.T) {
	g := NewGroup()
	a := NewWithOptions(Options{Manual: true, Name: "a", Group: g})
	t.Cleanup(g.Stop)
	var log []string
	p := spawn(t, a, `sleep(25)`, sleeper(a, &log, a.Now()))
	g.RunUntil(nil)
	if !p.Exited() {
		t.Fatal("not done")
	}
	b := NewWithOptions(Options{Manual: true, Name: "b", Group: g})
	if !b.Now().Equal(a.Now()) || a.Now().Sub(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)) != 25*time.Millisecond {
		t.Fatalf("a at %v, b at %v", a.Now(), b.Now())
	}
}

// Await reports a deadlock instead of waiting forever, in manual and in
// real-time mode, and returns the result when the process ends.
func TestAwaitDeadlock(t *testing.T) {
	for _, m := range []bool{true, false} {
		g := NewGroup()
		s := NewWithOptions(Options{Manual: m, Workers: 1, Group: g})
		stuck := blocker(t, s)
		if _, err := g.Await(stuck); !errors.Is(err, ErrDeadlock) {
			t.Errorf("manual=%v: err = %v", m, err)
		}
		var log []string
		ok := spawn(t, s, `sleep(5) return 7`, sleeper(s, &log, s.Now()))
		if res, err := g.Await(ok); err != nil || len(res) != 1 || res[0] != vm.Int(7) {
			t.Errorf("manual=%v: %v %v", m, res, err)
		}
		g.Stop()
	}
}

// StartMain runs the main function on the State's main thread: it cannot
// yield at its top level, as lua5.3's main chunk, but it can block.
func TestStartMain(t *testing.T) {
	s := manual(t)
	st := vm.NewState()
	st.SetLoader(compile)
	stdlib.Open(st, stdlib.Standard)
	fn, err := st.Load([]byte(`
local co, main = coroutine.running()
local t = wait()
return main, coroutine.isyieldable(), t, select(2, pcall(coroutine.yield))`), "=main", "t", nil)
	if err != nil {
		t.Fatal(err)
	}
	p := s.NewProc(st, ProcOptions{})
	var waiting *Task
	goFn(st.Globals(), "wait", func(th *vm.Thread) int {
		waiting = p.Current()
		return th.Block(func(th *vm.Thread) int { th.Push(vm.String("woken")); return 1 })
	})
	p.StartMain(nil, fn)
	s.RunUntilIdle()
	if waiting == nil || !waiting.IsMain() || waiting.Thread() != st.MainThread() {
		t.Fatal("the main function did not run on the main thread")
	}
	p.Post(&Mail{Fn: WakeMail, Task: waiting, Seq: waiting.Seq()})
	s.RunUntilIdle()
	res, err := p.Result()
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 4 || res[0] != vm.True || res[1] != vm.False || res[2].AsString() != "woken" ||
		res[3].AsString() != "attempt to yield from outside a coroutine" {
		t.Fatalf("results %v", res)
	}
}
