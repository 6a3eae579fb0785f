package errors_test

import (
	"context"
	stderrors "errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"

	"wippylua"
	"wippylua/modules/errors"
	"wippylua/vm"
)

func newState(t *testing.T) *wippylua.State {
	t.Helper()
	var out strings.Builder
	st := wippylua.New(wippylua.Options{Stdout: &out})
	errors.Open(st.VM())
	return st
}

// run executes a Lua snippet that checks itself with assert.
func run(t *testing.T, st *wippylua.State, name, src string) []vm.Value {
	t.Helper()
	res, err := st.DoString(src, "="+name)
	if err != nil {
		var le *vm.Error
		if stderrors.As(err, &le) {
			t.Fatalf("%s: %v\n%s", name, err, le.Traceback)
		}
		t.Fatalf("%s: %v", name, err)
	}
	return res
}

func TestLua(t *testing.T) {
	cases := []struct{ name, src string }{
		{"kinds", `
			local ks = {"UNKNOWN","INVALID","NOT_FOUND","ALREADY_EXISTS","PERMISSION_DENIED",
				"TIMEOUT","CANCELED","UNAVAILABLE","INTERNAL","CONFLICT","RATE_LIMITED"}
			for _, k in ipairs(ks) do assert(errors[k] == k, k) end`},
		{"new string", `
			local e = errors.new("boom")
			assert(type(e) == "userdata")
			assert(e:message() == "boom")
			assert(e:kind() == errors.UNKNOWN)
			assert(e:retryable() == false)
			assert(e:details() == nil)
			assert(e:unwrap() == nil)
			assert(tostring(e) == "boom")
			assert(getmetatable(e) == "error")`},
		{"new table", `
			local d = {id = 7, tags = {"a"}}
			local e = errors.new{message = "user not found", kind = errors.NOT_FOUND,
				retryable = true, details = d}
			assert(e:message() == "user not found")
			assert(e:kind() == "NOT_FOUND")
			assert(e:retryable() == true)
			assert(tostring(e) == "NOT_FOUND: user not found")
			d.id = 8 -- the error took a copy
			local got = e:details()
			assert(got.id == 7 and got.tags[1] == "a")
			got.id = 9 -- and hands out copies
			assert(e:details().id == 7)`},
		{"new number message", `assert(errors.new(42):message() == "42")`},
		{"stack", `
			local function make() return errors.new("x") end
			local s = make():stack()
			assert(s:find("^stack traceback:"), s)
			assert(s:find("in local 'make'") or s:find("in function <"), s)`},
		{"wrap", `
			local inner = errors.new{message = "user not found", kind = "NOT_FOUND",
				retryable = true, details = {id = 1}}
			local w = errors.wrap(inner, "loading profile")
			assert(w:message() == "loading profile: user not found")
			assert(w:kind() == "NOT_FOUND" and w:retryable() == true)
			assert(w:details().id == 1)
			assert(w:unwrap() == inner)
			assert(w:stack() == inner:stack())
			assert(tostring(w) == "NOT_FOUND: loading profile: user not found")
			local w2 = errors.wrap(w, "handler")
			assert(w2:message() == "handler: loading profile: user not found")
			assert(w2:unwrap():unwrap() == inner)
			assert(errors.is(w2, "NOT_FOUND"))
			assert(errors.is(w2, inner) and errors.is(w2, w) and not errors.is(inner, w))`},
		{"wrap nil and strings", `
			assert(errors.wrap(nil, "ctx") == nil)
			local w = errors.wrap("disk full", "saving")
			assert(w:kind() == "UNKNOWN" and w:message() == "saving: disk full")
			assert(tostring(w) == "saving: disk full")
			assert(w:unwrap():message() == "disk full")
			assert(w:stack():find("stack traceback:"))
			assert(errors.wrap(12, "n"):message() == "n: 12")
			assert(errors.wrap({}, "t"):message():find("^t: table: "))`},
		{"is", `
			local e = errors.new{message = "slow", kind = errors.TIMEOUT}
			assert(errors.is(e, errors.TIMEOUT))
			assert(not errors.is(e, errors.CANCELED))
			assert(not errors.is(nil, errors.TIMEOUT))
			assert(not errors.is("TIMEOUT", errors.TIMEOUT))
			assert(not errors.is({}, errors.UNKNOWN))`},
		{"pcall round trip", `
			local e = errors.new{message = "denied", kind = errors.PERMISSION_DENIED}
			local ok, got = pcall(error, e)
			assert(not ok and rawequal(got, e) and got == e)
			ok, got = pcall(function() error(e, 2) end)
			assert(not ok and got == e and got:kind() == "PERMISSION_DENIED")
			local ok2, got2 = xpcall(function() error(e) end, function(x) return x end)
			assert(not ok2 and got2 == e)
			-- through a coroutine too
			local co = coroutine.create(function() error(e) end)
			local okc, gotc = coroutine.resume(co)
			assert(not okc and gotc == e)`},
		{"equality by identity", `
			local a, b = errors.new("same"), errors.new("same")
			assert(a == a and a ~= b)
			local t = {[a] = 1}
			assert(t[a] == 1 and t[b] == nil)`},
		{"concat", `
			local e = errors.new{message = "gone", kind = "NOT_FOUND"}
			assert("failed: " .. e == "failed: NOT_FOUND: gone")
			assert(e .. "!" == "NOT_FOUND: gone!")
			assert(1 .. e == "1NOT_FOUND: gone")
			assert(not pcall(function() return e .. {} end))`},
		{"tostring and print", `
			assert(tostring(errors.new{message="m", kind="INTERNAL"}) == "INTERNAL: m")
			print(errors.new("printable"))`},
		{"metatable protected", `
			local e = errors.new("x")
			assert(getmetatable(e) == "error")
			assert(not pcall(setmetatable, e, {}))`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			run(t, newState(t), c.name, c.src)
		})
	}
}

// TestLuaErrors checks that programming mistakes raise with clear messages.
func TestLuaErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{`errors.new()`, "bad argument #1 to 'new' (string or table expected, got no value)"},
		{`errors.new(true)`, "string or table expected, got boolean"},
		{`errors.new{}`, "field 'message' must be a string"},
		{`errors.new{message = 1}`, "field 'message' must be a string"},
		{`errors.new{message = "m", kind = "NOPE"}`, "invalid error kind 'NOPE'"},
		{`errors.new{message = "m", kind = 3}`, "invalid error kind '3'"},
		{`errors.new{message = "m", retryable = "yes"}`, "field 'retryable' must be a boolean"},
		{`errors.new{message = "m", details = "d"}`, "field 'details' must be a table"},
		{`errors.wrap(errors.new("x"))`, "bad argument #2 to 'wrap' (string expected, got no value)"},
		{`errors.is(errors.new("x"), "BOGUS")`, "invalid error kind 'BOGUS'"},
		{`errors.is(errors.new("x"))`, "bad argument #2 to 'is'"},
		{`local e = errors.new("x"); e.message()`, "error expected, got no value"},
		{`local e = errors.new("x"); e.kind({})`, "error expected, got table"},
	}
	for _, c := range cases {
		st := newState(t)
		_, err := st.DoString(c.src, "=t")
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want %q", c.src, err, c.want)
		}
	}
}

func TestUncaughtErrorValue(t *testing.T) {
	st := newState(t)
	_, err := st.DoString(`error(errors.new{message = "bad input", kind = "INVALID"})`, "=t")
	var le *vm.Error
	if !stderrors.As(err, &le) {
		t.Fatalf("got %v", err)
	}
	e, ok := errors.Get(le.Value)
	if !ok || e.Error() != "INVALID: bad input" {
		t.Fatalf("got %#v", e)
	}
	// FromGo hands the same value back.
	if v := errors.FromGo(st.VM(), err); v != le.Value {
		t.Fatal("FromGo did not return the carried error value")
	}
}

func TestGoHelpers(t *testing.T) {
	st := newState(t)
	s := st.VM()

	v := errors.New(s, errors.NotFound, "no such row")
	if k, ok := errors.Kind(v); !ok || k != errors.NotFound {
		t.Fatalf("Kind = %q, %v", k, ok)
	}
	if _, ok := errors.Kind(vm.String("x")); ok {
		t.Fatal("Kind accepted a string")
	}
	if k, _ := errors.Kind(errors.New(s, "WHATEVER", "m")); k != errors.Unknown {
		t.Fatalf("invalid kind gave %q", k)
	}
	w := errors.Wrap(s, v, "query")
	e, _ := errors.Get(w)
	if e.Message != "query: no such row" || e.Kind != errors.NotFound || e.Cause != v {
		t.Fatalf("Wrap gave %#v", e)
	}
	if !errors.Wrap(s, vm.Nil, "x").IsNil() {
		t.Fatal("Wrap(nil) is not nil")
	}
	if e, _ := errors.Get(errors.Wrap(s, vm.String("raw"), "ctx")); e.Message != "ctx: raw" || e.Kind != errors.Unknown {
		t.Fatalf("Wrap(string) gave %#v", e)
	}
	// Go-side errors.Is sees through the chain.
	inner, _ := errors.Get(v)
	if !stderrors.Is(e, e) || !stderrors.Is(mustGet(w), inner) {
		t.Fatal("Unwrap chain broken")
	}

	// A value made in Go behaves like one made in Lua.
	st.SetGlobal("goerr", w)
	run(t, st, "go value", `
		assert(goerr:kind() == "NOT_FOUND" and errors.is(goerr, errors.NOT_FOUND))
		assert(goerr:unwrap():message() == "no such row")
		assert(goerr:stack() == "")
		assert(tostring(goerr) == "NOT_FOUND: query: no such row")`)

	// NewT records the Lua stack of the calling script.
	st.Register("mkerr", func(t *vm.Thread) int {
		t.Push(errors.NewT(t, errors.Timeout, "late"))
		return 1
	})
	run(t, st, "newt", `
		local function f() return mkerr() end
		local e = f()
		assert(e:kind() == "TIMEOUT")
		assert(e:stack():find("newt:2"), e:stack())`)
}

func mustGet(v vm.Value) *errors.Error {
	e, ok := errors.Get(v)
	if !ok {
		panic("not an error value")
	}
	return e
}

type timeoutErr struct{}

func (timeoutErr) Error() string { return "i/o timeout" }
func (timeoutErr) Timeout() bool { return true }

func TestFromGo(t *testing.T) {
	s := newState(t).VM()
	if !errors.FromGo(s, nil).IsNil() {
		t.Fatal("FromGo(nil) is not nil")
	}
	_, statErr := os.Stat("/definitely/not/here")
	cases := []struct {
		err  error
		kind string
	}{
		{statErr, errors.NotFound},
		{fs.ErrExist, errors.AlreadyExists},
		{fs.ErrPermission, errors.PermissionDenied},
		{context.DeadlineExceeded, errors.Timeout},
		{fmt.Errorf("waiting: %w", context.Canceled), errors.Canceled},
		{os.ErrDeadlineExceeded, errors.Timeout},
		{timeoutErr{}, errors.Timeout},
		{stderrors.New("plain"), errors.Unknown},
		{fmt.Errorf("ctx: %w", &errors.Error{Kind: errors.Conflict, Message: "version"}), errors.Conflict},
		{&vm.Error{Value: vm.String("lua string error")}, errors.Unknown},
	}
	for _, c := range cases {
		v := errors.FromGo(s, c.err)
		e, ok := errors.Get(v)
		if !ok || e.Kind != c.kind {
			t.Errorf("%v: kind %q, want %q", c.err, e.Kind, c.kind)
		}
		if c.kind != errors.Conflict && e.Message != c.err.Error() {
			t.Errorf("%v: message %q", c.err, e.Message)
		}
	}
}

func TestOpenRegistersLoaded(t *testing.T) {
	st := newState(t)
	run(t, st, "loaded", `assert(package.loaded.errors == errors and require("errors") == errors)`)
}
