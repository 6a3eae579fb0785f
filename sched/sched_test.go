package sched

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"wippylua/bytecode"
	"wippylua/compiler"
	"wippylua/parser"
	"wippylua/stdlib"
	"wippylua/vm"
)

func compile(src []byte, name string) (*bytecode.Proto, error) {
	chunk, err := parser.Parse(src, name)
	if err != nil {
		return nil, err
	}
	return compiler.Compile(chunk)
}

// spawn creates a process running src with the standard libraries; setup
// may add Go functions (which can capture the process) before it starts.
func spawn(t testing.TB, s *Scheduler, src string, setup func(p *Proc, g *vm.Table), args ...vm.Value) *Proc {
	t.Helper()
	st := vm.NewState()
	st.SetLoader(compile)
	stdlib.Open(st, stdlib.Standard)
	fn, err := st.Load([]byte(src), "=test", "t", nil)
	if err != nil {
		t.Fatal(err)
	}
	p := s.NewProc(st, ProcOptions{})
	if setup != nil {
		setup(p, st.Globals())
	}
	p.Start(nil, fn, args...)
	return p
}

func goFn(g *vm.Table, name string, f func(t *vm.Thread) int) {
	g.SetStr(name, vm.FunctionValue(vm.NewGoFunction(name, f)))
}

func manual(t testing.TB) *Scheduler {
	s := NewWithOptions(Options{Manual: true})
	t.Cleanup(s.Stop)
	return s
}

func TestRunToCompletion(t *testing.T) {
	s := manual(t)
	p := spawn(t, s, `local a, b = ... return a + b, "done"`, nil, vm.Int(2), vm.Int(3))
	if left := s.RunUntilIdle(); left != 0 {
		t.Fatalf("%d left", left)
	}
	res, err := p.Result()
	if err != nil || len(res) != 2 || res[0].AsInt() != 5 || res[1].AsString() != "done" {
		t.Fatal(res, err)
	}
	select {
	case <-p.Done():
	default:
		t.Fatal("Done not closed")
	}
}

func TestErrorExit(t *testing.T) {
	s := manual(t)
	bad := spawn(t, s, `error("boom")`, nil)
	good := spawn(t, s, `local s = 0 for i = 1, 10000 do s = s + i end return s`, nil)
	s.RunUntilIdle()
	var le *vm.Error
	if _, err := bad.Result(); !errors.As(err, &le) || !strings.Contains(le.Error(), "boom") {
		t.Fatalf("bad: %v", err)
	}
	if res, err := good.Result(); err != nil || res[0].AsInt() != 50005000 {
		t.Fatal(res, err)
	}
}

// TestPreemptionInterleaves logs which process runs, through a Go
// function called every 1000 iterations: with one worker, the two busy
// processes must alternate.
func TestPreemptionInterleaves(t *testing.T) {
	s := manual(t)
	var log []string
	setup := func(p *Proc, g *vm.Table) {
		goFn(g, "tick", func(th *vm.Thread) int { log = append(log, th.CheckString(1)); return 0 })
	}
	src := `local name = ... for i = 1, 100000 do if i % 1000 == 0 then tick(name) end end`
	spawn(t, s, src, setup, vm.String("a"))
	spawn(t, s, src, setup, vm.String("b"))
	s.RunUntilIdle()
	if len(log) != 200 {
		t.Fatalf("%d ticks", len(log))
	}
	switches := 0
	for i := 1; i < len(log); i++ {
		if log[i] != log[i-1] {
			switches++
		}
	}
	// Each slice of 2000 reductions covers about two ticks.
	if switches < 40 {
		t.Fatalf("only %d switches: %v", switches, log)
	}
}

// TestWakeRace stresses the park/wake handshake on real workers: every
// wait is handed to another goroutine that wakes it twice at once (racing
// with Run returning RunBlocked), and the wait must end exactly once.
func TestWakeRace(t *testing.T) {
	s := New(4)
	defer s.Stop()
	type wait struct {
		p    *Proc
		task *Task
		seq  uint32
	}
	waits := make(chan wait, 1024)
	var wakers sync.WaitGroup
	for i := 0; i < 4; i++ {
		wakers.Add(1)
		go func() {
			defer wakers.Done()
			for w := range waits {
				w.p.Post(&Mail{Fn: WakeMail, Task: w.task, Seq: w.seq})
				w.p.Post(&Mail{Fn: WakeMail, Task: w.task, Seq: w.seq})
			}
		}()
	}
	var resumed atomic.Int64
	const procs, rounds = 64, 200
	var ps []*Proc
	for i := 0; i < procs; i++ {
		ps = append(ps, spawn(t, s, `local n = 0 for i = 1, ... do n = n + park() end return n`, func(p *Proc, g *vm.Table) {
			goFn(g, "park", func(th *vm.Thread) int {
				task := p.Current()
				waits <- wait{p, task, task.Seq()}
				return th.Block(func(th *vm.Thread) int {
					resumed.Add(1)
					th.Push(vm.Int(1))
					return 1
				})
			})
		}, vm.Int(rounds)))
	}
	for _, p := range ps {
		res, err := p.Wait()
		if err != nil || res[0].AsInt() != rounds {
			t.Fatal(res, err)
		}
	}
	close(waits)
	wakers.Wait()
	if n := resumed.Load(); n != procs*rounds {
		t.Fatalf("%d continuations, want %d", n, procs*rounds)
	}
}

func TestStaleWakeIgnored(t *testing.T) {
	s := manual(t)
	var task *Task
	var seq uint32
	steps := 0
	p := spawn(t, s, `park() park() return "ok"`, func(p *Proc, g *vm.Table) {
		goFn(g, "park", func(th *vm.Thread) int {
			task, seq = p.Current(), p.Current().Seq()
			return th.Block(func(*vm.Thread) int { steps++; return 0 })
		})
	})
	s.RunUntilIdle()
	first := seq
	p.Post(&Mail{Fn: WakeMail, Task: task, Seq: first})
	s.RunUntilIdle()
	if steps != 1 || seq == first {
		t.Fatalf("steps %d", steps)
	}
	// A late duplicate of the first wake-up must not end the second wait.
	p.Post(&Mail{Fn: WakeMail, Task: task, Seq: first})
	s.RunUntilIdle()
	if steps != 1 || p.Exited() {
		t.Fatalf("stale wake-up ended a wait: steps %d", steps)
	}
	p.Post(&Mail{Fn: WakeMail, Task: task, Seq: seq})
	s.RunUntilIdle()
	if res, err := p.Result(); err != nil || res[0].AsString() != "ok" {
		t.Fatal(res, err)
	}
}

func TestManualTimersVirtualTime(t *testing.T) {
	s := manual(t)
	var order []string
	start := s.Now()
	p := spawn(t, s, `
local done = 0
for _, d in ipairs({30, 10, 20, 10}) do
  spawn(function() sleep(d) note(d) done = done + 1 end)
end
while done < 4 do sleep(1) end
return "ok"`, func(p *Proc, g *vm.Table) {
		goFn(g, "spawn", func(th *vm.Thread) int { p.StartTask(th.Arg(1)); return 0 })
		goFn(g, "note", func(th *vm.Thread) int {
			order = append(order, fmt.Sprintf("%d@%v", th.CheckInt(1), s.Now().Sub(start)))
			return 0
		})
		goFn(g, "sleep", func(th *vm.Thread) int {
			task := p.Current()
			tm := &Timer{Mail: Mail{Fn: WakeMail, Task: task, Seq: task.Seq()}}
			s.StartTimer(tm, p, time.Duration(th.CheckInt(1))*time.Millisecond)
			return th.Block(func(*vm.Thread) int { return 0 })
		})
	})
	s.RunUntilIdle()
	if _, err := p.Result(); err != nil {
		t.Fatal(err)
	}
	want := "10@10ms 10@10ms 20@20ms 30@30ms"
	if got := strings.Join(order, " "); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	if s.PendingTimers() != 0 {
		t.Fatal("timers left")
	}
}

func TestKill(t *testing.T) {
	s := manual(t)
	p := spawn(t, s, `block()`, func(p *Proc, g *vm.Table) {
		goFn(g, "block", func(th *vm.Thread) int { return th.Block(func(*vm.Thread) int { return 0 }) })
	})
	if left := s.RunUntilIdle(); left != 1 {
		t.Fatalf("%d left", left)
	}
	killed := errors.New("killed")
	p.Kill(killed)
	if left := s.RunUntilIdle(); left != 0 {
		t.Fatalf("%d left", left)
	}
	if _, err := p.Result(); err != killed {
		t.Fatal(err)
	}
	if s.Lookup(p.PID()) != nil {
		t.Fatal("exited process still registered")
	}
}

func TestStopEndsLiveProcesses(t *testing.T) {
	s := New(2)
	p := spawn(t, s, `while true do end`, nil)
	q := spawn(t, s, `block()`, func(p *Proc, g *vm.Table) {
		goFn(g, "block", func(th *vm.Thread) int { return th.Block(func(*vm.Thread) int { return 0 }) })
	})
	for s.Live() != 2 {
		time.Sleep(time.Millisecond)
	}
	s.Stop()
	for _, x := range []*Proc{p, q} {
		if _, err := x.Wait(); err != ErrStopped {
			t.Fatal(err)
		}
	}
}

func TestMailBeforeStart(t *testing.T) {
	s := manual(t)
	st := vm.NewState()
	st.SetLoader(compile)
	fn, _ := st.Load([]byte(`return got`), "=t", "t", nil)
	p := s.NewProc(st, ProcOptions{})
	got := 0
	p.Post(&Mail{Fn: func(p *Proc, m *Mail) { got++; p.State().Globals().SetStr("got", vm.Int(int64(got))) }})
	if s.RunUntilIdle() != 1 || got != 0 {
		t.Fatal("a process ran before Start")
	}
	p.Start(nil, fn)
	s.RunUntilIdle()
	if res, err := p.Result(); err != nil || res[0].AsInt() != 1 {
		t.Fatal(res, err)
	}
}

func TestOnExitAndTasksStopped(t *testing.T) {
	s := manual(t)
	var exited []string
	st := vm.NewState()
	st.SetLoader(compile)
	stdlib.Open(st, stdlib.Standard)
	fn, _ := st.Load([]byte(`spawn(function() while true do coroutine.yield() end end) coroutine.yield() return 1`), "=t", "t", nil)
	p := s.NewProc(st, ProcOptions{OnExit: func(p *Proc) { exited = append(exited, p.PID()) }})
	goFn(st.Globals(), "spawn", func(th *vm.Thread) int { p.StartTask(th.Arg(1)); return 0 })
	p.Start(nil, fn)
	if left := s.RunUntilIdle(); left != 0 {
		t.Fatalf("%d left", left)
	}
	if len(exited) != 1 || exited[0] != p.PID() {
		t.Fatal(exited)
	}
}

// TestManyProcessesRealWorkers runs CPU-bound processes on several
// workers (work stealing spreads them) and checks every result.
func TestManyProcessesRealWorkers(t *testing.T) {
	s := New(4)
	defer s.Stop()
	var ps []*Proc
	for i := 0; i < 200; i++ {
		ps = append(ps, spawn(t, s, `local n = ... local s = 0 for i = 1, n do s = s + i end return s`, nil, vm.Int(int64(100*i))))
	}
	for i, p := range ps {
		res, err := p.Wait()
		n := int64(100 * i)
		if err != nil || res[0].AsInt() != n*(n+1)/2 {
			t.Fatal(i, res, err)
		}
	}
	if s.Live() != 0 {
		t.Fatal(s.Live())
	}
}

// TestDeterministic runs the same interleaving-sensitive program twice in
// manual mode: the traces must be identical.
func TestDeterministic(t *testing.T) {
	trace := func() string {
		s := manual(t)
		var log []string
		for _, name := range []string{"a", "b", "c"} {
			spawn(t, s, `local name, n = ... for i = 1, n do if i % 997 == 0 then tick(name .. math.random(100)) end end`, func(p *Proc, g *vm.Table) {
				goFn(g, "tick", func(th *vm.Thread) int { log = append(log, th.CheckString(1)); return 0 })
			}, vm.String(name), vm.Int(int64(20000+len(name)*3000)))
		}
		s.RunUntilIdle()
		return strings.Join(log, ",")
	}
	if a, b := trace(), trace(); a != b {
		t.Fatalf("runs differ:\n%s\n%s", a, b)
	}
}

func TestPID(t *testing.T) {
	s := NewWithOptions(Options{Manual: true, Name: "app:processes"})
	defer s.Stop()
	p := s.NewProc(vm.NewState(), ProcOptions{})
	if p.PID() != fmt.Sprintf("{app:processes|0x%x}", p.ID()) {
		t.Fatal(p.PID())
	}
	if s.Lookup(p.PID()) != p || !s.IsPID(p.PID()) {
		t.Fatal("lookup")
	}
	for _, bad := range []string{"", "{app:processes|0x}", "{other|0x1}", "app:processes|0x1", "{app:processes|0xzz}", "{app:processes|1}"} {
		if s.IsPID(bad) || s.Lookup(bad) != nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestTimerHeap(t *testing.T) {
	var ts timers
	ts.init(nil, time.Time{}, true)
	r := rand.New(rand.NewPCG(1, 2))
	var live []*Timer
	for i := 0; i < 5000; i++ {
		if len(live) > 0 && r.IntN(3) == 0 {
			k := r.IntN(len(live))
			tm := live[k]
			ts.remove(tm.i - 1)
			if tm.i != 0 {
				t.Fatal("removed timer still indexed")
			}
			live = append(live[:k], live[k+1:]...)
			continue
		}
		tm := &Timer{when: int64(r.IntN(100)), seq: uint64(i)}
		ts.push(tm)
		live = append(live, tm)
	}
	for i, tm := range ts.h {
		if tm.i != i+1 {
			t.Fatal("bad index")
		}
	}
	sort.Slice(live, func(i, j int) bool {
		return live[i].when < live[j].when || live[i].when == live[j].when && live[i].seq < live[j].seq
	})
	for _, want := range live {
		if got := ts.remove(0); got != want {
			t.Fatalf("popped (%d,%d), want (%d,%d)", got.when, got.seq, want.when, want.seq)
		}
	}
}

func TestRepeatTimerSkipsMissedTicks(t *testing.T) {
	s := manual(t)
	tm := &Timer{}
	s.StartTimer(tm, nil, 10)
	s.timers.remove(0)
	s.timers.vnow.Store(55)
	s.RepeatTimer(tm, nil, 10)
	if tm.when != 60 {
		t.Fatalf("next tick at %d", tm.when)
	}
	s.timers.remove(0)
	s.RepeatTimer(tm, nil, 10)
	if tm.when != 70 {
		t.Fatalf("next tick at %d", tm.when)
	}
}

func TestRealTimers(t *testing.T) {
	s := New(2)
	defer s.Stop()
	var mu sync.Mutex
	var order []int
	done := make(chan struct{})
	p := spawn(t, s, `block()`, func(p *Proc, g *vm.Table) {
		goFn(g, "block", func(th *vm.Thread) int { return th.Block(func(*vm.Thread) int { return 0 }) })
	})
	start := time.Now()
	for _, ms := range []int{30, 10, 20} {
		ms := ms
		tm := &Timer{Mail: Mail{Fn: func(*Proc, *Mail) {
			mu.Lock()
			order = append(order, ms)
			if len(order) == 3 {
				close(done)
			}
			mu.Unlock()
		}}}
		s.StartTimer(tm, p, time.Duration(ms)*time.Millisecond)
	}
	<-done
	if el := time.Since(start); el < 30*time.Millisecond {
		t.Fatalf("fired after %v", el)
	}
	if fmt.Sprint(order) != "[10 20 30]" {
		t.Fatal(order)
	}
	stopped := &Timer{Mail: Mail{Fn: func(*Proc, *Mail) { t.Error("stopped timer fired") }}}
	s.StartTimer(stopped, p, 5*time.Millisecond)
	if !s.StopTimer(stopped) || s.StopTimer(stopped) {
		t.Fatal("StopTimer")
	}
}
