package vm_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"wippylua"
	"wippylua/stdlib"
	"wippylua/vm"
)

// compile parses and compiles source text (the loader the VM needs).
var compile = wippylua.Compile

// runLua runs src in a fresh standard State and returns what it printed,
// or the error message.
func runLua(t testing.TB, src string) (result string) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			result = fmt.Sprint("panic: ", r)
		}
	}()
	s := vm.NewState()
	s.SetLoader(compile)
	var out bytes.Buffer
	s.Stdout = &out
	stdlib.Open(s, stdlib.Standard)
	fn, err := s.Load([]byte(src), "=test", "bt", nil)
	if err != nil {
		return "load error: " + err.Error()
	}
	if _, err := s.MainThread().Call(fn); err != nil {
		return out.String() + "error: " + err.Error()
	}
	return out.String()
}

func TestEndToEnd(t *testing.T) {
	cases := []struct{ src, want string }{
		{`print(1 + 2, 7 // 2, 7 / 2, 2^10, "a" .. 1)`, "3\t3\t3.5\t1024.0\ta1\n"},
		{`local function fib(n) if n < 2 then return n end return fib(n-1) + fib(n-2) end print(fib(20))`, "6765\n"},
		{`local t = {} for i = 1, 10 do t[i] = i * i end print(#t, t[10])`, "10\t100\n"},
		{`local s = 0 for i = 10, 1, -2 do s = s + i end print(s)`, "30\n"},
		{`local t = setmetatable({}, {__index = function(t, k) return k .. "!" end}) print(t.x)`, "x!\n"},
		{`print(pcall(error, "boom"))`, "false\tboom\n"},
		{`print(pcall(function() local t = nil; return t.x end))`, "false\ttest:1: attempt to index a nil value (local 't')\n"},
		{`local co = coroutine.create(function(a) local b = coroutine.yield(a + 1) return b * 2 end)
		  print(coroutine.resume(co, 1)) print(coroutine.resume(co, 10)) print(coroutine.status(co))`, "true\t2\ntrue\t20\ndead\n"},
		{`local fs = {} for i = 1, 3 do fs[i] = function() return i end end print(fs[1](), fs[2](), fs[3]())`, "1\t2\t3\n"},
		{`local function f(...) return select('#', ...), ... end print(f(1, nil, 3))`, "3\t1\tnil\t3\n"},
		{`local function loop(n) if n == 0 then return "done" end return loop(n - 1) end print(loop(100000))`, "done\n"},
		{`print(pcall(function() local function r() return 1 + r() end return r() end))`, "false\ttest:1: stack overflow\n"},
		{`local v = setmetatable({}, {__add = function(a, b) return 42 end}) print(v + 1, 1 + v)`, "42\t42\n"},
		{`local co = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end) print(co(), co(), co())`, "1\t2\t3\n"},
		{`local t = setmetatable({}, {__index = function(t, k) return coroutine.yield(k) end})
		  local co = coroutine.wrap(function() return "got " .. t.foo end) print(co()) print(co("bar"))`, "foo\ngot bar\n"},
		{`print(pcall(function() return {} < {} end))`, "false\ttest:1: attempt to compare two table values\n"},
		{`for k, v in pairs({10, 20}) do print(k, v) end`, "1\t10\n2\t20\n"},
		{`goto skip print("no") ::skip:: print("yes")`, "yes\n"},
		{`print(_VERSION, type(_G))`, "Lua 5.3\ttable\n"},
		{`print(1e15, 2^63, -0.0, 100 // 1.0, 3 % -2, -3 % 2.0)`, "1e+15\t9.2233720368548e+18\t-0.0\t100.0\t-1\t1.0\n"},
		{`print(xpcall(function() error({code = 1}) end, function(e) return e.code end))`, "false\t1\n"},
	}
	for _, c := range cases {
		t.Run("", func(t *testing.T) {
			got := runLua(t, c.src)
			if got != c.want {
				t.Errorf("%s\n got: %q\nwant: %q", strings.TrimSpace(c.src), got, c.want)
			}
		})
	}
}

// TestRunBudget checks that a thread stops when its instruction budget runs
// out and continues exactly where it stopped, giving the same result as an
// uninterrupted run, also across pcall and metamethod frames.
func TestRunBudget(t *testing.T) {
	src := `
		local mt = {__index = function(t, k) return k * 2 end}
		local acc = 0
		for i = 1, 2000 do
			local ok, v = pcall(function() return setmetatable({}, mt)[i] end)
			acc = acc + v
		end
		return acc`
	s := vm.NewState()
	s.SetLoader(compile)
	stdlib.Open(s, stdlib.Standard)
	fn, err := s.Load([]byte(src), "=budget", "t", nil)
	if err != nil {
		t.Fatal(err)
	}
	th := s.NewThread()
	th.Start(fn)
	preemptions := 0
	for {
		st, err := th.Run(97)
		if err != nil {
			t.Fatal(err)
		}
		if st == vm.RunDone {
			break
		}
		if st != vm.RunPreempted {
			t.Fatalf("unexpected status %v", st)
		}
		preemptions++
	}
	res := th.Results()
	if len(res) != 1 || res[0].AsInt() != 2001*2000 {
		t.Fatalf("result %v", res)
	}
	if preemptions < 50 {
		t.Fatalf("only %d preemptions: the budget is not enforced", preemptions)
	}
}

// TestMetamethodCallsDoNotLeakStack runs millions of Lua metamethod calls
// from one frame: each must reuse the same stack space.
func TestMetamethodCallsDoNotLeakStack(t *testing.T) {
	src := `local d = setmetatable({}, {__index = function() return 1 end,
		__add = function(a, b) return 2 end, __newindex = function() end,
		__lt = function() return true end, __concat = function() return "" end})
	local s = 0
	for i = 1, 1200000 do s = s + d[i] + (d + 1); d[i] = 1; if d < d then s = s + 1 end; local _ = d .. "" end
	print(s)`
	if got := runLua(t, src); got != "4800000\n" {
		t.Fatalf("got %q", got)
	}
}
