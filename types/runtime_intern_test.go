package types

import (
	"sync"
	"testing"
)

func TestCanonicalSharesEqualStructures(t *testing.T) {
	a := NewRecord(Field{Name: "x", Type: NewArray(String)}, Field{Name: "y", Type: &Type{Kind: KindNumber}})
	b := NewRecord(Field{Name: "x", Type: NewArray(&Type{Kind: KindString})}, Field{Name: "y", Type: Number})
	ca, cb := Canonical(a), Canonical(b)
	if ca != cb {
		t.Fatal("equal records have two representatives")
	}
	if !IsCanonical(ca) || Canonical(ca) != ca {
		t.Error("a representative is not its own representative")
	}
	// The children of a representative are representatives.
	if !IsCanonical(ca.Fields[0].Type) || !IsCanonical(ca.Fields[0].Type.Elem) {
		t.Error("children of a representative are not canonical")
	}
	// Names, validators, optional flags and field order all count.
	for _, other := range []*Type{
		Named(a, "R"),
		WithValidators(a, Validator{Name: "min_len", Args: []any{int64(1)}}),
		NewRecord(Field{Name: "x", Type: NewArray(String)}, Field{Name: "y", Type: Number, Optional: true}),
		NewRecord(Field{Name: "y", Type: Number}, Field{Name: "x", Type: NewArray(String)}),
	} {
		if Canonical(other) == ca {
			t.Errorf("%v has the representative of %v", other, a)
		}
	}
}

// recursiveList builds `type name = {value: elem, next: name?}` afresh.
func recursiveList(name string, elem *Type) *Type {
	l := &Type{Kind: KindRecord, Name: name}
	l.Fields = []Field{{Name: "value", Type: elem}, {Name: "next", Type: &Type{Kind: KindOptional, Inner: l}}}
	return l
}

func TestCanonicalRecursiveTypes(t *testing.T) {
	a, b := Canonical(recursiveList("List", Number)), Canonical(recursiveList("List", Number))
	if a != b {
		t.Fatal("two builds of one recursive alias have two representatives")
	}
	if a.Fields[1].Type.Inner != a {
		t.Error("the representative lost its cycle")
	}
	if Canonical(recursiveList("List", String)) == a || Canonical(recursiveList("Other", Number)) == a {
		t.Error("different recursive types share a representative")
	}
	// Decoding keeps the identity.
	d, err := Decode(Encode(recursiveList("List", Number)))
	if err != nil {
		t.Fatal(err)
	}
	if Canonical(d) != a {
		t.Error("a decoded recursive type has another representative")
	}
}

func TestCanonicalConcurrent(t *testing.T) {
	const workers = 8
	got := make([]*Type, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				got[w] = Canonical(NewMap(String, recursiveList("Conc", NewArray(Integer))))
			}
		}()
	}
	wg.Wait()
	for _, g := range got[1:] {
		if g != got[0] {
			t.Fatal("concurrent callers got different representatives")
		}
	}
}
