package main

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// sample is one run of one program on one engine, as measured by the
// rusage helper (see run.go).
type sample struct {
	wall   time.Duration
	cpu    time.Duration // user + system time of the child
	rssKB  int64         // peak resident set size (ru_maxrss, KiB)
	privKB int64         // largest RssAnon sampled every 10 ms (KiB); 0 when no sample was taken
	out    []byte
	err    string // empty when the run exited 0
}

func (s sample) short() string {
	if s.err != "" {
		return "ERROR " + s.err
	}
	return fmt.Sprintf("cpu %.3fs rss %s private %s", s.cpu.Seconds(), formatKB(s.rssKB), formatKB(s.privKB))
}

// cell is the measurements of one program on one engine, with the verdict
// of the output check.
type cell struct {
	samples []sample
	status  string // "ok", "error", "mismatch"; "" before check
	detail  string
}

func (c *cell) ok() bool { return c != nil && c.status == "ok" }

// metrics gives the value of each metric in a sample. Tables and ratios
// use the median over a cell's samples: for the memory metrics, the median
// of each run's peak, since the peak of a single run is what a user of
// that program would see.
var metrics = map[string]func(sample) float64{
	"wall":    func(s sample) float64 { return float64(s.wall) },
	"cpu":     func(s sample) float64 { return float64(s.cpu) },
	"rss":     func(s sample) float64 { return float64(s.rssKB) },
	"private": func(s sample) float64 { return float64(s.privKB) },
}

func (c *cell) median(metric string) float64 {
	f := metrics[metric]
	if f == nil {
		panic("unknown metric " + metric)
	}
	v := make([]float64, len(c.samples))
	for i, s := range c.samples {
		v[i] = f(s)
	}
	return median(v)
}

func (c *cell) medianWall() time.Duration { return time.Duration(c.median("wall")) }

func (c *cell) medianCPU() time.Duration { return time.Duration(c.median("cpu")) }

// median of v (the mean of the middle two for an even count); NaN when
// empty.
func median(v []float64) float64 {
	if len(v) == 0 {
		return math.NaN()
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}

// geomean of the positive finite values of v, and how many there were.
func geomean(v []float64) (float64, int) {
	sum, n := 0.0, 0
	for _, x := range v {
		if x > 0 && !math.IsInf(x, 0) && !math.IsNaN(x) {
			sum += math.Log(x)
			n++
		}
	}
	if n == 0 {
		return math.NaN(), 0
	}
	return math.Exp(sum / float64(n)), n
}

type programResult struct {
	name  string
	cells map[string]*cell
}

// check gives each cell its verdict. The expected output is lua5.3's
// (first successful run) or, failing that, the committed
// programs/NAME.out. It
// returns notes for the report: stale expectation files, and lua5.3
// itself failing, which would make the program useless as a benchmark.
func (pr *programResult) check(cfg *config) []string {
	var notes []string
	expFile := filepath.Join(cfg.programsDir, pr.name+".out")
	committed, errExp := os.ReadFile(expFile)
	var expected []byte
	haveExpected := false
	if rc := pr.cells[ref]; rc != nil {
		for _, s := range rc.samples {
			if s.err == "" {
				expected, haveExpected = s.out, true
				break
			}
		}
		if haveExpected && errExp == nil && !bytes.Equal(committed, expected) {
			notes = append(notes, fmt.Sprintf("%s: lua5.3's output differs from the committed %s.out (regenerate with -update-expected)", pr.name, pr.name))
		}
	}
	if !haveExpected && errExp == nil {
		expected, haveExpected = committed, true
	}
	for _, name := range engineOrder {
		c := pr.cells[name]
		if c == nil {
			continue
		}
		c.status = "ok"
		for _, s := range c.samples {
			if s.err != "" {
				c.status, c.detail = "error", s.err
				break
			}
			if haveExpected && !bytes.Equal(s.out, expected) {
				c.status, c.detail = "mismatch", firstDifference(expected, s.out)
				break
			}
		}
	}
	if !haveExpected {
		notes = append(notes, fmt.Sprintf("%s: no expected output (lua5.3 failed or is missing, and there is no %s.out): outputs were not checked", pr.name, pr.name))
	}
	return notes
}

// firstDifference describes the first line where got differs from want.
func firstDifference(want, got []byte) string {
	wl := strings.Split(string(want), "\n")
	gl := strings.Split(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g || i >= len(wl) || i >= len(gl) {
			return fmt.Sprintf("line %d: got %q, want %q", i+1, clip(g, 60), clip(w, 60))
		}
	}
	return "outputs differ"
}

func clip(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}

// formatKB writes a size in MiB, or in KiB below 1 MiB, where a tenth of a
// MiB would be too coarse (lua5.3's private peaks are a few hundred KiB).
func formatKB(kb int64) string {
	if kb < 1024 {
		return fmt.Sprintf("%d KiB", kb)
	}
	return fmt.Sprintf("%.1f MiB", float64(kb)/1024)
}
