package types_test

import (
	"sync"
	"testing"

	"wippylua/types"
)

const subtypeDecls = `
type Point = {x: number, y: number}
type Point3 = {x: number, y: number, z: number}
type Named = {name: string}
type Node = {value: number, next: Node?}
type Node2 = {value: number, next: Node2?}
type IntNode = {value: integer, next: IntNode?}
type List<T> = {head: T, tail: List<T>?}
type Shape = {kind: "circle", r: number} | {kind: "square", side: number}
`

// relation is one row of a truth table: sub <: sup under Subtype (strict)
// and Assignable (gradual).
type relation struct {
	sub, sup   string
	strict     bool
	assignable bool
}

func TestSubtypeTruthTable(t *testing.T) {
	rows := []relation{
		// primitives
		{"integer", "number", true, true},
		{"number", "integer", false, false},
		{"string", "number", false, false},
		{"nil", "string?", true, true},
		{"string", "string?", true, true},
		{"string?", "string", false, false},
		{"never", "string", true, true},
		{"never", "never", true, true},
		{"string", "never", false, false},
		{"string", "any", true, true},
		{"string", "unknown", true, true},
		{"any", "string", false, true},
		{"any", "unknown", true, true},
		{"unknown", "any", true, true},
		{"unknown", "string", false, false},
		{"nil", "any", true, true},
		{"boolean", "true", false, false},
		{"true", "boolean", true, true},
		// literals
		{`"a"`, "string", true, true},
		{`"a"`, `"a" | "b"`, true, true},
		{`"c"`, `"a" | "b"`, false, false},
		{"1", "integer", true, true},
		{"1", "number", true, true},
		{"1.5", "integer", false, false},
		{"1.5", "number", true, true},
		{`"1"`, "number", false, false},
		{"2", "1 | 2", true, true},
		// unions and intersections
		{"string", "string | number", true, true},
		{"string | number", "string | number | boolean", true, true},
		{"string | number", "string", false, false},
		{"integer | number", "number", true, true},
		{`"a" | "b"`, "string", true, true},
		{"{a: number} & {b: string}", "{a: number}", true, true},
		{"{a: number} & {b: string}", "{a: number, b: string}", true, true},
		{"{a: number, b: string}", "{a: number} & {b: string}", true, true},
		{"{a: number}", "{a: number} & {b: string}", false, false},
		// tables
		{"Point3", "Point", true, true},
		{"Point", "Point3", false, false},
		{"{x: number, y: number}", "Point", true, true},
		{"{x: integer, y: integer}", "Point", false, false},   // mutable fields are invariant
		{"{x: integer}", "{readonly x: number}", true, true},  // readonly fields are covariant
		{"{readonly x: number}", "{x: number}", false, false}, // a readonly field is not writable
		{"{readonly x: integer}", "{readonly x: number}", true, true},
		{"{x: number}", "{x: number, y?: string}", true, true},
		{"{x: number, y?: string}", "{x: number}", true, true},
		{"{x: number?}", "{x?: number}", true, true},
		{"{x?: number}", "{x: number}", false, false},
		{"{string}", "{string}", true, true},
		{"{integer}", "{number}", false, false},
		{"{any}", "{number}", false, true},
		{"{string}", "table", true, true},
		{"Point", "table", true, true},
		{"table", "Point", false, true},
		{"{string}", "{[integer]: string}", true, true},
		{"{[string]: number}", "{[string]: number}", true, true},
		{"{[string]: number}", "{[string]: integer}", false, false},
		{"{a: number, b: number}", "{[string]: number}", true, true},
		{"{a: number, b: string}", "{[string]: number}", false, false},
		{"Point", "{string}", false, false},
		{`{kind: "circle", r: number}`, "Shape", true, true},
		{`{kind: "circle", side: number}`, "Shape", false, false},
		// functions
		{"(number) -> string", "(number) -> string", true, true},
		{"(number) -> string", "function", true, true},
		{"function", "(number) -> string", false, true},
		{"(number) -> string", "(integer) -> string", true, true},
		{"(integer) -> string", "(number) -> string", false, false},
		{`(number) -> "a"`, "(number) -> string", true, true},
		{"(number) -> string", `(number) -> "a"`, false, false},
		{"() -> string", "(number) -> string", true, true},
		{"(number, string) -> ()", "(number) -> ()", false, false},
		{"(number, string?) -> ()", "(number) -> ()", true, true},
		{"() -> ()", "() -> string", false, false},
		{"() -> ()", "() -> string?", true, true},
		{"() -> (string, number)", "() -> string", true, true},
		{"(...number) -> ()", "(number, number) -> ()", true, true},
		{"(...string) -> ()", "(number) -> ()", false, false},
		{"<T>(T) -> T", "(number) -> number", true, true},
		{"(Point) -> Point3", "(Point3) -> Point", true, true},
		// recursive types
		{"Node", "Node2", true, true},
		{"Node2", "Node", true, true},
		{"IntNode", "Node", false, false},
		{"List<number>", "List<number>", true, true},
		{"List<integer>", "List<number>", false, false},
		{"{head: string, tail: List<string>?}", "List<string>", true, true},
		{"Node", "{value: number}", true, true},
		// validators
		{"number @min(1)", "number", true, true},
		{"number", "number @min(1)", false, true},
		{"number @min(1) @max(2)", "number @min(1)", true, true},
		{"integer @min(1)", "number @min(1)", true, true},
		// misc
		{"thread", "thread", true, true},
		{"error", "error", true, true},
		{"error", "table", false, false},
		{"string", "table", false, false},
	}
	for _, row := range rows {
		a := unname(typeOf(t, subtypeDecls, row.sub))
		b := unname(typeOf(t, subtypeDecls, row.sup))
		if got := types.Subtype(a, b); got != row.strict {
			t.Errorf("Subtype(%s, %s) = %v, want %v", row.sub, row.sup, got, row.strict)
		}
		if got := types.Assignable(a, b); got != row.assignable {
			t.Errorf("Assignable(%s, %s) = %v, want %v", row.sub, row.sup, got, row.assignable)
		}
		var c types.Cache
		for i := 0; i < 2; i++ { // the second round answers from the cache
			if got := c.Subtype(a, b); got != row.strict {
				t.Errorf("Cache.Subtype(%s, %s) = %v, want %v (round %d)", row.sub, row.sup, got, row.strict, i)
			}
			if got := c.Assignable(a, b); got != row.assignable {
				t.Errorf("Cache.Assignable(%s, %s) = %v, want %v (round %d)", row.sub, row.sup, got, row.assignable, i)
			}
		}
	}
}

// Tables inferred from constructors are converted leniently.
func TestAssignableOpen(t *testing.T) {
	open := types.NewRecord(types.Field{Name: "x", Type: types.Integer})
	open.Open = true
	point := mustType(t, "{x: number, y: number}")
	if types.Subtype(open, point) {
		t.Error("Subtype accepts an open record missing a field")
	}
	if !types.Assignable(open, point) {
		t.Error("Assignable rejects an open record with a covariant field")
	}
	arr := types.NewArray(types.Integer)
	arr.Open = true
	if !types.Assignable(arr, mustType(t, "{number}")) {
		t.Error("an inferred {integer} is not assignable to {number}")
	}
	empty := types.NewRecord()
	empty.Open = true
	if !types.Assignable(empty, mustType(t, "{string}")) || !types.Assignable(empty, mustType(t, "{[string]: number}")) {
		t.Error("an empty constructor is not assignable to an array or map")
	}
	bad := types.NewRecord(types.Field{Name: "x", Type: types.String})
	bad.Open = true
	if types.Assignable(bad, point) {
		t.Error("an open record with a wrong field type is assignable")
	}
}

func TestEqual(t *testing.T) {
	eq := [][2]string{
		{"number", "number"},
		{"string | number", "number | string"},
		{"{a: number, b: string}", "{b: string, a: number}"},
		{"Node", "Node2"},
		{"<T>(T) -> T", "<U>(U) -> U"},
		{"Point", "{x: number, y: number}"},
		{"number @min(1)", "number @min(1)"},
		{"List<number>", "{head: number, tail: List<number>?}"},
	}
	ne := [][2]string{
		{"number", "integer"},
		{"{a: number}", "{a: number, b?: string}"},
		{"{a: number}", "{a?: number}"},
		{"Node", "IntNode"},
		{"number @min(1)", "number @min(2)"},
		{"number @min(1)", "number"},
		{"<T>(T) -> T", "<T, U>(T) -> T"},
		{"(number) -> ()", "(number, number) -> ()"},
		{"string?", "string"},
	}
	for _, p := range eq {
		a, b := typeOf(t, subtypeDecls, p[0]), typeOf(t, subtypeDecls, p[1])
		if !types.Equal(a, b) || !types.Equal(b, a) {
			t.Errorf("%s and %s are not Equal", p[0], p[1])
		}
	}
	for _, p := range ne {
		a, b := typeOf(t, subtypeDecls, p[0]), typeOf(t, subtypeDecls, p[1])
		if types.Equal(a, b) || types.Equal(b, a) {
			t.Errorf("%s and %s are Equal", p[0], p[1])
		}
	}
}

// The package functions may be called from many goroutines at once on
// shared types (run with -race).
func TestSubtypeConcurrent(t *testing.T) {
	node := typeOf(t, subtypeDecls, "Node")
	node2 := typeOf(t, subtypeDecls, "Node2")
	intNode := typeOf(t, subtypeDecls, "IntNode")
	list := typeOf(t, subtypeDecls, "List<number>")
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var c types.Cache
			for i := 0; i < 200; i++ {
				if !types.Subtype(node, node2) || types.Subtype(intNode, node) || !types.Equal(node, node2) ||
					!c.Assignable(list, list) || c.Subtype(intNode, node2) {
					errs <- "wrong answer under concurrency"
					return
				}
				_ = list.String()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}
