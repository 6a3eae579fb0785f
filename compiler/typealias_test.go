package compiler

import (
	"strings"
	"testing"

	"wippylua/bytecode"
	"wippylua/types"
)

// An alias compiles like a local initialised from a constant: the same
// code as `local T = "k"` with the string constant replaced by the type.
func TestTypeAliasIsALocal(t *testing.T) {
	for _, tt := range []struct{ typed, plain string }{
		{"type T = {x: number}\nreturn T", "local T = 'k'\nreturn T"},
		{"export type P<T> = {T}\nlocal a = 1\nreturn P, a", "local P = 'k'\nlocal a = 1\nreturn P, a"},
		{"local function f()\n  type Q = string\n  return Q\nend", "local function f()\n  local Q = 'k'\n  return Q\nend"},
	} {
		typed := strings.ReplaceAll(listAll(t, tt.typed), "type <", "<")
		plain := listAll(t, tt.plain)
		// Only the constant differs.
		typedLines, plainLines := strings.Split(typed, "\n"), strings.Split(plain, "\n")
		if len(typedLines) != len(plainLines) {
			t.Fatalf("%q:\n%s\nvs %q:\n%s", tt.typed, typed, tt.plain, plain)
		}
		for i := range typedLines {
			if typedLines[i] != plainLines[i] && !strings.Contains(typedLines[i], "-byte descriptor>") {
				t.Errorf("%q line %d: %q, want %q", tt.typed, i+1, typedLines[i], plainLines[i])
			}
		}
	}
}

// typeConstants compiles src and decodes the type constants of the main
// function and its nested functions, depth first, in order.
func typeConstants(t *testing.T, src string) []*types.Type {
	t.Helper()
	p, err := compileSource(t, src, "=types")
	if err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	var out []*types.Type
	var walk func(p *bytecode.Proto)
	walk = func(p *bytecode.Proto) {
		for _, k := range p.Constants {
			if k.Kind == bytecode.ConstType {
				ty, err := types.Decode([]byte(k.Str))
				if err != nil {
					t.Fatalf("%q: constant does not decode: %v", src, err)
				}
				out = append(out, ty)
			}
		}
		for _, sub := range p.Protos {
			walk(sub)
		}
	}
	walk(p)
	return out
}

func TestTypeAliasResolution(t *testing.T) {
	for _, tt := range []struct {
		src  string
		want []string // printed types, with the alias name
	}{
		{"type T = {x: number, y?: string @min_len(1)}", []string{"T = {x: number, y?: string @min_len(1)}"}},
		// Aliases of a block see each other in any order, and themselves.
		{"type A = {b: B?}\ntype B = {a: A?}", []string{"A = {b: B?}", "B = {a: A?}"}},
		{"type Node = {value: number, next: Node?}", []string{"Node = {value: number, next: Node?}"}},
		// Generic aliases and their instances.
		{"type Box<T> = {value: T}\ntype NB = Box<number>", []string{"Box = {value: T}", "NB = {value: number}"}},
		// Enclosing blocks and functions are in scope.
		{"type Id = string\nlocal function f()\n  do type P = {id: Id} end\nend", []string{"Id = string", "P = {id: Id}"}},
		// A local of the same name hides the variable, not the type.
		{"type A = number\nlocal A = 1\ntype B = {a: A}", []string{"A = number", "B = {a: A}"}},
		// Unknown names are the checker's business: they become any.
		{"type U = {x: Missing}", []string{"U = {x: any}"}},
	} {
		got := typeConstants(t, tt.src)
		if len(got) != len(tt.want) {
			t.Errorf("%q: %d type constants, want %d", tt.src, len(got), len(tt.want))
			continue
		}
		for i, ty := range got {
			if s := ty.Name + " = " + ty.String(); s != tt.want[i] {
				t.Errorf("%q: constant %d is %s, want %s", tt.src, i, s, tt.want[i])
			}
		}
	}
}

func TestRecursiveAliasKeepsItsCycle(t *testing.T) {
	node := typeConstants(t, "type Node = {value: number, next: Node?}")[0]
	if next := node.Field("next"); next == nil || next.Type.Kind != types.KindOptional || next.Type.Inner != node {
		t.Errorf("Node.next does not refer back to Node: %v", node)
	}
	h := typeConstants(t, "type Box<T> = {value: T}\ntype H = {b: Box<number>}")[1]
	if b := h.Field("b").Type; b.Name != "Box" || len(b.Args) != 1 || b.Args[0].Kind != types.KindNumber {
		t.Errorf("Box<number> has name %q and args %v", b.Name, b.Args)
	}
}

func TestTypeof(t *testing.T) {
	got := typeConstants(t, "local t: {n: integer} = {n = 1}\nlocal T = typeof(t)\nlocal U = typeof(t.n)")
	if len(got) != 2 || got[0].String() != "{n: integer}" || got[1].String() != "integer" {
		t.Errorf("typeof constants: %v", got)
	}
	// A local typeof is an ordinary function; a typeof statement stays a
	// call; typeof with other than one argument is a call.
	for _, src := range []string{
		"local typeof = print\nreturn typeof(1)",
		"typeof(1)",
		"return typeof(1, 2)",
		"return typeof()",
		// A chunk that defines its own typeof keeps plain Lua calls,
		// even before the definition.
		"local a = typeof(1)\nfunction typeof(v) return v end",
		"typeof = print\nreturn typeof(1)",
	} {
		if got := typeConstants(t, src); len(got) != 0 {
			t.Errorf("%q: %d type constants, want none", src, len(got))
		}
	}
	// Nothing known about the argument: any.
	if got := typeConstants(t, "return typeof(g)"); len(got) != 1 || got[0].Kind != types.KindAny {
		t.Errorf("typeof(g) = %v, want any", got)
	}
}

func TestTypeofInAlias(t *testing.T) {
	got := typeConstants(t, "local point = {x = 1.5, y = 2.5}\ntype Point = typeof(point)")
	if len(got) != 1 || got[0].Kind != types.KindRecord || got[0].Field("x") == nil {
		t.Errorf("type Point = typeof(point) gives %v", got)
	}
}
