package lstrings

import (
	"reflect"
	"testing"
)

// FuzzMatcherSkip checks the shortcut Find takes when a pattern starts with
// a single-character class (skipping positions where it cannot match)
// against the plain position-by-position search: same matches, captures
// and errors.
func FuzzMatcherSkip(f *testing.F) {
	for _, p := range []string{"a", "%d+", "[ab]c", "[^%s]+", "x%", "[a", "%a(%d)", "a-b", "b?", "%1", "$", ".", "%w%"} {
		f.Add("xx a1 ab abc  b2c", p, 0)
	}
	f.Fuzz(func(t *testing.T, src, pat string, last int) {
		if len(src) > 200 || len(pat) > 40 {
			return
		}
		type result struct {
			S, E int
			Err  error
			Caps []Capture
		}
		run := func(skip bool, init int) result {
			m := Matcher{MaxSteps: 50000}
			m.Reset(src, pat)
			if !skip {
				m.firstEnd, m.literal = 0, false
			}
			s, e, err := m.Find(init, false, last%(len(src)+2)-1)
			r := result{S: s, E: e, Err: err}
			if err == nil && s >= 0 {
				r.Caps = append(r.Caps, m.caps[:m.level]...)
			}
			return r
		}
		for init := 0; init <= len(src); init += 1 + len(src)/4 {
			a, b := run(true, init), run(false, init)
			if a.Err != nil && a.Err.Error() == "pattern too complex" || b.Err != nil && b.Err.Error() == "pattern too complex" {
				continue // the step budget is spent differently
			}
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("Find(%q, %q, %d): with shortcut %+v, without %+v", src, pat, init, a, b)
			}
		}
	})
}
