package main

import (
	"encoding/xml"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"wippylua"
	"wippylua/bench/machine"
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
		return &cell{status: "ok", samples: []sample{{wall: wall, cpu: wall, rssKB: 4096 * int64(wall/time.Second), privKB: 512 * int64(wall/time.Second), out: []byte(out)}}}
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
	for _, want := range []string{"| fast |", "0.50×", "| broken |", "✗", "boom",
		"| private: wippy-lua | private: lua5.3 | private: wippy-lua ÷ lua5.3 |",
		"| fast | 4.0 MiB | 8.0 MiB | 16.0 MiB | 0.50× | 0.25× | 512 KiB | 1.0 MiB | 0.50× |"} {
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

// The helper's report becomes a sample; a failed run is described with
// the program's status and the first line of its standard error.
func TestSampleFill(t *testing.T) {
	report := `{"wall_ns":2000000,"user_ns":300,"sys_ns":200,"maxrss_kb":2600,"exit_code":0,"signal":0,"anon_peak_kb":180,"shmem_peak_kb":0,"hwm_kb":2500,"samples":3}`
	var s sample
	s.fill([]byte(report), "")
	if want := (sample{wall: 2 * time.Millisecond, cpu: 500, rssKB: 2600, privKB: 180}); s.wall != want.wall || s.cpu != want.cpu || s.rssKB != want.rssKB || s.privKB != want.privKB || s.err != "" {
		t.Errorf("fill = %+v, want %+v", s, want)
	}
	for _, c := range []struct{ report, stderr, want string }{
		{`{"exit_code":3,"signal":0}`, "lua5.3: x.lua:1: boom\nstack traceback:", "exit status 3: lua5.3: x.lua:1: boom"},
		{`{"exit_code":-1,"signal":9}`, "", "killed by signal 9 (killed)"},
		{``, "", "rusage helper: bad report"},
	} {
		var s sample
		s.fill([]byte(c.report), c.stderr)
		if !strings.HasPrefix(s.err, c.want) {
			t.Errorf("fill(%s) error %q, want %q", c.report, s.err, c.want)
		}
	}
}

// Through the helper, a small program's peak RSS is its own, not the
// runner's: this test process touches far more memory than the child.
func TestRunOnceThroughHelper(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh on the PATH:", err)
	}
	root, err := machine.Root()
	if err != nil {
		t.Fatal(err)
	}
	helper, err := buildHelper(root, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	cfg := &config{helper: helper, timeout: time.Minute}

	const ballastMB = 128
	ballast := make([]byte, ballastMB<<20)
	for i := 0; i < len(ballast); i += 4096 {
		ballast[i] = 1
	}
	s := runOnce(cfg, []string{sh, "-c", "echo out; echo err >&2; exit 3"}, t.TempDir())
	runtime.KeepAlive(ballast)
	if string(s.out) != "out\n" || !strings.HasPrefix(s.err, "exit status 3: err") {
		t.Errorf("output %q, error %q", s.out, s.err)
	}
	t.Logf("sh after the runner touched %d MiB: peak RSS %d KiB", ballastMB, s.rssKB)
	if s.rssKB <= 0 || s.rssKB >= ballastMB<<10/2 {
		t.Errorf("peak RSS of sh = %d KiB: the runner's peak shows through", s.rssKB)
	}

	if s := runOnce(cfg, []string{filepath.Join(t.TempDir(), "missing")}, t.TempDir()); !strings.HasPrefix(s.err, "rusage helper:") {
		t.Errorf("a missing program gave error %q", s.err)
	}
}
