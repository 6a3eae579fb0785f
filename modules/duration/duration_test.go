package duration_test

import (
	stderrors "errors"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"wippylua"
	"wippylua/modules/duration"
	"wippylua/vm"
)

// newState returns a State with two helpers: D(v) makes a duration value
// from any form of duration (duration.Check), and N(v) reads one back
// with duration.Opt (nil gives -1).
func newState(t *testing.T) *wippylua.State {
	t.Helper()
	st := wippylua.New(wippylua.Options{Stdout: new(strings.Builder)})
	st.Register("D", func(t *vm.Thread) int {
		t.Push(duration.New(duration.Check(t, 1)))
		return 1
	})
	st.Register("N", func(t *vm.Thread) int {
		t.Push(vm.Int(int64(duration.Opt(t, 1, -1))))
		return 1
	})
	return st
}

func run(t *testing.T, st *wippylua.State, name, src string) {
	t.Helper()
	if _, err := st.DoString(src, "="+name); err != nil {
		var le *vm.Error
		if stderrors.As(err, &le) {
			t.Fatalf("%s: %v\n%s", name, err, le.Traceback)
		}
		t.Fatalf("%s: %v", name, err)
	}
}

func TestFrom(t *testing.T) {
	cases := []struct {
		v    vm.Value
		want time.Duration
		err  string
	}{
		{vm.Int(1500), 1500, ""},
		{vm.Int(-7), -7, ""},
		{vm.Float(2.9), 2, ""}, // truncated towards zero
		{vm.Float(-2.9), -2, ""},
		{vm.Float(-9223372036854775808), math.MinInt64, ""},
		{vm.Float(9223372036854775808), 0, "duration out of range"},
		{vm.Float(math.Inf(-1)), 0, "duration out of range"},
		{vm.Float(math.NaN()), 0, "duration out of range"},
		{vm.String("1h30m0.5s"), time.Hour + 30*time.Minute + 500*time.Millisecond, ""},
		{vm.String("-250ms"), -250 * time.Millisecond, ""},
		{vm.String("soon"), 0, `invalid duration "soon"`},
		{vm.String("10"), 0, `invalid duration "10"`}, // Go wants a unit
		{duration.New(42 * time.Second), 42 * time.Second, ""},
		{vm.Nil, 0, "duration expected"},
		{vm.True, 0, "duration expected"},
		{vm.TableValue(vm.NewTable(0, 0)), 0, "duration expected"},
	}
	for _, c := range cases {
		got, err := duration.From(c.v)
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("From(%v) = %v, %v; want error %q", c.v, got, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("From(%v) = %v, %v; want %v", c.v, got, err, c.want)
		}
	}
	if _, err := duration.From(vm.Nil); err != duration.ErrNotDuration {
		t.Errorf("From(nil) error is %v, not ErrNotDuration", err)
	}
	if _, ok := duration.Get(vm.Int(5)); ok {
		t.Error("Get accepted a number")
	}
	if d, ok := duration.Get(duration.New(-3)); !ok || d != -3 {
		t.Errorf("Get(New(-3)) = %v, %v", d, ok)
	}
}

func TestLua(t *testing.T) {
	cases := []struct{ name, src string }{
		{"methods", `
			local d = D("1h30m45s500ms")
			assert(type(d) == "userdata")
			assert(math.type(d:nanoseconds()) == "integer" and d:nanoseconds() == 5445500000000)
			assert(math.type(d:microseconds()) == "integer" and d:microseconds() == 5445500000)
			assert(math.type(d:milliseconds()) == "integer" and d:milliseconds() == 5445500)
			assert(math.type(d:seconds()) == "float" and d:seconds() == 5445.5)
			assert(d:minutes() == 90.758333333333333 and d:hours() == 1.5126388888888888)
			assert(D(-1500):milliseconds() == 0 and D("-1.5s"):milliseconds() == -1500)`},
		{"tostring", `
			assert(tostring(D("1h30m45s500ms")) == "1h30m45.5s")
			assert(tostring(D(0)) == "0s" and tostring(D(1500)) == "1.5µs")
			assert(tostring(D(-90 * 1000000000)) == "-1m30s")
			assert("took " .. D("250ms") == "took 250ms" and D(1) .. "!" == "1ns!")
			assert(D("2s") .. D("1ms") == "2s1ms" and 3 .. D(3) == "33ns")
			assert(getmetatable(D(1)) == "duration")`},
		{"comparison", `
			local a, b = D("1s"), D(1000000000)
			assert(a == b and rawequal(a, a) and not rawequal(a, b))
			assert(a ~= D("2s") and a ~= 1000000000)
			assert(D("1ms") < D("1s") and D("1s") <= b and not (D("1s") < b))
			assert(D("1s") > 999999999 and 999999999.5 < D("1s") and D("1s") <= 1e9)
			assert(D("1s") >= 1000000000 and not (D("1s") > 1e9))
			local ok, err = pcall(function() return D(1) < "2" end)
			assert(not ok and err == "comparison:8: attempt to compare duration with string", err)
			ok, err = pcall(function() return {} <= D(1) end)
			assert(not ok and err == "comparison:10: attempt to compare table with duration", err)`},
		{"arithmetic", `
			local d = D("1500ms")
			assert(math.type(d + 0) == "integer" and d + 0 == 1500000000)
			assert(d // 1000000 == 1500 and math.type(d // 1000000) == "integer")
			assert(d - D("500ms") == 1000000000 and 2 * d == 3000000000)
			assert(d / 1e9 == 1.5 and d % 1000000000 == 500000000 and -d == -1500000000)
			assert(D(3) ^ 2 == 9.0 and D(3) + 0.5 == 3.5)
			assert(N(d * 2) == 3000000000)
			local ok, err = pcall(function() return D(1) // 0 end)
			assert(not ok and err:find("attempt to divide by zero"), err)
			ok, err = pcall(function() return D(1) + {} end)
			assert(not ok and err == "arithmetic:11: attempt to perform arithmetic on a table value", err)
			assert(D(1) + "2" == 3 and "0x10" * D(2) == 32) -- strings convert, as in Lua`},
		{"forms", `
			assert(N(5) == 5 and N(2.9) == 2 and N("1us") == 1000 and N(D("3ns")) == 3)
			assert(N(nil) == -1 and N() == -1)
			local ok, err = pcall(N, "soon")
			assert(not ok and err:find('bad argument #1 to \'N\' %(invalid duration "soon"%)'), err)
			ok, err = pcall(N, 2^63)
			assert(not ok and err:find("duration out of range"), err)
			ok, err = pcall(N, {})
			assert(not ok and err:find("duration expected, got table"), err)`},
		{"method misuse", `
			local d = D(1)
			local ok, err = pcall(d.seconds, 5)
			assert(not ok and err:find("duration expected, got number"), err)`},
	}
	for _, c := range cases {
		run(t, newState(t), c.name, c.src)
	}
}

// TestSharedAcrossStates uses one duration value and the program-wide
// metatable from several States at once; run with -race, it checks that
// nothing writes to the shared tables.
func TestSharedAcrossStates(t *testing.T) {
	d := duration.New(1500 * time.Millisecond)
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := wippylua.New(wippylua.Options{Stdout: new(strings.Builder)})
			st.SetGlobal("d", d)
			_, err := st.DoString(`
				for _ = 1, 200 do
					assert(tostring(d) == "1.5s" and d:milliseconds() == 1500 and d // 1000000 == 1500)
					assert(d == d and d <= d and not (d < d) and d.nope == nil)
				end`, "=shared")
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}
