package sched

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"wippylua/vm"
)

// withIO gives a process io(name), which runs work(ctx, name) through
// StartIO, blocking the calling task until it completes, and returns the
// string work returned; and note(s), which logs s with the virtual time.
func withIO(s *Scheduler, log *[]string, work func(ctx context.Context, name string) string) func(p *Proc, g *vm.Table) {
	start := s.Now()
	return func(p *Proc, g *vm.Table) {
		goFn(g, "note", func(th *vm.Thread) int {
			*log = append(*log, fmt.Sprintf("%s@%v", th.CheckString(1), s.Now().Sub(start)))
			return 0
		})
		goFn(g, "io", func(th *vm.Thread) int {
			name := th.CheckString(1)
			var result string
			n := th.Block(func(th *vm.Thread) int {
				th.Push(vm.String(result))
				return 1
			})
			task := p.Current()
			seq := task.Seq()
			p.StartIO(func(ctx context.Context) { result = work(ctx, name) }, func() { task.Wake(seq) })
			return n
		})
		goFn(g, "sleep", func(th *vm.Thread) int {
			task := p.Current()
			tm := &Timer{Mail: Mail{Fn: WakeMail, Task: task, Seq: task.Seq()}}
			s.StartTimer(tm, p, time.Duration(th.CheckInt(1))*time.Millisecond)
			return th.Block(func(*vm.Thread) int { return 0 })
		})
	}
}

// A manual scheduler waits for I/O in flight instead of returning as if
// the process were stuck, and the I/O takes no virtual time: the sleeper
// of 10ms wakes after the I/O has completed, at 10ms.
func TestManualWaitsForIO(t *testing.T) {
	s := manual(t)
	var log []string
	gate := make(chan struct{})
	io := withIO(s, &log, func(ctx context.Context, name string) string {
		<-gate
		return "got " + name
	})
	p := spawn(t, s, `note(io("a")) return "ok"`, io)
	q := spawn(t, s, `sleep(10) note("slept")`, io)
	// The I/O completes once both processes wait (the run loop then has
	// nothing to do but wait for it).
	go func() {
		for s.PendingIO() == 0 || s.PendingTimers() == 0 {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(5 * time.Millisecond)
		close(gate)
	}()
	if left := s.RunUntilIdle(); left != 0 {
		t.Fatalf("%d processes left", left)
	}
	if res, err := p.Result(); err != nil || res[0].AsString() != "ok" {
		t.Fatal(res, err)
	}
	if !q.Exited() {
		t.Fatal("the sleeper did not finish")
	}
	want := "got a@0s slept@10ms"
	if got := strings.Join(log, " "); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	if s.PendingIO() != 0 {
		t.Fatalf("%d operations pending", s.PendingIO())
	}
}

// A process that exits while its I/O is in flight cancels the work's
// context, and the completion is dropped.
func TestIOCancelledOnExit(t *testing.T) {
	s := manual(t)
	var log []string
	cancelled := make(chan struct{})
	started := make(chan struct{})
	p := spawn(t, s, `note(io("never"))`, withIO(s, &log, func(ctx context.Context, name string) string {
		close(started)
		<-ctx.Done()
		close(cancelled)
		return "late"
	}))
	go func() {
		<-started
		p.Kill(errors.New("terminated"))
	}()
	s.RunUntilIdle()
	if _, err := p.Result(); err == nil || err.Error() != "terminated" {
		t.Fatal(err)
	}
	select {
	case <-cancelled:
	case <-time.After(10 * time.Second):
		t.Fatal("the work's context was not cancelled")
	}
	s.RunUntilIdle()
	if len(log) != 0 {
		t.Fatalf("a dead process noted %v", log)
	}
	if s.PendingIO() != 0 {
		t.Fatalf("%d operations pending", s.PendingIO())
	}
}

// No more than IOLimit operations run at once; the others wait their
// turn and all complete.
func TestIOLimit(t *testing.T) {
	const limit, procs = 3, 20
	s := NewWithOptions(Options{Manual: true, IOLimit: limit})
	t.Cleanup(s.Stop)
	var running, most atomic.Int32
	var log []string
	io := withIO(s, &log, func(ctx context.Context, name string) string {
		n := running.Add(1)
		for {
			m := most.Load()
			if n <= m || most.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(time.Millisecond)
		running.Add(-1)
		return name
	})
	for i := 0; i < procs; i++ {
		spawn(t, s, fmt.Sprintf(`note(io("p%d"))`, i), io)
	}
	if left := s.RunUntilIdle(); left != 0 {
		t.Fatalf("%d processes left", left)
	}
	if len(log) != procs {
		t.Fatalf("%d of %d completed", len(log), procs)
	}
	if m := most.Load(); m > limit {
		t.Fatalf("%d operations ran at once, limit %d", m, limit)
	}
}

// With real workers, a process waiting for I/O holds no worker: another
// process runs on the only worker meanwhile (it is the one that lets the
// I/O complete), and Await does not take the wait for a deadlock.
func TestIODoesNotHoldTheWorker(t *testing.T) {
	g := NewGroup()
	s := NewWithOptions(Options{Workers: 1, Group: g})
	t.Cleanup(s.Stop)
	gate := make(chan struct{})
	var log []string
	waiter := spawn(t, s, `return io("x")`, withIO(s, &log, func(ctx context.Context, name string) string {
		select {
		case <-gate:
			return "released " + name
		case <-ctx.Done():
			return "cancelled"
		}
	}))
	for s.PendingIO() == 0 {
		time.Sleep(time.Millisecond)
	}
	releaser := spawn(t, s, `local n = 0 for i = 1, 100000 do n = n + i end release() return n`, func(p *Proc, g *vm.Table) {
		goFn(g, "release", func(th *vm.Thread) int { close(gate); return 0 })
	})
	if res, err := g.Await(releaser); err != nil || res[0] != vm.Int(5000050000) {
		t.Fatal(res, err)
	}
	res, err := g.Await(waiter)
	if err != nil || res[0].AsString() != "released x" {
		t.Fatal(res, err)
	}
}

// A real-time group whose only process waits for slow I/O is not
// deadlocked: Await waits for the I/O.
func TestAwaitWaitsForIO(t *testing.T) {
	g := NewGroup()
	s := NewWithOptions(Options{Workers: 1, Group: g})
	t.Cleanup(s.Stop)
	var log []string
	p := spawn(t, s, `return io("slow")`, withIO(s, &log, func(ctx context.Context, name string) string {
		// Several of Await's looks at the group pass meanwhile.
		time.Sleep(8 * awaitPoll)
		return name
	}))
	if res, err := g.Await(p); err != nil || res[0].AsString() != "slow" {
		t.Fatal(res, err)
	}
}

// BenchmarkIORoundTrip measures an I/O operation that does nothing: the
// cost of the mechanism itself (a goroutine hand-off, a Mail, a wake-up),
// with a process that waits for b.N of them one after another.
func BenchmarkIORoundTrip(b *testing.B) {
	s := NewWithOptions(Options{Workers: 1})
	b.Cleanup(s.Stop)
	var log []string
	p := spawn(b, s, `local n = ... for i = 1, n do io("x") end`, withIO(s, &log, func(ctx context.Context, name string) string { return name }), vm.Int(int64(b.N)))
	if _, err := p.Wait(); err != nil {
		b.Fatal(err)
	}
}
