package types_test

import (
	"testing"

	"wippylua/ast"
	"wippylua/parser"
	"wippylua/types"
)

func TestResolveErrors(t *testing.T) {
	cases := []struct {
		src  string
		want string // error codes, in order
		line int    // line of the first error
	}{
		{"type A = Foo", "UNKNOWN_TYPE", 1},
		{"type A = mod.Foo", "UNKNOWN_TYPE", 1},
		{"type A = {x: number,\n y: Bar}", "UNKNOWN_TYPE", 2},
		{"type A = number<string>", "TYPE_ARGS", 1},
		{"type P<T> = {v: T}\ntype A = P", "TYPE_ARGS", 2},
		{"type P<T> = {v: T}\ntype A = P<number, string>", "TYPE_ARGS", 2},
		{"type B = {}\ntype A = B<number>", "TYPE_ARGS", 2},
		{"type A = number @foo(1)", "BAD_VALIDATOR", 1},
		{"type A = number @min(\"x\")", "BAD_VALIDATOR", 1},
		{"type A = number @min(x)", "BAD_VALIDATOR", 1},
		{"type A = number @min(1, 2)", "BAD_VALIDATOR", 1},
		{"type A = number @pattern(\"x\")", "BAD_VALIDATOR", 1},
		{"type A = boolean @min_len(1)", "BAD_VALIDATOR", 1},
		{"type A = string @min_len(1.5)", "BAD_VALIDATOR", 1},
		{"type A = A", "RECURSIVE_ALIAS", 1},
		{"type A = A | number", "RECURSIVE_ALIAS", 1},
		{"type A = B\ntype B = A?", "RECURSIVE_ALIAS", 2},
		{"type L<T> = {next: L<{T}>?}", "RECURSIVE_ALIAS", 1},
		{"type A = {x: number, x: string}", "DUPLICATE_FIELD", 1},
		{"type C<T: number> = {v: T}\ntype A = C<string>", "TYPE_ARGS", 2},
		// no errors
		{"type A = {next: A?}", "", 0},
		{"type A = {b: B?}\ntype B = {a: A?}", "", 0},
		{"type A = B\ntype B = {a: A?}", "", 0},
		{"type F = (F) -> F", "", 0},
		{"type C<T: number> = {v: T}\ntype A = C<integer>", "", 0},
		{"type A = string @pattern(\"^a\") @min_len(2)", "", 0},
		{"type A = {number} @min_len(1) @max_len(3)", "", 0},
		{"type A = number? @min(0)", "", 0},
		{"type A = integer @min(-5)", "", 0},
	}
	for _, c := range cases {
		_, errs := declare(t, c.src)
		if got := errorCodes(errs); got != c.want {
			t.Errorf("%q: errors %q (%v), want %q", c.src, got, errs, c.want)
			continue
		}
		if len(errs) > 0 && errs[0].Pos.Line != c.line {
			t.Errorf("%q: first error on line %d, want %d", c.src, errs[0].Pos.Line, c.line)
		}
	}
}

func TestResolveRecursive(t *testing.T) {
	scope, errs := declare(t, "type A = B\ntype B = {a: A?}\ntype Tree<T> = {value: T, kids: {Tree<T>}}")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	a := scope.Types["A"].Type
	if a.Kind != types.KindRecord || a.Name != "A" {
		t.Fatalf("A is %v named %q", a.Kind, a.Name)
	}
	// A's field refers back to A itself: the graph is cyclic and finite.
	if inner := a.Fields[0].Type; inner.Kind != types.KindOptional || inner.Inner != a {
		t.Errorf("A.a is %s, not A?", inner)
	}
	tree := scope.Types["Tree"]
	ts := tree.Instantiate([]*types.Type{types.String})
	if ts != tree.Instantiate([]*types.Type{types.String}) {
		t.Error("instances of Tree<string> are not shared")
	}
	if kids := ts.Field("kids").Type; kids.Elem != ts {
		t.Errorf("Tree<string>.kids is %s, not {Tree<string>}", kids)
	}
	if got := ts.String(); got != "{value: string, kids: {Tree<string>}}" {
		t.Errorf("Tree<string> prints %s", got)
	}
	tn := tree.Instantiate([]*types.Type{types.Number})
	if types.Equal(ts, tn) || !types.Subtype(tn, tn) {
		t.Error("Tree<string> and Tree<number> are confused")
	}
}

func TestInstantiate(t *testing.T) {
	scope, errs := declare(t, `
type Result<T, E> = {ok: true, value: T} | {ok: false, error: E}
type Maybe<T> = T | nil
type Id<T> = T
type Const<T> = number
type Pair<A, B> = (A) -> B`)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	inst := func(name string, args ...*types.Type) string {
		return scope.Types[name].Instantiate(args).String()
	}
	if got := inst("Result", types.Number, types.String); got != "{ok: true, value: number} | {ok: false, error: string}" {
		t.Errorf("Result<number, string> = %s", got)
	}
	if got := inst("Maybe", types.NewOptional(types.String)); got != "string?" {
		t.Errorf("Maybe<string?> = %s (not canonical)", got)
	}
	if got := inst("Id", types.Integer); got != "integer" {
		t.Errorf("Id<integer> = %s", got)
	}
	if got := inst("Const", types.Integer); got != "number" {
		t.Errorf("Const<integer> = %s", got)
	}
	if got := inst("Pair", types.Integer, types.Boolean); got != "(integer) -> boolean" {
		t.Errorf("Pair<integer, boolean> = %s", got)
	}
	// The body itself is untouched.
	if got := scope.Types["Result"].Type.String(); got != "{ok: true, value: T} | {ok: false, error: E}" {
		t.Errorf("Result body changed: %s", got)
	}
}

// typeof(e) asks the scope.
func TestResolveTypeof(t *testing.T) {
	chunk, err := parser.ParseString("local x: typeof(y) | string", "=t")
	if err != nil {
		t.Fatal(err)
	}
	te := chunk.Block.Stmts[0].(*ast.LocalStmt).Types[0]
	var asked ast.Expr
	scope := &types.MapScope{Typeof: func(e ast.Expr) *types.Type { asked = e; return types.Number }}
	got, errs := types.Resolve(te, scope)
	if len(errs) > 0 || got.String() != "number | string" {
		t.Errorf("got %s %v", got, errs)
	}
	if id, ok := asked.(*ast.Ident); !ok || id.Name != "y" {
		t.Errorf("typeof asked about %#v", asked)
	}
	got, _ = types.Resolve(te, &types.MapScope{})
	if got.Kind != types.KindAny {
		t.Errorf("typeof without an answer is %s, want any", got)
	}
}

// Generic function types get their own parameters, with constraints that
// may mention each other.
func TestResolveGenericFunction(t *testing.T) {
	f := mustType(t, "<T: {name: string}, U>(T, U) -> {T}")
	sig := f.Sig
	if len(sig.TypeParams) != 2 || sig.TypeParams[0].Constraint == nil || sig.TypeParams[1].Constraint != nil {
		t.Fatalf("type params %v", sig.TypeParams)
	}
	if sig.Params[0].Type != sig.TypeParams[0] || sig.Returns[0].Elem != sig.TypeParams[0] {
		t.Error("uses of T are not T")
	}
}
