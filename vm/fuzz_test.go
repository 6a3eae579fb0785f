package vm_test

import (
	"strings"
	"testing"
	"time"

	"wippylua/bytecode"
	"wippylua/stdlib"
	"wippylua/vm"
)

// runBudgeted runs a main function in a fresh sandboxed State for a bounded
// number of instructions and reports a Go runtime failure that reached the
// VM's error boundary (these surface as "internal error" Lua errors).
func runBudgeted(t *testing.T, p *bytecode.Proto) {
	s := vm.NewState()
	s.SetLoader(compile)
	s.Stdout = discard{}
	s.MaxStringLen = 1 << 20
	stdlib.Open(s, stdlib.Sandbox)
	th := s.NewThread()
	th.Start(s.NewMainClosure(vm.NewProto(p)))
	for round := 0; round < 20; round++ {
		st, err := th.Run(20000)
		if err != nil {
			if strings.Contains(err.Error(), "internal error") {
				t.Fatalf("Go failure inside the VM: %v", err)
			}
			return
		}
		if st != vm.RunPreempted {
			return
		}
	}
}

// withDeadline fails the test when fn does not finish in a few seconds: a
// budgeted run must stop even when a single operation is slow.
func withDeadline(t *testing.T, fn func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("run did not finish within 10s")
	}
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

var fuzzSeeds = []string{
	`local t = {} for i = 1, 10 do t[i] = i end return #t`,
	`local s = "" for i = 1, 5 do s = s .. i end print(s)`,
	`local co = coroutine.wrap(function(...) coroutine.yield(...) end) print(co(1, 2))`,
	`print(pcall(function() error({}) end))`,
	`local mt = {__index = function(t, k) return k end} print(setmetatable({}, mt).x)`,
	`local a <close> = 1`,
	`goto l ::l:: return`,
	`for k, v in pairs({a = 1}) do print(k, v) end`,
	`local function f(...) return select('#', ...) end return f(nil, nil)`,
	`return 1 // 0`,
	`return ("x"):rep(3)`,
	`local x = 0 while true do x = x + 1 end`,
}

// FuzzRun compiles arbitrary source and runs it with an instruction
// budget: any program must end in a result or a Lua error, never a Go
// panic or an internal error.
func FuzzRun(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		withDeadline(t, func() {
			p, err := compile([]byte(src), "=fuzz")
			if err != nil {
				return
			}
			runBudgeted(t, p)
		})
	})
}

// FuzzRunBytecode runs mutated binary chunks: whatever the loader accepts
// must execute without crashing the host.
func FuzzRunBytecode(f *testing.F) {
	for _, s := range fuzzSeeds {
		if p, err := compile([]byte(s), "=seed"); err == nil {
			f.Add(bytecode.Dump(p, false))
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		withDeadline(t, func() {
			p, err := bytecode.Undump(data)
			if err != nil {
				return
			}
			runBudgeted(t, p)
		})
	})
}
