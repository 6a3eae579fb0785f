package compiler

import (
	"bytes"
	"testing"

	"wippylua/bytecode"
)

// Type annotations are erased. A cast or non-nil assertion of a call or
// `...` keeps one value, like parenthesizing it: each typed program must
// compile exactly like its plain counterpart (same lines, so the two are
// written with the same line structure).
func TestTypesErased(t *testing.T) {
	tests := []struct{ typed, plain string }{
		{"local x: number = 1", "local x = 1"},
		{"local a: number?, b: string = f()", "local a, b = f()"},
		{"return f() :: number", "return (f())"},
		{"return f() as number", "return (f())"},
		{"local a, b = f() :: any", "local a, b = (f())"},
		{"local t = {f() :: any}", "local t = {(f())}"},
		{"print(f() :: any, g())", "print((f()), g())"},
		{"print(x!)", "print(x)"},
		{"return g()!", "return (g())"},
		{"local function f<T>(x: T): T return x end", "local function f(x) return x end"},
		{"function m.f(a: number, ...: string): (number, string) return a, ... end", "function m.f(a, ...) return a, ... end"},
		{"local y = (x :: number) + 1", "local y = (x) + 1"},
		{"local v = ... :: number", "local v = (...)"},
		{"local t = x :: {number}\nt[1] = 2", "local t = x\nt[1] = 2"},
		{"for i: number = 1, 2 do end", "for i = 1, 2 do end"},
		{"for k: string, v: any in pairs(t) do end", "for k, v in pairs(t) do end"},
	}
	for _, tt := range tests {
		want := listAll(t, tt.plain)
		if got := listAll(t, tt.typed); got != want {
			t.Errorf("%q compiles differently from %q:\n--- typed\n%s--- plain\n%s", tt.typed, tt.plain, got, want)
		}
	}
}

// listAll compiles src and returns its full listing.
func listAll(t *testing.T, src string) string {
	t.Helper()
	p, err := compileSource(t, src, "=types")
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	var b bytes.Buffer
	bytecode.List(&b, p, true)
	return b.String()
}
