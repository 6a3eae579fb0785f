package process

import (
	"bytes"
	"strings"
	"testing"

	"wippylua/sched"
	"wippylua/vm"
)

// env is a deterministic test environment: a manual scheduler (one
// worker, virtual time, seeded choices) and a host printing to a buffer.
type env struct {
	s   *sched.Scheduler
	h   *Host
	out *bytes.Buffer
}

func newEnv(t testing.TB, o Options) *env {
	t.Helper()
	return newEnvSched(t, sched.NewWithOptions(sched.Options{Manual: true}), o)
}

func newEnvSched(t testing.TB, s *sched.Scheduler, o Options) *env {
	t.Helper()
	out := new(bytes.Buffer)
	if o.Stdout == nil {
		o.Stdout = out
	}
	if o.Resolve == nil {
		o.Resolve = resolveFrom(nil)
	}
	t.Cleanup(s.Stop)
	return &env{s: s, h: NewHost(s, o), out: out}
}

// resolveFrom makes a Resolve function for process.spawn: an id names a
// chunk (the process's main function) in srcs.
func resolveFrom(srcs map[string]string) func(st *vm.State, id, host string) (vm.Value, error) {
	return func(st *vm.State, id, host string) (vm.Value, error) {
		src, ok := srcs[id]
		if !ok {
			return vm.Nil, &KindError{Kind: "NOT_FOUND", Msg: "entry not found: " + id}
		}
		return st.Load([]byte(src), "="+id, "t", nil)
	}
}

func (e *env) spawn(t testing.TB, src string, args ...vm.Value) *sched.Proc {
	t.Helper()
	p, err := e.h.SpawnSource(src, "=main", args...)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// run runs src as a process in a fresh deterministic environment until
// everything is idle and returns what it printed; the process must end
// without error.
func run(t testing.TB, src string) string {
	t.Helper()
	e := newEnv(t, Options{})
	p := e.spawn(t, src)
	e.s.RunUntilIdle()
	if _, err := p.Result(); err != nil {
		t.Fatalf("process failed: %v\noutput:\n%s", err, e.out)
	}
	if !p.Exited() {
		t.Fatalf("process did not finish\noutput:\n%s", e.out)
	}
	return e.out.String()
}

// expect runs src and compares its output with want (both trimmed).
func expect(t *testing.T, src, want string) {
	t.Helper()
	got := run(t, src)
	if strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Fatalf("output:\n%s\nwant:\n%s", got, want)
	}
}

// runErr runs src and returns the process's error.
func runErr(t *testing.T, src string) error {
	t.Helper()
	e := newEnv(t, Options{})
	p := e.spawn(t, src)
	e.s.RunUntilIdle()
	_, err := p.Result()
	return err
}

func vmString(s string) vm.Value { return vm.String(s) }
