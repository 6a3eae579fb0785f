package stdlib_test

import (
	"math/rand"
	"strings"
	"testing"

	"wippylua"
	"wippylua/vm"
)

// sortDriver sorts t = {v1, ..., vn} with the comparator cmp and returns
// ok, the error and the table, from Lua.
const sortDriver = `
return function(vals, cmp)
  local t = {}
  for i = 1, #vals do t[i] = vals[i] end
  local ok, err = pcall(table.sort, t, cmp)
  return ok, err, t
end
`

type sortHarness struct {
	st     *wippylua.State
	driver vm.Value
}

func newSortHarness(t testing.TB) *sortHarness {
	st := wippylua.New(wippylua.Options{})
	res, err := st.DoString(sortDriver, "=sortdriver")
	if err != nil || len(res) != 1 {
		t.Fatalf("driver: %v", err)
	}
	return &sortHarness{st: st, driver: res[0]}
}

// run sorts vals with a Go comparator and checks what must hold whatever
// the comparator answers: no internal error, no error but "invalid order
// function", and the table still holds the same values.
func (h *sortHarness) run(t testing.TB, vals []int64, answer func(a, b int64) bool) {
	t.Helper()
	tb := vm.NewTable(len(vals), 0)
	for i, v := range vals {
		tb.SetInt(int64(i+1), vm.Int(v))
	}
	n := int64(len(vals))
	calls, limit := int64(0), 4*n*n+1000
	cmp := vm.NewGoFunction("cmp", func(th *vm.Thread) int {
		calls++
		if calls > limit {
			th.Errorf("runaway sort: %d comparisons for %d elements", calls, n)
		}
		th.Push(vm.Bool(answer(th.Arg(1).AsInt(), th.Arg(2).AsInt())))
		return 1
	})
	res, err := h.st.Call(h.driver, vm.TableValue(tb), vm.FunctionValue(cmp))
	if err != nil {
		t.Fatalf("driver failed: %v", err)
	}
	if !res[0].Truthy() {
		if e := res[1]; !e.IsString() || !strings.HasSuffix(e.AsString(), "invalid order function for sorting") {
			t.Fatalf("sort of %d elements failed with %v", n, e.AsString())
		}
	}
	out := res[2].AsTable()
	count := map[int64]int{}
	for _, v := range vals {
		count[v]++
	}
	for i := int64(1); i <= n; i++ {
		v := out.GetInt(i)
		if !v.IsInt() {
			t.Fatalf("element %d is %v after sorting", i, v.TypeName())
		}
		count[v.AsInt()]--
	}
	for v, c := range count {
		if c != 0 {
			t.Fatalf("value %d: count off by %d after sorting", v, c)
		}
	}
}

// TestSortInconsistentComparators sorts with comparators that answer at
// random, always true, always false, or by a broken rule: table.sort must
// end (with or without "invalid order function for sorting") and leave a
// permutation of the elements.
func TestSortInconsistentComparators(t *testing.T) {
	h := newSortHarness(t)
	r := rand.New(rand.NewSource(1))
	comparators := map[string]func(a, b int64) bool{
		"random": func(a, b int64) bool { return r.Intn(2) == 0 },
		"true":   func(a, b int64) bool { return true },
		"false":  func(a, b int64) bool { return false },
		"le":     func(a, b int64) bool { return a <= b },
		"mod":    func(a, b int64) bool { return a%7 < b%5 },
		"biased": func(a, b int64) bool { return r.Intn(10) != 0 && a < b },
	}
	for name, cmp := range comparators {
		for _, n := range []int{0, 1, 2, 3, 4, 5, 7, 16, 99, 100, 101, 257, 1000, 3000} {
			vals := make([]int64, n)
			for i := range vals {
				vals[i] = int64(r.Intn(n + 1))
			}
			t.Run(name, func(t *testing.T) { h.run(t, vals, cmp) })
		}
	}
}

// TestSortMutatingComparator lets the comparator change the table being
// sorted: the result is unspecified, but nothing may break.
func TestSortMutatingComparator(t *testing.T) {
	st := wippylua.New(wippylua.Options{})
	_, err := st.DoString(`
		local seed = 3
		local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648; return (seed >> 8) % n end
		for round = 1, 200 do
		  local t = {}
		  for i = 1, 1 + rnd(60) do t[i] = rnd(100) end
		  local ok, err = pcall(table.sort, t, function(a, b)
		    local k = rnd(12)
		    if k == 0 then t[rnd(#t + 2)] = nil
		    elseif k == 1 then t[#t + 1] = rnd(100)
		    elseif k == 2 then setmetatable(t, {__index = function() return 0 end})
		    elseif k == 3 then setmetatable(t, nil)
		    elseif k == 4 then t[rnd(#t) + 1] = "s" end
		    if type(a) ~= "number" or type(b) ~= "number" then return false end
		    return a < b
		  end)
		  if not ok and tostring(err):find("internal error", 1, true) then error(err) end
		end
	`, "=mutating")
	if err != nil {
		t.Fatal(err)
	}
}

// FuzzSort sorts fuzzed values with a comparator driven by the fuzzed
// answers (or '<' when the first byte is even).
func FuzzSort(f *testing.F) {
	f.Add([]byte{1, 5, 3, 9, 2, 7, 7, 0, 1, 1, 0})
	f.Add([]byte{0, 3, 3, 3, 3, 3, 3, 3})
	f.Add([]byte{3, 255, 0, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
	h := newSortHarness(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) < 2 {
			return
		}
		mode := data[0]
		n := len(data) / 2
		vals := make([]int64, n)
		for i := range vals {
			vals[i] = int64(data[1+i] % 16)
		}
		answers := data[1+n:]
		k := 0
		cmp := func(a, b int64) bool { return a < b }
		if mode%2 == 1 && len(answers) > 0 {
			cmp = func(a, b int64) bool {
				k++
				return answers[k%len(answers)]&(1<<(k%8)) != 0
			}
		}
		h.run(t, vals, cmp)
	})
}
