package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

// sample is one run of one program on one engine.
type sample struct {
	wall  time.Duration
	cpu   time.Duration // user + system time of the child
	rssKB int64         // peak resident set size (ru_maxrss, KiB on Linux)
	out   []byte
	err   string // empty when the run exited 0
}

func (s sample) short() string {
	if s.err != "" {
		return "ERROR " + s.err
	}
	return fmt.Sprintf("cpu %.3fs rss %s", s.cpu.Seconds(), formatKB(s.rssKB))
}

// runOnce runs argv in dir and measures it. Standard input is empty,
// output is kept in memory for the comparison with lua5.3's.
func runOnce(ctx context.Context, argv []string, dir string, timeout time.Duration) sample {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	s := sample{wall: time.Since(start), out: stdout.Bytes()}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			s.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
			s.rssKB = ru.Maxrss
		}
	}
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		s.err = fmt.Sprintf("timed out after %v", timeout)
	case err != nil:
		msg := firstLine(stderr.String())
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			msg = strings.TrimSpace(fmt.Sprintf("exit status %d: %s", ee.ExitCode(), msg))
		} else {
			msg = err.Error()
		}
		s.err = msg
	}
	return s
}

// cell is the measurements of one program on one engine, with the verdict
// of the output check.
type cell struct {
	samples []sample
	status  string // "ok", "error", "mismatch"; "" before check
	detail  string
}

func (c *cell) ok() bool { return c != nil && c.status == "ok" }

func (c *cell) medianWall() time.Duration {
	return medianDur(c.samples, func(s sample) time.Duration { return s.wall })
}

func (c *cell) medianCPU() time.Duration {
	return medianDur(c.samples, func(s sample) time.Duration { return s.cpu })
}

// medianRSS is the median over the runs of each run's peak: the peak of a
// single run is what a user of that program would see.
func (c *cell) medianRSS() int64 {
	v := make([]float64, len(c.samples))
	for i, s := range c.samples {
		v[i] = float64(s.rssKB)
	}
	return int64(median(v))
}

func medianDur(samples []sample, f func(sample) time.Duration) time.Duration {
	v := make([]float64, len(samples))
	for i, s := range samples {
		v[i] = float64(f(s))
	}
	return time.Duration(median(v))
}

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

func formatKB(kb int64) string {
	return fmt.Sprintf("%.1f MiB", float64(kb)/1024)
}
