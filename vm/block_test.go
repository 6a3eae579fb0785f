package vm_test

import (
	"strings"
	"testing"

	"wippylua/stdlib"
	"wippylua/vm"
)

// runDriven runs src in a thread driven like a scheduler drives a process:
// Run with a budget, again after every preemption or block. wait(x) blocks
// once and then returns x*10. It returns the results, how often the thread
// blocked and was preempted, or the error.
func runDriven(t *testing.T, src string, budget int) (res []vm.Value, blocks, preempts int, err error) {
	t.Helper()
	s := vm.NewState()
	s.SetLoader(compile)
	stdlib.Open(s, stdlib.Standard)
	s.Globals().SetStr("wait", vm.FunctionValue(vm.NewGoFunction("wait", func(th *vm.Thread) int {
		x := th.Arg(1)
		return th.Block(func(th *vm.Thread) int {
			if x.IsNumber() {
				f, _ := x.ToNumber()
				th.Push(vm.Int(int64(f) * 10))
			} else {
				th.Push(x)
			}
			return 1
		})
	})))
	fn, lerr := s.Load([]byte(src), "=driven", "t", nil)
	if lerr != nil {
		t.Fatal(lerr)
	}
	th := s.NewThread()
	th.Start(fn)
	for i := 0; i < 1000000; i++ {
		st, err := th.Run(budget)
		if err != nil {
			return nil, blocks, preempts, err
		}
		switch st {
		case vm.RunDone:
			return th.Results(), blocks, preempts, nil
		case vm.RunBlocked:
			blocks++
		case vm.RunPreempted:
			preempts++
		default:
			t.Fatalf("unexpected status %v", st)
		}
	}
	t.Fatal("did not finish")
	return
}

func TestBlockEverywhere(t *testing.T) {
	cases := []struct {
		name   string
		src    string
		want   int64
		blocks int
	}{
		{"top level", `return wait(1) + wait(2)`, 30, 2},
		{"pcall", `local ok, v = pcall(wait, 5) assert(ok) return v`, 50, 1},
		{"xpcall in loop", `local s = 0 for i = 1, 3 do local ok, v = xpcall(wait, print, i) s = s + v end return s`, 60, 3},
		{"nested coroutine", `local co = coroutine.create(function() local a = wait(1) coroutine.yield(a) return wait(2) end)
			local _, x = coroutine.resume(co) local _, y = coroutine.resume(co) return x + y`, 30, 2},
		{"two levels of coroutines", `local outer = coroutine.wrap(function()
				local inner = coroutine.wrap(function() return wait(4) end)
				return inner() + wait(1) end)
			return outer()`, 50, 2},
		{"wrap iterator", `local s = 0 for v in coroutine.wrap(function() for i = 1, 3 do coroutine.yield(wait(i)) end end) do s = s + v end return s`, 60, 3},
		{"__index", `local t = setmetatable({}, {__index = function(t, k) return wait(k) end}) return t[7]`, 70, 1},
		{"__add", `local v = setmetatable({}, {__add = function(a, b) return wait(b) end}) return v + 3`, 30, 1},
		{"__lt", `local v = setmetatable({}, {__lt = function(a, b) return wait(1) == 10 end}) return (v < v) and 1 or 0`, 1, 1},
		{"__concat", `local v = setmetatable({}, {__concat = function(a, b) return wait(2) end}) return ("x" .. v) + 0`, 20, 1},
		{"tail call", `local function f(x) return wait(x) end return f(9)`, 90, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res, blocks, _, err := runDriven(t, c.src, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(res) == 0 || res[0].AsInt() != c.want || blocks != c.blocks {
				t.Fatalf("got %v after %d blocks, want %d after %d", res, blocks, c.want, c.blocks)
			}
		})
	}
}

func TestBlockRefusedAcrossGoCall(t *testing.T) {
	_, _, _, err := runDriven(t, `return tostring(setmetatable({}, {__tostring = function() return wait("x") end}))`, 0)
	if err == nil || !strings.Contains(err.Error(), "attempt to block across a C-call boundary") {
		t.Fatalf("got %v", err)
	}
	s := vm.NewState()
	s.Globals().SetStr("wait", vm.FunctionValue(vm.NewGoFunction("wait", func(th *vm.Thread) int {
		return th.Block(func(*vm.Thread) int { return 0 })
	})))
	if _, err := s.MainThread().Call(s.Globals().GetStr("wait")); err == nil || !strings.Contains(err.Error(), "outside a scheduled thread") {
		t.Fatalf("Call: got %v", err)
	}
}

// TestPreemptNestedCoroutine checks that a busy loop inside a coroutine
// resumed by the driven thread is preempted too (the budget is shared).
func TestPreemptNestedCoroutine(t *testing.T) {
	src := `local co = coroutine.wrap(function() local n = 0 while true do n = n + 1 if n == 100000 then return n end end end)
		local a = co()
		local b = select(2, coroutine.resume(coroutine.create(function() local s = 0 for i = 1, 50000 do s = s + 1 end return s end)))
		return a + b`
	res, _, preempts, err := runDriven(t, src, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if res[0].AsInt() != 150000 {
		t.Fatalf("result %v", res)
	}
	if preempts < 100 {
		t.Fatalf("only %d preemptions", preempts)
	}
}
