package stdlib

import (
	"math"
	"slices"
	"strings"

	"wippylua/vm"
)

// table.sort.
//
// The quicksort below makes the same element reads, writes and
// comparisons, in the same order, as lua5.3's: the result of sorting with
// ties or with an inconsistent comparator, the point where "invalid order
// function for sorting" is detected, the state a table is left in by an
// error and the calls a comparator or metamethod sees all match. The
// scheme (median of three, pivot parked at up-1, recursion into the
// smaller half) also guarantees termination whatever the comparator
// answers: every partition step moves i up and j down, and both halves
// are strictly smaller than the interval.

// sortRanLimit is the interval size from which a randomised pivot may be
// used (after a badly unbalanced partition).
const sortRanLimit = 100

type sorter struct {
	t   *vm.Thread
	e   elems
	cmp vm.Value // the comparator, or nil for '<'
	rnd uint32   // pivot randomisation; 0 = use the middle element
}

func tabSort(t *vm.Thread) int {
	e := checkTab(t, 1, tabR|tabW|tabL)
	n := lenOf(t, e.v)
	if n <= 1 {
		return 0
	}
	if n >= math.MaxInt32 {
		t.ArgError(1, "array too big")
	}
	cmp := t.Arg(2)
	if !cmp.IsNil() && !cmp.IsFunction() {
		t.TypeError(2, "function")
	}
	if cmp.IsNil() && sortPlain(e, n) {
		return 0
	}
	s := &sorter{t: t, e: e, cmp: cmp}
	s.sort(1, n)
	return 0
}

// sortPlain sorts a table without metatable holding only integers or only
// strings with Go's sort. Such elements are totally ordered by '<' and
// equal ones cannot be told apart, so no Lua program can see that another
// algorithm ran. It reports false, having changed nothing, otherwise.
func sortPlain(e elems, n int64) bool {
	tb := e.tb
	if tb == nil || tb.Metatable() != nil {
		return false
	}
	first := tb.GetInt(1)
	switch {
	case first.IsInt():
		vals := make([]int64, n)
		for i := range vals {
			v := tb.GetInt(int64(i) + 1)
			if !v.IsInt() {
				return false
			}
			vals[i] = v.AsInt()
		}
		slices.Sort(vals)
		for i, v := range vals {
			tb.SetInt(int64(i)+1, vm.Int(v))
		}
	case first.IsString():
		vals := make([]vm.Value, n)
		for i := range vals {
			v := tb.GetInt(int64(i) + 1)
			if !v.IsString() {
				return false
			}
			vals[i] = v
		}
		slices.SortFunc(vals, func(a, b vm.Value) int { return strings.Compare(a.AsString(), b.AsString()) })
		for i, v := range vals {
			tb.SetInt(int64(i)+1, v)
		}
	default:
		return false
	}
	return true
}

func (s *sorter) less(a, b vm.Value) bool {
	if s.cmp.IsNil() {
		return s.t.LessThan(a, b)
	}
	return s.t.CallValue(s.cmp, a, b).Truthy()
}

func (s *sorter) invalidOrder() {
	s.t.Errorf("invalid order function for sorting")
}

// sort sorts elements lo..up. It recurses into the smaller part and loops
// on the larger one, so the Go stack stays logarithmic.
func (s *sorter) sort(lo, up int64) {
	e := s.e
	for lo < up {
		// Order a[lo] and a[up].
		a, b := e.get(lo), e.get(up)
		if s.less(b, a) {
			e.set(lo, b)
			e.set(up, a)
		}
		if up-lo == 1 {
			return
		}
		var p int64
		if up-lo < sortRanLimit || s.rnd == 0 {
			p = (lo + up) / 2
		} else {
			// A pivot in the middle half, at a pseudo-random place.
			r4 := (up - lo) / 4
			p = int64(uint64(s.rnd)%uint64(r4*2)) + lo + r4
		}
		// Make a[p] the median of a[lo], a[p], a[up].
		a, b = e.get(p), e.get(lo)
		if s.less(a, b) {
			e.set(p, b)
			e.set(lo, a)
		} else {
			c := e.get(up)
			if s.less(c, a) {
				e.set(p, c)
				e.set(up, a)
			}
		}
		if up-lo == 2 {
			return
		}
		// Park the pivot at up-1: a[lo] <= P == a[up-1] <= a[up].
		pivot := e.get(p)
		e.set(p, e.get(up-1))
		e.set(up-1, pivot)
		p = s.partition(lo, up, pivot)
		var small int64
		if p-lo < up-p {
			s.sort(lo, p-1)
			small = p - lo
			lo = p + 1
		} else {
			s.sort(p+1, up)
			small = up - p
			up = p - 1
		}
		if (up-lo)/128 > small {
			// Very unbalanced: lua5.3 picks later pivots at random (from
			// the clock); a deterministic scramble serves the same end.
			s.rnd = s.rnd*0x9E3779B9 ^ uint32(lo)*0x85EBCA6B ^ uint32(up)
			if s.rnd == 0 {
				s.rnd = 1
			}
		}
	}
}

// partition rearranges lo..up around the pivot P (stored at up-1) so that
// a[lo..k-1] <= P == a[k] <= a[k+1..up], and returns k. Running off either
// end means the order function is inconsistent.
func (s *sorter) partition(lo, up int64, pivot vm.Value) int64 {
	e := s.e
	i, j := lo, up-1
	for {
		var ai, aj vm.Value
		for {
			i++
			ai = e.get(i)
			if !s.less(ai, pivot) {
				break
			}
			if i == up-1 { // a[i] < P but a[up-1] == P
				s.invalidOrder()
			}
		}
		for {
			j--
			aj = e.get(j)
			if !s.less(pivot, aj) {
				break
			}
			if j < i { // a[j] > P but a[j] is left of a[i] >= P
				s.invalidOrder()
			}
		}
		if j < i {
			e.set(up-1, ai)
			e.set(i, pivot)
			return i
		}
		e.set(i, aj)
		e.set(j, ai)
	}
}
