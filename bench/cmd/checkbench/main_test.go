package main

import (
	"strings"
	"testing"
	"time"
)

func TestReplaceSection(t *testing.T) {
	section := heading + "\n\nnew text\n"
	cases := []struct{ doc, want string }{
		{"", section},
		{"# Results\n\n## Time\n\nold\n", "# Results\n\n## Time\n\nold\n\n" + section},
		{"# R\n\n" + heading + "\n\nold\nmore\n\n## Next\n\nkept\n", "# R\n\n" + section + "\n## Next\n\nkept\n"},
		{"# R\n\n" + heading + "\n\nold\n", "# R\n\n" + section},
		// A heading that only starts like ours is another section.
		{"# R\n\n" + heading + " (old)\n\nx\n", "# R\n\n" + heading + " (old)\n\nx\n\n" + section},
	}
	for _, c := range cases {
		if got := replaceSection(c.doc, heading, section); got != c.want {
			t.Errorf("replaceSection(%q)\n got %q\nwant %q", c.doc, got, c.want)
		}
	}
	// Replacing twice gives the same document.
	once := replaceSection(cases[2].doc, heading, section)
	if twice := replaceSection(once, heading, section); twice != once {
		t.Errorf("not idempotent: %q", twice)
	}
}

func TestMedian(t *testing.T) {
	if m := median([]float64{3, 1, 2}); m != 2 {
		t.Errorf("median of 3 values: %v", m)
	}
	if m := median([]float64{4, 1, 3, 2}); m != 2.5 {
		t.Errorf("median of 4 values: %v", m)
	}
}

// A small measurement end to end: the report has both inputs and the
// ratio line.
func TestReport(t *testing.T) {
	cfg := &config{lines: 300, runs: 1, seed: 1}
	rep := &report{cfg: cfg, started: time.Now()}
	for _, n := range []int{300, 600} {
		in := &input{name: kilo(n), n: n, lines: n, bytes: 2 * n}
		in.runs = []sample{{parse: time.Duration(n) * time.Microsecond, check: time.Duration(2*n) * time.Microsecond, cpu: time.Duration(3*n) * time.Microsecond, alloc: uint64(1000 * n)}}
		rep.inputs = append(rep.inputs, in)
	}
	md := rep.markdown()
	for _, want := range []string{heading + "\n", "| 300 | 300 |", "| 600 | 600 |", "| **600 ÷ 300** | 2.00× | | 2.00× | 2.00× | **2.00×** | 2.00× | 2.00× | 2.00× |"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
}
