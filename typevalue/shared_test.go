package typevalue_test

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"testing"

	"wippylua"
	"wippylua/bytecode"
	"wippylua/types"
	"wippylua/typevalue"
	"wippylua/vm"
)

// sharedProgram uses every path of the type metatable: metamethods,
// methods, field lookup, checks that pass and fail, introspection.
const sharedProgram = `
type Point = {x: number, y: number, tag?: "a" | "b"}
type List = {value: integer, next: List?}
local T = ...
local out = {}
for i = 1, 200 do
  assert(Point:is({x = i, y = 2}))
  assert(not Point:is({x = "no", y = 2}))
  assert(Point(({x = 1, y = i})).y == i)
  assert(List:is({value = 1, next = {value = 2}}))
  assert(T:is({x = 1, y = 2}))
  assert(T == Point and rawequal(T, Point))
  assert(integer <= number and not (number <= integer) and integer < number)
  assert(tostring(Point) == "{x: number, y: number, tag?: \"a\" | \"b\"}")
  assert(Point.x == number and Point:field("tag"):kind() == "union")
  for name, ft in Point:fields() do out[#out + 1] = name end
  assert(string:is("s") and not table:is(1))
  assert(not pcall(function() Point.x = 1 end))
end
print(#out)
`

// Type values and their one metatable are shared by States that run at
// the same time; run with -race to see that no State writes to them.
func TestTypeValuesSharedAcrossStates(t *testing.T) {
	point := typevalue.Value(types.Named(types.NewRecord(
		types.Field{Name: "x", Type: types.Number},
		types.Field{Name: "y", Type: types.Number},
		types.Field{Name: "tag", Optional: true, Type: types.NewUnion(types.Literal("a"), types.Literal("b"))},
	), "Point"))
	proto, err := wippylua.Compile([]byte(sharedProgram), "=shared")
	if err != nil {
		t.Fatal(err)
	}
	const workers = 8
	var wg sync.WaitGroup
	outs := make([]bytes.Buffer, workers)
	errs := make([]error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			L := wippylua.New(wippylua.Options{Stdout: &outs[w]})
			fn := L.VM().NewMainClosure(vm.NewProto(proto))
			_, errs[w] = L.Call(fn, point)
		}()
	}
	wg.Wait()
	for w := range workers {
		if errs[w] != nil {
			t.Fatalf("worker %d: %v", w, errs[w])
		}
		if got := outs[w].String(); got != "600\n" {
			t.Fatalf("worker %d printed %q", w, got)
		}
	}
}

// Structurally equal types are one value, whoever builds them.
func TestInterning(t *testing.T) {
	a := typevalue.Value(types.NewArray(types.String))
	b := typevalue.Value(&types.Type{Kind: types.KindArray, Elem: &types.Type{Kind: types.KindString}})
	if a != b {
		t.Error("two {string} types are different values")
	}
	named := typevalue.Value(types.Named(types.NewArray(types.String), "Names"))
	if named == a {
		t.Error("an alias name is lost by interning")
	}
	if got, ok := typevalue.FromValue(named); !ok || got.Name != "Names" || got.Kind != types.KindArray {
		t.Errorf("FromValue = %v, %v", got, ok)
	}
	if _, ok := typevalue.FromValue(vm.String("number")); ok {
		t.Error("FromValue accepted a string")
	}
	if !typevalue.IsTypeValue(a) || typevalue.IsTypeValue(vm.Int(1)) {
		t.Error("IsTypeValue is wrong")
	}
}

// A binary chunk whose type constant does not decode is refused by load,
// and a chunk that does is loaded with its type values.
func TestBinaryChunkTypeConstants(t *testing.T) {
	var out bytes.Buffer
	L := wippylua.New(wippylua.Options{Stdout: &out})
	_, err := L.DoString(`
local f = load("type P = {x: number} return P")
local dumped = string.dump(f)
local P = load(dumped, "dumped", "b")()
print(P, P:is({x = 1}) ~= nil, rawequal(P, f()))
-- Damage the descriptor: its first byte is the format version, 1, right
-- after the constant's tag (6) and length.
local i = dumped:find("\6[^\0]\1", 1)
local bad = dumped:sub(1, i + 1) .. "\99" .. dumped:sub(i + 3)
print(load(bad, "=bad", "b"))
`, "=test")
	if err != nil {
		t.Fatal(err)
	}
	want := "{x: number}\ttrue\ttrue\nnil\tbad: malformed type descriptor at byte 1: unsupported version 99\n"
	if out.String() != want {
		t.Errorf("got %q\nwant %q", out.String(), want)
	}
}

func ExampleValue() {
	L := wippylua.New(wippylua.Options{})
	L.SetGlobal("Port", typevalue.Value(types.WithValidators(types.Integer,
		types.Validator{Name: "min", Args: []any{int64(1)}},
		types.Validator{Name: "max", Args: []any{int64(65535)}})))
	res, _ := L.DoString(`local _, err = Port:is(70000) return tostring(Port), err:message()`, "=example")
	fmt.Println(res[0].AsString(), "|", res[1].AsString())
	// Output: integer @min(1) @max(65535) | expected a value <= 65535, got 70000
}

// Listings print type constants in source syntax.
func TestListingShowsTypes(t *testing.T) {
	p, err := wippylua.Compile([]byte("type Id = integer\ntype P = {id: Id, tags: {string}}"), "=list")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	bytecode.List(&b, p, true)
	for _, want := range []string{"; type Id = integer\n", "\ttype P = {id: Id, tags: {string}}\n"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("listing lacks %q:\n%s", want, b.String())
		}
	}
}
