package vm

import (
	"math"
	"testing"
)

func TestTableArrayAndHash(t *testing.T) {
	tb := NewTable(0, 0)
	for i := int64(1); i <= 100; i++ {
		tb.SetInt(i, Int(i*i))
	}
	if tb.Len() != 100 {
		t.Fatalf("len = %d", tb.Len())
	}
	tb.SetStr("x", String("y"))
	if v := tb.GetStr("x"); v.AsString() != "y" {
		t.Fatalf("x = %v", v)
	}
	if v := tb.Get(Float(7)); v.AsInt() != 49 {
		t.Fatalf("t[7.0] = %v", v)
	}
	if err := tb.Set(Nil, True); err != errNilKey {
		t.Fatalf("nil key: %v", err)
	}
	if err := tb.Set(Float(math.NaN()), True); err != errNaNKey {
		t.Fatalf("NaN key: %v", err)
	}
	// Keys filled out of order end up reachable, and # finds the border.
	u := NewTable(0, 0)
	for _, i := range []int64{3, 2, 1, 5, 4} {
		u.SetInt(i, True)
	}
	if u.Len() != 5 {
		t.Fatalf("len after out-of-order fill = %d", u.Len())
	}
	u.SetInt(5, Nil)
	if u.Len() != 4 {
		t.Fatalf("len after clearing the last = %d", u.Len())
	}
	// Large sparse keys never allocate a large array.
	s := NewTable(0, 0)
	s.SetInt(4001126229, True)
	if s.narr != 0 || !s.GetInt(4001126229).Truthy() {
		t.Fatal("sparse key handling")
	}
}

func TestTableNextWhileClearing(t *testing.T) {
	tb := NewTable(0, 0)
	for i := 0; i < 50; i++ {
		tb.SetStr(string(rune('a'+i%26))+string(rune('A'+i/26)), Int(int64(i)))
	}
	tb.SetInt(1, True)
	seen := 0
	k := Nil
	for {
		nk, _, ok := tb.Next(k)
		if !ok {
			t.Fatal("next lost its place after clearing")
		}
		if nk.IsNil() {
			break
		}
		seen++
		if err := tb.Set(nk, Nil); err != nil { // clearing during traversal is allowed
			t.Fatal(err)
		}
		k = nk
	}
	if seen != 51 {
		t.Fatalf("visited %d keys, want 51", seen)
	}
	if k, _, _ := tb.Next(Nil); !k.IsNil() {
		t.Fatal("table not empty after clearing")
	}
	if _, _, ok := tb.Next(String("missing")); ok {
		t.Fatal("next accepted a key that is not in the table")
	}
}

func TestValueKinds(t *testing.T) {
	if Nil.Kind() != KindNil || True.Kind() != KindBool || Int(1).Kind() != KindInt ||
		Float(1).Kind() != KindFloat || String("").Kind() != KindString || String("a").Kind() != KindString ||
		TableValue(NewTable(0, 0)).Kind() != KindTable {
		t.Fatal("kinds")
	}
	if String("").IsNil() || !RawEquals(String("ab"), String(string([]byte{'a', 'b'}))) {
		t.Fatal("string identity")
	}
	if False.Truthy() || Nil.Truthy() || !Int(0).Truthy() || !String("").Truthy() {
		t.Fatal("truthiness")
	}
}

// TestBorderLikeLua53 checks the array-part sizing that decides which
// border # finds on tables with holes (values taken from lua5.3).
func TestBorderLikeLua53(t *testing.T) {
	withArray := func(n int, set map[int64]Value) *Table {
		tb := NewTable(n, 0)
		for k, v := range set {
			tb.SetInt(k, v)
		}
		return tb
	}
	cases := []struct {
		tb   *Table
		want int64
	}{
		{withArray(3, map[int64]Value{3: Int(3)}), 3},            // {nil, nil, 3}
		{withArray(3, map[int64]Value{1: Int(1), 2: Int(2)}), 2}, // {1, 2, nil}
	}
	u := NewTable(0, 0)
	u.SetInt(1, True)
	u.SetInt(2, True)
	u.SetInt(4, True)
	cases = append(cases, struct {
		tb   *Table
		want int64
	}{u, 4})
	h := withArray(3, map[int64]Value{3: Int(3)})
	h.SetInt(4, Int(4)) // the rehash shrinks the array part to nothing
	cases = append(cases, struct {
		tb   *Table
		want int64
	}{h, 0})
	for i, c := range cases {
		if got := c.tb.Len(); got != c.want {
			t.Errorf("case %d: # = %d, want %d", i, got, c.want)
		}
	}
}
