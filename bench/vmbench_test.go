package bench

import (
	"io"
	"testing"

	"wippylua"
	"wippylua/vm"
)

// Each snippet is a chunk returning a function of n that performs one
// operation n times inside a Lua loop and returns an integer checksum.
// Looping in Lua rather than in Go keeps the Go-to-Lua call out of the
// measurement (BenchmarkGoCallsLua measures that separately), so ns/op is
// the cost of the operation plus one iteration of a numeric for loop,
// which BenchmarkEmptyLoop measures on its own for subtraction.
type snippet struct {
	src  string
	want func(n int64) int64 // the checksum for n iterations
}

var snippets = map[string]snippet{
	"EmptyLoop": {`
		return function(n)
			for i = 1, n do end
			return n
		end`, func(n int64) int64 { return n }},

	"Call": {`
		local function f(a) return a + 1 end
		return function(n)
			local x = 0
			for i = 1, n do x = f(x) end
			return x
		end`, func(n int64) int64 { return n }},

	"CallGlobal": {`
		function inc(a) return a + 1 end
		return function(n)
			local x = 0
			for i = 1, n do x = inc(x) end
			return x
		end`, func(n int64) int64 { return n }},

	"TableGetInt": {`
		local t = {}
		for i = 1, 64 do t[i] = i end
		return function(n)
			local s = 0
			for i = 1, n do s = s + t[(i & 63) + 1] end
			return s
		end`, func(n int64) int64 {
		var s int64
		for i := int64(1); i <= n; i++ {
			s += i&63 + 1
		}
		return s
	}},

	"TableSetInt": {`
		local t = {}
		return function(n)
			for i = 1, n do t[(i & 63) + 1] = i end
			return t[(n & 63) + 1]
		end`, func(n int64) int64 { return n }},

	// A constant key: the compiler can use the constant's precomputed hash.
	"TableGetField": {`
		local t = { alpha = 1, beta = 2, gamma = 3 }
		return function(n)
			local s = 0
			for i = 1, n do s = s + t.beta end
			return s
		end`, func(n int64) int64 { return 2 * n }},

	"TableSetField": {`
		local t = { alpha = 1, beta = 2, gamma = 3 }
		return function(n)
			for i = 1, n do t.beta = i end
			return t.beta
		end`, func(n int64) int64 { return n }},

	// A key made at run time (string.rep), not a constant of the chunk.
	"TableGetStringKey": {`
		local t = { aaa = 1, bbb = 2, ccc = 3 }
		local k = string.rep("b", 3)
		return function(n)
			local s = 0
			for i = 1, n do s = s + t[k] end
			return s
		end`, func(n int64) int64 { return 2 * n }},

	"TableSetStringKey": {`
		local t = { aaa = 1, bbb = 2, ccc = 3 }
		local k = string.rep("b", 3)
		return function(n)
			for i = 1, n do t[k] = i end
			return t.bbb
		end`, func(n int64) int64 { return n }},

	"IndexMetatable": {`
		local Base = { x = 1 }
		Base.__index = Base
		local obj = setmetatable({}, Base)
		return function(n)
			local s = 0
			for i = 1, n do s = s + obj.x end
			return s
		end`, func(n int64) int64 { return n }},

	"IndexMetatable2": {`
		local A = { x = 1 }
		A.__index = A
		local B = setmetatable({}, A)
		B.__index = B
		local obj = setmetatable({}, B)
		return function(n)
			local s = 0
			for i = 1, n do s = s + obj.x end
			return s
		end`, func(n int64) int64 { return n }},

	"IndexFunction": {`
		local obj = setmetatable({}, { __index = function(t, k) return 1 end })
		return function(n)
			local s = 0
			for i = 1, n do s = s + obj.x end
			return s
		end`, func(n int64) int64 { return n }},

	"MethodCall": {`
		local C = {}
		C.__index = C
		function C:get() return self.v end
		local obj = setmetatable({ v = 1 }, C)
		return function(n)
			local s = 0
			for i = 1, n do s = s + obj:get() end
			return s
		end`, func(n int64) int64 { return n }},

	"Concat": {`
		local a, b = "hello", "world"
		return function(n)
			local x
			for i = 1, n do x = a .. b end
			return #x
		end`, func(n int64) int64 { return 10 }},

	"Concat4": {`
		local a, b, c, d = "one", "two", "three", "four"
		return function(n)
			local x
			for i = 1, n do x = a .. b .. c .. d end
			return #x
		end`, func(n int64) int64 { return 15 }},

	"ConcatInt": {`
		return function(n)
			local x
			for i = 1, n do x = "k" .. i end
			return #x
		end`, func(n int64) int64 { return int64(1 + len(itoa(n))) }},

	// The closure captures the loop variable, so each one gets its own
	// closed upvalue.
	"ClosureCreate": {`
		return function(n)
			local f
			for i = 1, n do f = function() return i end end
			return f()
		end`, func(n int64) int64 { return n }},

	"CoroutineResumeYield": {`
		local co = coroutine.create(function()
			local x = 0
			while true do
				x = x + 1
				coroutine.yield(x)
			end
		end)
		local resume = coroutine.resume
		return function(n)
			local ok, v
			for i = 1, n do ok, v = resume(co) end
			return v
		end`, func(n int64) int64 { return n }},

	"CoroutineWrap": {`
		local gen = coroutine.wrap(function()
			local x = 0
			while true do
				x = x + 1
				coroutine.yield(x)
			end
		end)
		return function(n)
			local v
			for i = 1, n do v = gen() end
			return v
		end`, func(n int64) int64 { return n }},

	"Pcall": {`
		local function f() return 1 end
		return function(n)
			local s = 0
			for i = 1, n do
				local ok, v = pcall(f)
				s = s + v
			end
			return s
		end`, func(n int64) int64 { return n }},

	// error with level 0 adds no position, so this measures raising and
	// catching, not formatting a message.
	"PcallError": {`
		local function f() error("boom", 0) end
		return function(n)
			local s = 0
			for i = 1, n do
				if not pcall(f) then s = s + 1 end
			end
			return s
		end`, func(n int64) int64 { return n }},
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// load compiles a snippet once and returns its function.
func load(tb testing.TB, name string) (*wippylua.State, vm.Value) {
	tb.Helper()
	sn, ok := snippets[name]
	if !ok {
		tb.Fatalf("no snippet %q", name)
	}
	s := wippylua.New(wippylua.Options{Stdout: io.Discard, Stderr: io.Discard})
	chunk, err := s.Load([]byte(sn.src), "="+name)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	res, err := s.Call(chunk)
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	if len(res) != 1 || !res[0].IsFunction() {
		tb.Fatalf("%s: the chunk must return a function", name)
	}
	return s, res[0]
}

// check verifies the result of calling a snippet's function with n.
func check(tb testing.TB, name string, n int64, res []vm.Value, err error) {
	tb.Helper()
	if err != nil {
		tb.Fatalf("%s(%d): %v", name, n, err)
	}
	want := snippets[name].want(n)
	if len(res) != 1 || !res[0].IsInt() || res[0].AsInt() != want {
		tb.Fatalf("%s(%d) returned %v, want %d", name, n, res, want)
	}
}

func bench(b *testing.B, name string) {
	s, fn := load(b, name)
	n := int64(b.N)
	b.ReportAllocs()
	b.ResetTimer()
	res, err := s.Call(fn, vm.Int(n))
	b.StopTimer()
	// Checked outside the timed region: computing the expected value in
	// Go may cost as much as a loop.
	check(b, name, n, res, err)
}

// TestSnippets runs every snippet briefly, so that `go test` catches a
// snippet that no longer compiles or computes the wrong thing. Like a
// benchmark, each run starts from a fresh state and n >= 1 (b.N is never
// 0).
func TestSnippets(t *testing.T) {
	for name := range snippets {
		t.Run(name, func(t *testing.T) {
			for _, n := range []int64{1, 100, 1000} {
				s, fn := load(t, name)
				res, err := s.Call(fn, vm.Int(n))
				check(t, name, n, res, err)
			}
		})
	}
}

func BenchmarkEmptyLoop(b *testing.B)            { bench(b, "EmptyLoop") }
func BenchmarkCall(b *testing.B)                 { bench(b, "Call") }
func BenchmarkCallGlobal(b *testing.B)           { bench(b, "CallGlobal") }
func BenchmarkTableGetInt(b *testing.B)          { bench(b, "TableGetInt") }
func BenchmarkTableSetInt(b *testing.B)          { bench(b, "TableSetInt") }
func BenchmarkTableGetField(b *testing.B)        { bench(b, "TableGetField") }
func BenchmarkTableSetField(b *testing.B)        { bench(b, "TableSetField") }
func BenchmarkTableGetStringKey(b *testing.B)    { bench(b, "TableGetStringKey") }
func BenchmarkTableSetStringKey(b *testing.B)    { bench(b, "TableSetStringKey") }
func BenchmarkIndexMetatable(b *testing.B)       { bench(b, "IndexMetatable") }
func BenchmarkIndexMetatable2(b *testing.B)      { bench(b, "IndexMetatable2") }
func BenchmarkIndexFunction(b *testing.B)        { bench(b, "IndexFunction") }
func BenchmarkMethodCall(b *testing.B)           { bench(b, "MethodCall") }
func BenchmarkConcat(b *testing.B)               { bench(b, "Concat") }
func BenchmarkConcat4(b *testing.B)              { bench(b, "Concat4") }
func BenchmarkConcatInt(b *testing.B)            { bench(b, "ConcatInt") }
func BenchmarkClosureCreate(b *testing.B)        { bench(b, "ClosureCreate") }
func BenchmarkCoroutineResumeYield(b *testing.B) { bench(b, "CoroutineResumeYield") }
func BenchmarkCoroutineWrap(b *testing.B)        { bench(b, "CoroutineWrap") }
func BenchmarkPcall(b *testing.B)                { bench(b, "Pcall") }
func BenchmarkPcallError(b *testing.B)           { bench(b, "PcallError") }

// BenchmarkGoCallsLua measures the embedding API's call: Go calls a Lua
// function b.N times through State.Call.
func BenchmarkGoCallsLua(b *testing.B) {
	s := wippylua.New(wippylua.Options{Stdout: io.Discard})
	res, err := s.DoString("return function(x) return x + 1 end", "=GoCallsLua")
	if err != nil {
		b.Fatal(err)
	}
	fn := res[0]
	arg := vm.Int(41)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.Call(fn, arg); err != nil {
			b.Fatal(err)
		}
	}
}
