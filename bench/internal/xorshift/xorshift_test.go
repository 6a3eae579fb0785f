package xorshift

import "testing"

// The sequence is part of the benchmarks' inputs: these values, worked
// out by hand from the xorshift64* recurrence (shifts 12, 25, 27, then
// the multiplier), must never change.
func TestSequenceIsStable(t *testing.T) {
	r := New(1)
	for i, want := range []uint64{5180492295206395165, 12380297144915551517, 13389498078930870103} {
		if got := r.Next(); got != want {
			t.Fatalf("value %d = %d, want %d", i, got, want)
		}
	}
}

// The zero state would stay zero forever; New makes it the same as 1.
func TestZeroState(t *testing.T) {
	a, b := New(0), New(1)
	for range 10 {
		if x, y := a.Next(), b.Next(); x != y || x == 0 {
			t.Fatalf("New(0) gives %d, New(1) gives %d", x, y)
		}
	}
}

func TestRanges(t *testing.T) {
	r := New(42)
	seen := map[int]bool{}
	hits := 0
	for range 10000 {
		n := r.Intn(7)
		if n < 0 || n >= 7 {
			t.Fatalf("Intn(7) = %d", n)
		}
		seen[n] = true
		if r.Chance(25) {
			hits++
		}
	}
	if len(seen) != 7 {
		t.Errorf("Intn(7) gave only %v", seen)
	}
	// 2,500 expected; the bound is loose but catches a wrong comparison.
	if hits < 2000 || hits > 3000 {
		t.Errorf("Chance(25) was true %d times in 10000", hits)
	}
	words := []string{"a", "b"}
	if w := r.Pick(words); w != "a" && w != "b" {
		t.Errorf("Pick = %q", w)
	}
	if New(5).Chance(0) {
		t.Error("Chance(0) was true")
	}
}
