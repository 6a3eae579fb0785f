package vm_test

import (
	"errors"
	"strings"
	"testing"

	"wippylua/stdlib"
	"wippylua/vm"
)

// driveState returns a State with the standard libraries and wait(x), a
// function that blocks once and returns x (see runDriven).
func driveState(t *testing.T) *vm.State {
	t.Helper()
	s := vm.NewState()
	s.SetLoader(compile)
	stdlib.Open(s, stdlib.Standard)
	s.Globals().SetStr("wait", vm.FunctionValue(vm.NewGoFunction("wait", func(th *vm.Thread) int {
		x := th.Arg(1)
		return th.Block(func(th *vm.Thread) int { th.Push(x); return 1 })
	})))
	return s
}

func load(t *testing.T, s *vm.State, src, name string) vm.Value {
	t.Helper()
	fn, err := s.Load([]byte(src), name, "t", nil)
	if err != nil {
		t.Fatal(err)
	}
	return fn
}

// drive runs th to completion, counting blocks.
func drive(t *testing.T, th *vm.Thread) (res []vm.Value, blocks int, err error) {
	t.Helper()
	for i := 0; i < 100000; i++ {
		st, err := th.Run(100)
		if err != nil {
			return nil, blocks, err
		}
		switch st {
		case vm.RunDone:
			return append([]vm.Value(nil), th.Results()...), blocks, nil
		case vm.RunBlocked:
			blocks++
		}
	}
	t.Fatal("did not finish")
	return nil, 0, nil
}

// A Go function that runs chunks one after another with CallK: the
// chunks block and are preempted, and each continuation sees the results.
func TestCallKSequence(t *testing.T) {
	s := driveState(t)
	chunks := []vm.Value{
		load(t, s, `local n = 0 for i = 1, 1000 do n = n + i end return wait(n)`, "=a"),
		load(t, s, `return wait("x"), "y"`, "=b"),
		s.Globals().GetStr("select"), // a Go callee: the continuation runs at once
	}
	var seen []string
	var step func(th *vm.Thread) int
	i := 0
	step = func(th *vm.Thread) int {
		for _, v := range th.Args() {
			seen = append(seen, th.ToStringMeta(v))
		}
		th.SetTop(0)
		if i == len(chunks) {
			th.Push(vm.String("done"))
			return 1
		}
		fn := chunks[i]
		i++
		var args []vm.Value
		if i == 3 {
			args = []vm.Value{vm.String("#"), vm.Int(1), vm.Int(2)}
		}
		return th.CallK(fn, args, step)
	}
	driver := vm.NewGoFunction("driver", step)
	th := s.NewThread()
	th.Start(vm.FunctionValue(driver))
	res, blocks, err := drive(t, th)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(seen, " "); got != "500500 x y 2" {
		t.Errorf("continuations saw %q", got)
	}
	if blocks != 2 || len(res) != 1 || res[0].AsString() != "done" {
		t.Errorf("blocks = %d, results = %v", blocks, res)
	}
}

// PCallK: an error ends the Go function's frame with false and the
// handler's value, which was computed with the failing frames in place.
func TestPCallKError(t *testing.T) {
	s := driveState(t)
	fn := load(t, s, "wait(1)\nlocal x = nil + 1", "=chunk")
	handler := vm.FunctionValue(vm.NewGoFunction("handler", func(th *vm.Thread) int {
		th.Push(vm.String(th.ToStringMeta(th.Arg(1)) + "\n" + th.Traceback(1)))
		return 1
	}))
	continued := false
	driver := vm.NewGoFunction("driver", func(th *vm.Thread) int {
		return th.PCallK(fn, nil, handler, func(th *vm.Thread) int { continued = true; return 0 })
	})
	th := s.NewThread()
	th.Start(vm.FunctionValue(driver))
	res, _, err := drive(t, th)
	if err != nil {
		t.Fatal(err)
	}
	if continued || len(res) != 2 || res[0] != vm.False {
		t.Fatalf("continued = %v, results = %v", continued, res)
	}
	want := "chunk:2: attempt to perform arithmetic on a nil value\nstack traceback:\n\tchunk:2: in main chunk\n\t[C]: in ?"
	if got := res[1].AsString(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

type exitCode int

func (e exitCode) Error() string { return "exit" }

// Abort goes through pcall, xpcall's handler, coroutine.resume and a Go
// function's protected Call to the Run that drives the thread.
func TestAbortIsNotCaught(t *testing.T) {
	for _, src := range []string{
		`abort()`,
		`pcall(abort) print("not reached")`,
		`xpcall(abort, function(m) print("handler", m) end)`,
		`coroutine.resume(coroutine.create(function() pcall(abort) end)) print("not reached")`,
		`coroutine.wrap(function() wait(1) abort() end)()`,
		`load(function() abort() end) print("not reached")`,
		`table.sort({3, 2, 1}, function(a, b) abort() end)`,
	} {
		s := driveState(t)
		var out strings.Builder
		s.Stdout = &out
		s.Globals().SetStr("abort", vm.FunctionValue(vm.NewGoFunction("abort", func(th *vm.Thread) int {
			vm.Abort(exitCode(3))
			return 0
		})))
		th := s.NewThread()
		th.Start(load(t, s, src, "=abort"))
		_, _, err := drive(t, th)
		var code exitCode
		if !errors.As(errorAbort(err), &code) || code != 3 {
			t.Errorf("%s: err = %v", src, err)
		}
		if out.Len() != 0 {
			t.Errorf("%s: printed %q", src, out.String())
		}
	}
	// From the embedder's Call, the abort comes back as an error.
	s := driveState(t)
	_, err := s.MainThread().Call(vm.FunctionValue(vm.NewGoFunction("abort", func(th *vm.Thread) int {
		vm.Abort(exitCode(4))
		return 0
	})))
	if code := exitCode(0); !errors.As(errorAbort(err), &code) || code != 4 {
		t.Errorf("Call: err = %v", err)
	}
}

func errorAbort(err error) error {
	var e *vm.Error
	if errors.As(err, &e) {
		return e.Abort
	}
	return nil
}
