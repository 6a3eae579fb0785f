package types

import (
	"bytes"
	"errors"
	"math"
	"testing"
)

// sampleTypes builds types covering every kind and every optional part of
// the descriptor format, including sharing and a recursive alias.
func sampleTypes() map[string]*Type {
	str := &Type{Kind: KindString, Validators: []Validator{{Name: "min_len", Args: []any{int64(1)}}, {Name: "pattern", Args: []any{"^%a+$"}}}}
	node := &Type{Kind: KindRecord, Name: "Node"}
	node.Fields = []Field{
		{Name: "value", Type: Number},
		{Name: "next", Type: &Type{Kind: KindOptional, Inner: node}, Optional: true},
	}
	shared := &Type{Kind: KindArray, Elem: str}
	param := &Type{Kind: KindParam, Name: "T", Constraint: &Type{Kind: KindRecord, Fields: []Field{{Name: "name", Type: String, Readonly: true}}}}
	return map[string]*Type{
		"primitive": Integer,
		"literals": {Kind: KindUnion, Variants: []*Type{
			{Kind: KindLiteral, Lit: "a"}, {Kind: KindLiteral, Lit: int64(-42)},
			{Kind: KindLiteral, Lit: 2.5}, {Kind: KindLiteral, Lit: true}, {Kind: KindLiteral, Lit: false},
		}},
		"validated": {Kind: KindNumber, Validators: []Validator{{Name: "min", Args: []any{0.5}}, {Name: "max", Args: []any{int64(10)}}}},
		"recursive": node,
		"shared":    {Kind: KindRecord, Fields: []Field{{Name: "a", Type: shared}, {Name: "b", Type: shared}}},
		"map":       {Kind: KindMap, Key: String, Val: &Type{Kind: KindIntersection, Variants: []*Type{Table, node}}},
		"function": {Kind: KindFunction, Sig: &Signature{
			TypeParams: []*Type{param},
			Params:     []Param{{Name: "x", Type: param}, {Type: Boolean}},
			Vararg:     Any,
			Returns:    []*Type{param, Nil},
			VarReturn:  String,
		}},
		"plain function": Function,
		"generic":        {Kind: KindRecord, Name: "Result", Args: []*Type{Number, String}, Fields: []Field{{Name: "ok", Type: Number}}},
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	for name, typ := range sampleTypes() {
		data := Encode(typ)
		got, err := Decode(data)
		if err != nil {
			t.Errorf("%s: Decode: %v", name, err)
			continue
		}
		if !sameGraph(typ, got, map[*Type]*Type{}) {
			t.Errorf("%s: round trip changed the type", name)
		}
		if again := Encode(got); !bytes.Equal(again, data) {
			t.Errorf("%s: re-encoding differs:\n%x\n%x", name, data, again)
		}
	}
}

func TestDecodeKeepsSharingAndCycles(t *testing.T) {
	types := sampleTypes()
	got, err := Decode(Encode(types["recursive"]))
	if err != nil {
		t.Fatal(err)
	}
	if got.Fields[1].Type.Inner != got {
		t.Error("recursive alias: next does not point back to Node")
	}
	got, err = Decode(Encode(types["shared"]))
	if err != nil {
		t.Fatal(err)
	}
	if got.Fields[0].Type != got.Fields[1].Type {
		t.Error("shared array type decoded as two copies")
	}
}

func TestDecodeErrors(t *testing.T) {
	valid := Encode(sampleTypes()["recursive"])
	selfOptional := []byte{EncodingVersion, byte(KindOptional) + 1, 0, 0, 0, tagRef, 0}
	unionSelf := []byte{EncodingVersion, byte(KindUnion) + 1, 0, 0, 0, 1, tagRef, 0}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"version", []byte{99, byte(KindNumber) + 1, 0, 0, 0}},
		{"truncated", valid[:len(valid)-1]},
		{"trailing", append(append([]byte{}, valid...), 0)},
		{"kind", []byte{EncodingVersion, 200, 0, 0, 0}},
		{"forward reference", []byte{EncodingVersion, byte(KindArray) + 1, 0, 0, 0, tagRef, 5}},
		{"huge list", []byte{EncodingVersion, byte(KindUnion) + 1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x0f}},
		{"bad scalar", []byte{EncodingVersion, byte(KindLiteral) + 1, 0, 0, 0, 9}},
		{"bad flag", []byte{EncodingVersion, byte(KindFunction) + 1, 0, 0, 0, 2}},
		{"optional of itself", selfOptional},
		{"union of itself", unionSelf},
	} {
		got, err := Decode(tc.data)
		var de *DecodeError
		if err == nil || !errors.As(err, &de) || got != nil {
			t.Errorf("%s: Decode = %v, %v; want a *DecodeError", tc.name, got, err)
		}
	}
}

func TestDecodeDepthLimit(t *testing.T) {
	data := []byte{EncodingVersion}
	for range maxDecodeDepth + 2 {
		data = append(data, byte(KindArray)+1, 0, 0, 0)
	}
	data = append(data, byte(KindNumber)+1, 0, 0, 0)
	if _, err := Decode(data); err == nil {
		t.Error("Decode accepted nesting beyond the limit")
	}
}

// sameGraph reports whether a and b have the same shape, following the
// correspondence m for nodes already matched (so cycles terminate).
func sameGraph(a, b *Type, m map[*Type]*Type) bool {
	if a == nil || b == nil {
		return a == b
	}
	if prev, ok := m[a]; ok {
		return prev == b
	}
	m[a] = b
	if a.Kind != b.Kind || a.Name != b.Name || !sameLit(a.Lit, b.Lit) ||
		len(a.Args) != len(b.Args) || len(a.Variants) != len(b.Variants) ||
		len(a.Fields) != len(b.Fields) || len(a.Validators) != len(b.Validators) ||
		(a.Sig == nil) != (b.Sig == nil) {
		return false
	}
	for i := range a.Validators {
		va, vb := a.Validators[i], b.Validators[i]
		if va.Name != vb.Name || len(va.Args) != len(vb.Args) {
			return false
		}
		for j := range va.Args {
			if !sameLit(va.Args[j], vb.Args[j]) {
				return false
			}
		}
	}
	for i := range a.Fields {
		fa, fb := a.Fields[i], b.Fields[i]
		if fa.Name != fb.Name || fa.Optional != fb.Optional || fa.Readonly != fb.Readonly || !sameGraph(fa.Type, fb.Type, m) {
			return false
		}
	}
	if !sameList(a.Args, b.Args, m) || !sameList(a.Variants, b.Variants, m) {
		return false
	}
	if !sameGraph(a.Inner, b.Inner, m) || !sameGraph(a.Elem, b.Elem, m) || !sameGraph(a.Key, b.Key, m) ||
		!sameGraph(a.Val, b.Val, m) || !sameGraph(a.Constraint, b.Constraint, m) {
		return false
	}
	if a.Sig != nil {
		sa, sb := a.Sig, b.Sig
		if len(sa.Params) != len(sb.Params) || !sameList(sa.TypeParams, sb.TypeParams, m) ||
			!sameList(sa.Returns, sb.Returns, m) || !sameGraph(sa.Vararg, sb.Vararg, m) ||
			!sameGraph(sa.VarReturn, sb.VarReturn, m) {
			return false
		}
		for i := range sa.Params {
			if sa.Params[i].Name != sb.Params[i].Name || !sameGraph(sa.Params[i].Type, sb.Params[i].Type, m) {
				return false
			}
		}
	}
	return true
}

func sameList(a, b []*Type, m map[*Type]*Type) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameGraph(a[i], b[i], m) {
			return false
		}
	}
	return true
}

func sameLit(a, b any) bool {
	if fa, ok := a.(float64); ok {
		fb, ok := b.(float64)
		return ok && math.Float64bits(fa) == math.Float64bits(fb)
	}
	return a == b
}

func FuzzDecode(f *testing.F) {
	for _, typ := range sampleTypes() {
		f.Add(Encode(typ))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		typ, err := Decode(data)
		if err != nil {
			return
		}
		// What Decode accepts, Encode writes back identically: the format
		// has one encoding per graph.
		if again := Encode(typ); !bytes.Equal(again, data) {
			t.Errorf("re-encoding differs:\n%x\n%x", data, again)
		}
		// Interning copes with any graph Decode returns, and is stable.
		if c := Canonical(typ); Canonical(c) != c || !bytes.Equal(Encode(c), Encode(Canonical(typ))) {
			t.Error("Canonical is not stable")
		}
	})
}
