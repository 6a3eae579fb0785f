package process

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	"wippylua/modules/host"
	"wippylua/sched"
	"wippylua/vm"
)

// spawnWith runs src as a process whose globals include fns.
func (e *env) spawnWith(t *testing.T, src string, fns map[string]func(t *vm.Thread) int) *sched.Proc {
	t.Helper()
	p, err := e.h.Spawn(func(st *vm.State) (vm.Value, error) {
		for name, f := range fns {
			st.SetGlobal(name, vm.FunctionValue(vm.NewGoFunction(name, f)))
		}
		return st.Load([]byte(src), "=main", "t", nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// double(n) waits for work that doubles n on an I/O goroutine.
func doubler(started *atomic.Int32) func(t *vm.Thread) int {
	return func(t *vm.Thread) int {
		n := t.CheckInt(1)
		return host.Await(t, func(ctx context.Context) (any, error) {
			started.Add(1)
			return 2 * n, nil
		}, func(t *vm.Thread, v any, err error) int {
			t.Push(vm.Int(v.(int64)))
			return 1
		})
	}
}

// Each coroutine waits for its own work; the others go on meanwhile.
// Where blocking is impossible, Await raises before starting the work.
func TestAwait(t *testing.T) {
	e := newEnv(t, Options{})
	var started atomic.Int32
	p := e.spawnWith(t, `
local results = channel.new(3)
for i = 1, 3 do
  coroutine.spawn(function() results:send(double(i)) end)
end
local sum = 0
for _ = 1, 3 do sum = sum + results:receive() end
print("sum", sum)
local t = {3, 1, 2}
print(pcall(table.sort, t, function(a, b) return double(a) < double(b) end))
`, map[string]func(t *vm.Thread) int{"double": doubler(&started)})
	e.s.RunUntilIdle()
	if _, err := p.Result(); err != nil {
		t.Fatal(err)
	}
	want := "sum\t12\nfalse\tattempt to block across a C-call boundary\n"
	if got := e.out.String(); got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if n := started.Load(); n != 3 {
		t.Fatalf("%d works started, want 3", n)
	}
}

// A parked task is woken by a call from any goroutine; meanwhile its
// process is idle (the run returns with it alive), and waking twice is
// harmless.
func TestPark(t *testing.T) {
	e := newEnv(t, Options{})
	var wakes []func()
	p := e.spawnWith(t, `print("parked") local v = park() print("woken", v)`, map[string]func(t *vm.Thread) int{
		"park": func(t *vm.Thread) int {
			return host.Park(t, func(wake func()) { wakes = append(wakes, wake) }, func(t *vm.Thread) int {
				t.Push(vm.String("again"))
				return 1
			})
		},
	})
	if left := e.s.RunUntilIdle(); left != 1 || len(wakes) != 1 {
		t.Fatalf("%d processes left, %d parked", left, len(wakes))
	}
	done := make(chan struct{})
	go func() { wakes[0](); wakes[0](); close(done) }()
	<-done
	e.s.RunUntilIdle()
	if _, err := p.Result(); err != nil || !p.Exited() {
		t.Fatal(err)
	}
	if got := e.out.String(); got != "parked\nwoken\tagain\n" {
		t.Fatalf("got %q", got)
	}
}

// OnExit hooks run when the process exits, however it exits, unless
// stopped; Context is cancelled then too.
func TestOnExitAndContext(t *testing.T) {
	for _, src := range []string{`hooks() return 1`, `hooks() error("boom")`, `hooks() coroutine.spawn(function() park() end) coroutine.yield()`} {
		e := newEnv(t, Options{})
		var ran []string
		var ctx context.Context
		e.spawnWith(t, src, map[string]func(t *vm.Thread) int{
			"hooks": func(t *vm.Thread) int {
				host.OnExit(t, func() { ran = append(ran, "a") })
				stop := host.OnExit(t, func() { ran = append(ran, "stopped") })
				host.OnExit(t, func() { ran = append(ran, "c") })
				if !stop() || stop() {
					t.Errorf("stop must report true once")
				}
				ctx = host.Context(t)
				if ctx.Err() != nil {
					t.Errorf("context cancelled early")
				}
				return 0
			},
			"park": func(t *vm.Thread) int {
				return host.Park(t, func(func()) {}, func(*vm.Thread) int { return 0 })
			},
		})
		e.s.RunUntilIdle()
		if got := strings.Join(ran, " "); got != "a c" && got != "c a" {
			t.Fatalf("%s: hooks ran: %q", src, got)
		}
		if ctx.Err() == nil {
			t.Fatalf("%s: context not cancelled at exit", src)
		}
	}
}
