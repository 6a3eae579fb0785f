package types_test

import (
	"math"
	"testing"

	"wippylua/types"
)

// Each type prints in source syntax, and the printed text resolves to an
// equal type that prints the same way.
func TestPrintRoundTrip(t *testing.T) {
	cases := []struct{ src, want string }{
		{"number", "number"},
		{"integer", "integer"},
		{"string?", "string?"},
		{"nil", "nil"},
		{"any", "any"},
		{"unknown", "unknown"},
		{"never", "never"},
		{"table", "table"},
		{"function", "function"},
		{"thread", "thread"},
		{"error", "error"},
		{`"a" | "b"`, `"a" | "b"`},
		{`"it's \"q\"\n"`, `"it's \"q\"\n"`},
		{`"\0\1x"`, `"\000\001x"`},
		{"42", "42"},
		{"-7", "-7"},
		{"0x8000000000000000", "0x8000000000000000"}, // the smallest integer
		{"1.5", "1.5"},
		{"2.0", "2.0"},
		{"1e300", "1e+300"},
		{"true", "true"},
		{"false | nil", "false?"},
		{"{name: string, age?: number}", "{name: string, age?: number}"},
		{"{readonly id: integer, readonly tag?: string, readonly: boolean}", "{readonly id: integer, readonly tag?: string, readonly: boolean}"},
		{"{string}", "{string}"},
		{"{[string]: number}", "{[string]: number}"},
		{"{}", "{}"},
		{"{{number}}", "{{number}}"},
		{"{[string]: {number?}}", "{[string]: {number?}}"},
		{"(number, string) -> boolean", "(number, string) -> boolean"},
		{"() -> ()", "() -> ()"},
		{"() -> (number, string)", "() -> (number, string)"},
		{"() -> (number, ...string)", "() -> (number, ...string)"},
		{"(...any) -> (...any)", "(...any) -> (...any)"},
		{"(a: number, b: string?) -> boolean", "(a: number, b: string?) -> boolean"},
		{"(number, ...string) -> ()", "(number, ...string) -> ()"},
		{"(...) -> ()", "(...any) -> ()"},
		{"<T>(T) -> T", "<T>(T) -> T"},
		{"<K, V: number>({[K]: V}) -> {K}", "<K, V: number>({[K]: V}) -> {K}"},
		{"(number) -> (string) -> boolean", "(number) -> (string) -> boolean"},
		{"((number) -> string)?", "((number) -> string)?"},
		{"((number) -> string) | string", "((number) -> string) | string"},
		{"() -> number | string", "() -> number | string"},
		{"number @min(1)", "number @min(1)"},
		{"number @min(1) @max(10)", "number @min(1) @max(10)"},
		{"string @pattern(\"^%d+$\") | number", "string @pattern(\"^%d+$\") | number"},
		{"(string | {number}) @min_len(2)", "(string | {number}) @min_len(2)"},
		{"{string @min_len(1)}", "{string @min_len(1)}"},
		{"number @min(-1.5)", "number @min(-1.5)"},
		{"number | string | nil", "number | string | nil"},
		{"(number | string)?", "number | string | nil"},
		{"{number | string | nil}", "{number | string | nil}"},
		{"(number | string | nil)?", "number | string | nil"},
		{"{a: number} & {b: string}", "{a: number} & {b: string}"},
		{"({a: number} & {b: string}) | string", "{a: number} & {b: string} | string"},
		{"({a: number} | {b: string}) & table", "({a: number} | {b: string}) & table"},
		{"(number?) & string", "number? & string"},
		{"{f: (number) -> string, g: string}", "{f: (number) -> string, g: string}"},
		{"{kind: \"ok\", value: number} | {kind: \"err\", error: string}", "{kind: \"ok\", value: number} | {kind: \"err\", error: string}"},
	}
	for _, c := range cases {
		ty := mustType(t, c.src)
		got := ty.String()
		if got != c.want {
			t.Errorf("%s: printed %q, want %q", c.src, got, c.want)
			continue
		}
		again := mustType(t, got)
		if !types.Equal(ty, again) {
			t.Errorf("%s: printed %q reads back as %s, not equal", c.src, got, again)
		}
		if again.String() != got {
			t.Errorf("%s: second printing %q differs from %q", c.src, again.String(), got)
		}
	}
}

// Named types print as their name when nested, and their structure at the
// top; recursive types print finitely.
func TestPrintNamed(t *testing.T) {
	decls := `
type Point = {x: number, y: number}
type Node = {value: number, next: Node?}
type Result<T, E> = {ok: true, value: T} | {ok: false, error: E}
type Tree<T> = {value: T, children: {Tree<T>}}
type Age = integer @min(0)
`
	cases := []struct{ src, want string }{
		{"{a: Point, b: Point}", "{a: Point, b: Point}"},
		{"Point?", "Point?"},
		{"Point", "{x: number, y: number}"},
		{"Node", "{value: number, next: Node?}"},
		{"{Node}", "{Node}"},
		{"Result<number, string>", "{ok: true, value: number} | {ok: false, error: string}"},
		{"{Result<number, string>}", "{Result<number, string>}"},
		{"Tree<string>", "{value: string, children: {Tree<string>}}"},
		{"{age: Age}", "{age: Age}"},
		{"Age", "integer @min(0)"},
		{"Age @max(150)", "integer @min(0) @max(150)"},
		{"(Point) -> Point?", "(Point) -> Point?"},
	}
	for _, c := range cases {
		ty := unname(typeOf(t, decls, c.src))
		if got := ty.String(); got != c.want {
			t.Errorf("%s: printed %q, want %q", c.src, got, c.want)
		}
	}
}

func TestPrintLiterals(t *testing.T) {
	cases := []struct {
		v    any
		want string
	}{
		{"a\\b", `"a\\b"`},
		{"\x7f\xff", `"\127\255"`},
		{"é", `"\195\169"`},
		{int64(-3), "-3"},
		{1e15, "1e+15"},
		{0.1, "0.1"},
		{math.Copysign(0, -1), "-0.0"},
		{true, "true"},
	}
	for _, c := range cases {
		if got := types.Literal(c.v).String(); got != c.want {
			t.Errorf("Literal(%#v) = %s, want %s", c.v, got, c.want)
		}
	}
}
