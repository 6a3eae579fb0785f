package typecheck_test

import (
	"strings"
	"testing"
)

// Messages say what was expected, what was found, and where the
// expectation comes from.
func TestMessages(t *testing.T) {
	cases := []struct{ src, want string }{
		{"local function greet(name: string) end\ngreet(42)",
			"m:2:7: error[TYPE_MISMATCH]: expected string, got 42, for argument #1 of 'greet' (parameter 'name' declared at 1:22)"},
		{"local x: number = 'a'",
			`m:1:19: error[TYPE_MISMATCH]: expected number, got "a", for local 'x' (declared at 1:7)`},
		{"local function f(): number\n  return 'x'\nend",
			`m:2:10: error[TYPE_MISMATCH]: expected number, got "x", for result #1 of 'f' (declared at 1:7)`},
		{"type P = {x: number}\nlocal p: P = {x = 1}\np.x = 'a'",
			`m:3:7: error[TYPE_MISMATCH]: expected number, got "a", for field 'x' of P`},
		{"local function f(a: number, b: number) end\nf(1)",
			"m:2:2: error[ARG_COUNT]: missing argument #2 of 'f' (parameter 'b' declared at 1:29): expected number"},
		{"type A = {id: number}\nlocal w = {id = 'x'}\nlocal a: A = w",
			`m:3:14: error[TYPE_MISMATCH]: expected A, got {id: string}, for local 'a' (declared at 3:7) (field 'id': expected number, got string)`},
		{"local s: string? = nil\nlocal function g(): string? return nil end\nlocal v = g()\nprint(v:upper())",
			"m:4:7: error[NIL_ACCESS]: value may be nil (string?); check it first or assert it with '!'"},
		{"type P = {x: number}\nlocal p: P = {x = 1}\nprint(p.y)",
			"m:3:7: error[UNDEFINED_FIELD]: P has no field 'y'"},
		{"type P = {x: number, y: number}\nlocal p: P = {x = 1}",
			"m:2:14: error[MISSING_FIELD]: missing field 'y' of P"},
		{"local n: integer @min(1) = 0",
			"m:1:28: error[VALIDATION]: 0 fails @min(1), for local 'n' (declared at 1:7)"},
		{"local x: Nope = 1",
			"m:1:10: error[UNKNOWN_TYPE]: unknown type 'Nope'"},
	}
	for _, c := range cases {
		_, ds := check(t, c.src, nil)
		var got []string
		for _, d := range ds {
			got = append(got, d.String())
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q:\ngot  %q\nwant %q", c.src, strings.Join(got, "\n"), c.want)
		}
	}
}
