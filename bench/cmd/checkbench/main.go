// Command checkbench measures the speed of the type checker (package
// typecheck, `wippy-lua check`) on generated typed code and writes the
// "Type checker speed" section of bench/RESULTS.md.
//
//	go run ./bench/cmd/checkbench                  # 100,000 and 200,000 lines, 7 runs
//	go run ./bench/cmd/checkbench -runs 11 -note "machine shared with other jobs"
//	go run ./bench/cmd/checkbench -lines 20000 -runs 3 -out ""   # quick look, print only
//	go run ./bench/cmd/checkbench -cpuprofile cpu.out -memprofile mem.out
//
// It generates two inputs with bench/typedgen, of -lines and twice as many
// lines (the same modules, then more), and times parsing and checking
// each, -runs times, alternating the two inputs and their order from run
// to run so that a change in the machine's load spreads over both. Every
// measurement runs in a fresh process (this program started again with
// -measure), as every `wippy-lua check` does: in one long-lived process
// the larger input would pay alone for memory the collector returned to
// the system after the previous run, which made it look slower than it
// is. The process generates the input, checks a small chunk (loading the
// library declarations, a fixed cost of the first check), then times the
// parse and the check and prints its figures.
//
// The report gives the median wall-clock time of parsing, of checking and
// of both, the best time, the median CPU time of both (user and system,
// all threads: the collector works on other threads), the bytes
// allocated, and the ratios of the larger input's figures to the
// smaller's: checking cost grows linearly when they are near 2. The
// section replaces the one already in the file (or is appended), leaving
// the rest of the file as it is. The profiles are of a check of the
// larger input in this process.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"time"

	"wippylua/ast"
	"wippylua/bench/machine"
	"wippylua/bench/typedgen"
	"wippylua/parser"
	"wippylua/typecheck"
)

// heading starts the section this command owns in RESULTS.md.
const heading = "## Type checker speed"

type config struct {
	lines      int
	runs       int
	seed       uint64
	out        string
	note       string
	cpuprofile string
	memprofile string
}

func main() {
	var cfg config
	measureLines := flag.Int("measure", 0, "measure one parse and check of an input of this many lines and print the figures (used by the runner itself)")
	flag.IntVar(&cfg.lines, "lines", 100_000, "lines of the smaller input; the larger has twice as many")
	flag.IntVar(&cfg.runs, "runs", 7, "timed runs of each input (medians are reported)")
	flag.Uint64Var(&cfg.seed, "seed", 1, "seed of the generated code")
	flag.StringVar(&cfg.out, "out", "bench/RESULTS.md", "Markdown file whose section to update (relative to the repository root); empty: print only")
	flag.StringVar(&cfg.note, "note", "", "free text added to the section (for example about the machine's load)")
	flag.StringVar(&cfg.cpuprofile, "cpuprofile", "", "write a CPU profile of checking the larger input to this file")
	flag.StringVar(&cfg.memprofile, "memprofile", "", "write an allocation profile to this file (of the runner's process: pprof -focus=typecheck.Check for the checker)")
	flag.Parse()
	if flag.NArg() != 0 || cfg.lines < 100 || cfg.runs < 1 {
		fmt.Fprintln(os.Stderr, "usage: checkbench [-lines n] [-runs n] [-seed n] [-out file] [-note text] [-cpuprofile file] [-memprofile file]")
		os.Exit(2)
	}
	if cfg.memprofile != "" {
		// Sample finely from the start (the rate must not change later):
		// the profile covers the whole process, and pprof
		// -focus=typecheck.Check shows the checker alone.
		runtime.MemProfileRate = 4096
	}
	var err error
	if *measureLines > 0 {
		err = measureHere(*measureLines, cfg.seed)
	} else {
		err = run(&cfg)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "checkbench:", err)
		os.Exit(1)
	}
}

// input is one generated program and its measurements.
type input struct {
	name  string
	n     int // lines asked of the generator
	lines int // lines generated
	bytes int
	runs  []sample
}

// sample is one timed parse and check.
type sample struct {
	parse, check, cpu time.Duration
	alloc             uint64 // bytes
}

func run(cfg *config) error {
	root, err := machine.Root()
	if err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	rep := &report{cfg: cfg, started: time.Now().UTC(), machine: machine.Describe(root), loadBefore: machine.LoadAverage()}
	for _, n := range []int{cfg.lines, 2 * cfg.lines} {
		src := typedgen.Generate(n, cfg.seed)
		in := &input{name: kilo(n), n: n, lines: strings.Count(src, "\n"), bytes: len(src)}
		// The input must check clean, or the checker does not do all its
		// work.
		if ds := parseCheck(src); len(ds) > 0 {
			return fmt.Errorf("the generated %s input has %d diagnostics, first: %s", in.name, len(ds), ds[0])
		}
		rep.inputs = append(rep.inputs, in)
	}
	for r := 0; r < cfg.runs; r++ {
		fmt.Fprintf(os.Stderr, "run %d/%d\n", r+1, cfg.runs)
		for i := range rep.inputs {
			in := rep.inputs[(i+r)%len(rep.inputs)]
			s, err := measureIn(self, in.n, cfg.seed)
			if err != nil {
				return err
			}
			in.runs = append(in.runs, s)
		}
	}
	rep.loadAfter = machine.LoadAverage()
	if err := profile(cfg, typedgen.Generate(2*cfg.lines, cfg.seed)); err != nil {
		return err
	}
	md := rep.markdown()
	fmt.Print(md)
	if cfg.out == "" {
		return nil
	}
	out := cfg.out
	if !filepath.IsAbs(out) {
		out = filepath.Join(root, out)
	}
	old, err := os.ReadFile(out)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := os.WriteFile(out, []byte(replaceSection(string(old), heading, md)), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "updated %s\n", out)
	return nil
}

// measureIn runs one measurement in a new process (self -measure).
func measureIn(self string, lines int, seed uint64) (sample, error) {
	cmd := exec.Command(self, "-measure", strconv.Itoa(lines), "-seed", strconv.FormatUint(seed, 10))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return sample{}, fmt.Errorf("measuring %d lines: %v: %s", lines, err, strings.TrimSpace(stderr.String()))
	}
	var s sample
	var parse, check, cpu int64
	if _, err := fmt.Sscanf(string(out), "parse_ns %d check_ns %d cpu_ns %d alloc_bytes %d", &parse, &check, &cpu, &s.alloc); err != nil {
		return sample{}, fmt.Errorf("measuring %d lines: unexpected output %q", lines, out)
	}
	s.parse, s.check, s.cpu = time.Duration(parse), time.Duration(check), time.Duration(cpu)
	return s, nil
}

// measureHere is the child's side: generate, warm up, time one parse and
// check, print the figures.
func measureHere(lines int, seed uint64) error {
	src := typedgen.Generate(lines, seed)
	if ds := parseCheck("local x: number = 1"); len(ds) > 0 {
		return fmt.Errorf("warm-up: %s", ds[0])
	}
	s := measure(src)
	fmt.Printf("parse_ns %d check_ns %d cpu_ns %d alloc_bytes %d\n", s.parse, s.check, s.cpu, s.alloc)
	return nil
}

// parseCheck parses and checks src as `wippy-lua check` does a file.
func parseCheck(src string) []typecheck.Diagnostic {
	chunk, err := parser.ParseString(src, "=input")
	if err != nil {
		return []typecheck.Diagnostic{{Message: err.Error()}}
	}
	return check(chunk)
}

// check checks a chunk with the configuration `wippy-lua check` uses.
func check(chunk *ast.Chunk) []typecheck.Diagnostic {
	_, ds := typecheck.Check(chunk, &typecheck.Config{File: "input", OmitTypes: true})
	return ds
}

// measure times one parse and check of src.
func measure(src string) sample {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu0 := machine.CPUTime()
	t0 := time.Now()
	chunk, err := parser.ParseString(src, "=input")
	t1 := time.Now()
	if err != nil {
		panic(err) // it parsed before
	}
	check(chunk)
	t2 := time.Now()
	cpu := machine.CPUTime() - cpu0
	runtime.ReadMemStats(&after)
	return sample{parse: t1.Sub(t0), check: t2.Sub(t1), cpu: cpu, alloc: after.TotalAlloc - before.TotalAlloc}
}

// profile writes the profiles asked for, of one more check of src.
func profile(cfg *config, src string) error {
	if cfg.cpuprofile == "" && cfg.memprofile == "" {
		return nil
	}
	chunk, err := parser.ParseString(src, "=input")
	if err != nil {
		return err
	}
	if cfg.cpuprofile != "" {
		f, err := os.Create(cfg.cpuprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		// One check is short for a CPU profile: repeat it.
		for i := 0; i < 5; i++ {
			check(chunk)
		}
		pprof.StopCPUProfile()
	}
	if cfg.memprofile != "" {
		check(chunk)
		f, err := os.Create(cfg.memprofile)
		if err != nil {
			return err
		}
		defer f.Close()
		return pprof.Lookup("allocs").WriteTo(f, 0)
	}
	return nil
}

// replaceSection returns doc with the section starting at the line
// heading (up to the next "## " heading) replaced by section, or with
// section appended when there is none.
func replaceSection(doc, heading, section string) string {
	section = strings.TrimRight(section, "\n") + "\n"
	lines := strings.SplitAfter(doc, "\n")
	start := -1
	for i, l := range lines {
		if strings.TrimRight(l, "\n") == heading {
			start = i
			break
		}
	}
	if start < 0 {
		if doc == "" {
			return section
		}
		return strings.TrimRight(doc, "\n") + "\n\n" + section
	}
	end := len(lines)
	for i := start + 1; i < len(lines); i++ {
		if strings.HasPrefix(lines[i], "## ") {
			end = i
			break
		}
	}
	rest := strings.Join(lines[end:], "")
	if rest != "" {
		section += "\n"
	}
	return strings.Join(lines[:start], "") + section + rest
}

// kilo writes a line count as "100k".
func kilo(n int) string {
	if n%1000 == 0 {
		return fmt.Sprintf("%dk", n/1000)
	}
	return fmt.Sprint(n)
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}
