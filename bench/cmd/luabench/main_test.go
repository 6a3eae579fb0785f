package main

import (
	"encoding/xml"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"wippylua"
)

// The generated file must compile: a compile error would make the
// compilation benchmark time an error path instead of the compiler.
func TestGeneratedCompiles(t *testing.T) {
	src := generate(300_000, compileSeed)
	if len(src) < 300_000 || len(src) > 400_000 {
		t.Fatalf("generated %d bytes for a target of 300000", len(src))
	}
	if _, err := wippylua.Compile([]byte(src), "@generated.lua"); err != nil {
		t.Fatalf("wippy-lua rejects the generated code: %v", err)
	}
	if generate(300_000, compileSeed) != src {
		t.Fatal("generation is not deterministic")
	}
	// luac5.3 is the judge when it is installed.
	if luac, err := exec.LookPath("luac5.3"); err == nil {
		file := filepath.Join(t.TempDir(), "gen.lua")
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := exec.Command(luac, "-p", file).CombinedOutput(); err != nil {
			t.Fatalf("luac5.3 rejects the generated code: %v\n%s", err, out)
		}
	}
}

func TestMedianGeomean(t *testing.T) {
	if m := median([]float64{3, 1, 2}); m != 2 {
		t.Errorf("median odd = %v", m)
	}
	if m := median([]float64{4, 1, 3, 2}); m != 2.5 {
		t.Errorf("median even = %v", m)
	}
	if g, n := geomean([]float64{2, 8, math.NaN()}); math.Abs(g-4) > 1e-12 || n != 2 {
		t.Errorf("geomean = %v, %d", g, n)
	}
}

func TestFirstDifference(t *testing.T) {
	got := firstDifference([]byte("a\nb\n"), []byte("a\nc\n"))
	if !strings.Contains(got, "line 2") {
		t.Errorf("firstDifference = %q", got)
	}
}

// The report and the chart must be produced whatever failed, and the
// chart must be well-formed XML.
func TestReportAndChart(t *testing.T) {
	ok := func(wall time.Duration, out string) *cell {
		return &cell{status: "ok", samples: []sample{{wall: wall, cpu: wall, rssKB: 4096, out: []byte(out)}}}
	}
	rep := &report{
		runs:    1,
		started: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC),
		engines: map[string]*engine{wippy: {name: wippy}, ref: {name: ref}, gopher: {name: gopher}},
		programs: []*programResult{
			{name: "fast", cells: map[string]*cell{wippy: ok(time.Second, "1"), ref: ok(2*time.Second, "1"), gopher: ok(4*time.Second, "1")}},
			{name: "broken", cells: map[string]*cell{
				wippy: {status: "error", detail: "x.lua:1: boom <&>", samples: []sample{{wall: time.Second, err: "boom"}}},
				ref:   ok(time.Second, "1"), gopher: ok(3*time.Second, "1")}},
		},
	}
	md := rep.markdown()
	for _, want := range []string{"| fast |", "0.50×", "| broken |", "✗", "boom"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
	svg := rep.svg()
	d := xml.NewDecoder(strings.NewReader(svg))
	for {
		_, err := d.Token()
		if err != nil {
			if err.Error() != "EOF" {
				t.Fatalf("chart is not well-formed XML: %v\n%s", err, svg)
			}
			break
		}
	}
}
