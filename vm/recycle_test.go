package vm_test

import (
	"testing"

	"wippylua/stdlib"
	"wippylua/vm"
)

// runThread runs src to completion on a new coroutine of a standard State
// and returns the thread and its results.
func runThread(t *testing.T, src string) (*vm.Thread, []vm.Value) {
	t.Helper()
	s := vm.NewState()
	s.SetLoader(compile)
	stdlib.Open(s, stdlib.Standard)
	fn, err := s.Load([]byte(src), "=test", "t", nil)
	if err != nil {
		t.Fatal(err)
	}
	th := s.NewThread()
	th.Start(fn)
	if st, err := th.Run(0); err != nil || st != vm.RunDone {
		t.Fatalf("%v %v", st, err)
	}
	return th, append([]vm.Value(nil), th.Results()...)
}

// A finished thread is recycled (its memory cleared) only when no Lua
// value can refer to it.
func TestReleaseOnlyUnreachableThreads(t *testing.T) {
	th, _ := runThread(t, `local t = {} for i = 1, 10 do t[i] = i end return #t`)
	th.Release()
	if th.State() != nil {
		t.Error("a plain finished thread was not recycled")
	}

	th, res := runThread(t, `local co = coroutine.running() return co`)
	th.Release()
	if th.State() == nil {
		t.Fatal("a thread that Lua holds as a value was recycled")
	}
	if res[0].AsThread() != th {
		t.Fatal("the result is not the thread")
	}

	// A State's main thread is never recycled.
	s := vm.NewState()
	main := s.MainThread()
	main.Release()
	if main.State() != s {
		t.Fatal("a main thread was recycled")
	}
}

// A recycled block makes a working thread again.
func TestRecycledThreadsWork(t *testing.T) {
	for i := 0; i < 100; i++ {
		th, res := runThread(t, `local function f(n) if n == 0 then return 0 end return n + f(n - 1) end return f(50)`)
		if res[0] != vm.Int(1275) {
			t.Fatalf("run %d: %v", i, res)
		}
		th.Release()
	}
}
