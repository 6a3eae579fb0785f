// Command luabench compares wippy-lua with the reference interpreter
// (lua5.3) and with gopher-lua on the programs in bench/programs, and
// times the compilation of a large generated Lua file. It writes a
// Markdown report (bench/RESULTS.md) and an SVG chart (bench/results.svg).
//
// Run it from anywhere inside the repository:
//
//	go run ./bench/cmd/luabench               # 5 runs of each program on each engine
//	go run ./bench/cmd/luabench -quick        # 1 run each: a smoke test
//	go run ./bench/cmd/luabench -runs 3 -filter 'fib|nbody'
//
// Every run is started and measured by the rusage helper (bench/cmd/rusage,
// built with the engines; run.go says why). Engines that are not available
// (no lua5.3 on the PATH, gopher-lua not buildable) are left out with a
// note in the report. Every engine's standard output must equal lua5.3's:
// a program that fails or prints something else is reported as such, and
// its ratios are left out of the geometric means, since the time of a
// wrong answer means nothing.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"wippylua/bench/machine"
)

// Engine names, used as keys everywhere and shown in the report.
const (
	wippy  = "wippy-lua"
	ref    = "lua5.3"
	gopher = "gopher-lua"
)

// engineOrder is the column order of the report and the rotation order of
// the runs.
var engineOrder = []string{wippy, ref, gopher}

type config struct {
	runs        int
	filter      *regexp.Regexp
	out         string
	svg         string
	quick       bool
	timeout     time.Duration
	compileMB   float64
	note        string
	updateExp   bool
	root        string // repository root
	programsDir string
	helper      string // the rusage helper, which starts and measures every run
}

func main() {
	var cfg config
	var filter string
	flag.IntVar(&cfg.runs, "runs", 5, "runs of each program on each engine (the median is reported)")
	flag.StringVar(&filter, "filter", "", "regexp selecting programs by name (\"compile\" selects the compilation benchmark)")
	flag.StringVar(&cfg.out, "out", "bench/RESULTS.md", "Markdown report to write (relative to the repository root)")
	flag.StringVar(&cfg.svg, "svg", "", "SVG chart to write (default: results.svg beside -out)")
	flag.BoolVar(&cfg.quick, "quick", false, "one run of everything, for a smoke test")
	flag.DurationVar(&cfg.timeout, "timeout", 3*time.Minute, "limit for one run of one program")
	flag.Float64Var(&cfg.compileMB, "compile-mb", 5, "size in MB of the generated file for the compilation benchmark")
	flag.StringVar(&cfg.note, "note", "", "free text added to the report (for example about the machine's load)")
	flag.BoolVar(&cfg.updateExp, "update-expected", false, "only run lua5.3 once on each program and write its output to programs/NAME.out")
	flag.Parse()
	if flag.NArg() != 0 {
		fmt.Fprintln(os.Stderr, "luabench: unexpected arguments:", flag.Args())
		os.Exit(2)
	}
	if cfg.quick {
		cfg.runs = 1
	}
	if cfg.runs < 1 {
		fmt.Fprintln(os.Stderr, "luabench: -runs must be at least 1")
		os.Exit(2)
	}
	re, err := regexp.Compile(filter)
	if err != nil {
		fmt.Fprintln(os.Stderr, "luabench: -filter:", err)
		os.Exit(2)
	}
	cfg.filter = re
	if err := run(&cfg); err != nil {
		fmt.Fprintln(os.Stderr, "luabench:", err)
		os.Exit(1)
	}
}

func run(cfg *config) error {
	root, err := machine.Root()
	if err != nil {
		return err
	}
	cfg.root = root
	cfg.programsDir = filepath.Join(root, "bench", "programs")
	if !filepath.IsAbs(cfg.out) {
		cfg.out = filepath.Join(root, cfg.out)
	}
	if cfg.svg == "" {
		cfg.svg = filepath.Join(filepath.Dir(cfg.out), "results.svg")
	} else if !filepath.IsAbs(cfg.svg) {
		cfg.svg = filepath.Join(root, cfg.svg)
	}

	// Fail now rather than after minutes of measurements.
	for _, f := range []string{cfg.out, cfg.svg} {
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			return err
		}
	}

	programs, err := listPrograms(cfg.programsDir, cfg.filter)
	if err != nil {
		return err
	}
	runCompile := cfg.filter.MatchString("compile")
	if len(programs) == 0 && !runCompile {
		return errors.New("no program matches the filter")
	}

	tmp, err := os.MkdirTemp("", "luabench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	fmt.Fprintln(os.Stderr, "building the rusage helper...")
	if cfg.helper, err = buildHelper(root, tmp); err != nil {
		return err
	}

	if cfg.updateExp {
		return updateExpected(cfg, programs)
	}

	rep := &report{runs: cfg.runs, quick: cfg.quick, note: cfg.note, started: time.Now(),
		machine: machine.Describe(root), loadBefore: machine.LoadAverage()}

	engines, notes, err := buildEngines(root, tmp, rep.machine)
	if err != nil {
		return err
	}
	rep.engines = engines
	rep.notes = append(rep.notes, notes...)

	if len(programs) > 0 {
		rep.programs, rep.expectNotes = runPrograms(cfg, engines, programs)
	}
	if runCompile {
		rep.compile = runCompileBench(cfg, engines, tmp)
	}
	rep.finished = time.Now()
	rep.loadAfter = machine.LoadAverage()

	md := rep.markdown() + keptSections(cfg.out)
	if err := os.WriteFile(cfg.out, []byte(md), 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(cfg.svg, []byte(rep.svg()), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wrote %s and %s\n", rel(root, cfg.out), rel(root, cfg.svg))
	fmt.Print(rep.summary())
	return nil
}

// updateExpected writes lua5.3's output of each program to NAME.out, the
// expectation used when lua5.3 is not installed.
func updateExpected(cfg *config, programs []string) error {
	path, err := exec.LookPath("lua5.3")
	if err != nil {
		return errors.New("-update-expected needs lua5.3 on the PATH")
	}
	for _, p := range programs {
		s := runOnce(cfg, []string{path, p + ".lua"}, cfg.programsDir)
		if s.err != "" {
			return fmt.Errorf("lua5.3 %s.lua: %s", p, s.err)
		}
		file := filepath.Join(cfg.programsDir, p+".out")
		if err := os.WriteFile(file, s.out, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "wrote %s\n", rel(cfg.root, file))
	}
	return nil
}

func listPrograms(dir string, filter *regexp.Regexp) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.lua"))
	if err != nil {
		return nil, err
	}
	var names []string
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".lua")
		if filter.MatchString(name) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names, nil
}

// engine is one interpreter: the command that runs a Lua file is argv
// followed by the file name.
type engine struct {
	name    string
	argv    []string
	version string
}

// buildEngines builds wippy-lua and gopher-lua into tmp and finds lua5.3;
// m says what wippy-lua is built from.
// Only a failure to build wippy-lua is fatal: without it there is nothing
// to measure. The others are skipped with a note.
func buildEngines(root, tmp string, m machine.Info) (map[string]*engine, []string, error) {
	engines := map[string]*engine{}
	var notes []string

	bin := filepath.Join(tmp, "wippy-lua")
	fmt.Fprintln(os.Stderr, "building wippy-lua...")
	if err := goBuild(root, ".", bin, "./cmd/wippy-lua"); err != nil {
		return nil, nil, fmt.Errorf("building wippy-lua: %v", err)
	}
	engines[wippy] = &engine{name: wippy, argv: []string{bin, "run"}, version: "built from " + m.WorkingTree()}

	if path, err := exec.LookPath("lua5.3"); err == nil {
		out, _ := exec.Command(path, "-v").CombinedOutput()
		// "Lua 5.3.6  Copyright (C) 1994-2020 Lua.org, PUC-Rio"
		version, _, _ := strings.Cut(firstLine(string(out)), "  Copyright")
		engines[ref] = &engine{name: ref, argv: []string{path}, version: version}
	} else {
		notes = append(notes, "lua5.3 was not found on the PATH: its column and the ratios to it are left out, and outputs are checked against the committed programs/*.out files instead (apt-get install lua5.3).")
	}

	glua := filepath.Join(tmp, "glua")
	fmt.Fprintln(os.Stderr, "building gopher-lua...")
	if err := goBuild(root, filepath.Join("bench", "gopher"), glua, "."); err == nil {
		engines[gopher] = &engine{name: gopher, argv: []string{glua}, version: gopherVersion(root)}
	} else {
		notes = append(notes, fmt.Sprintf("gopher-lua could not be built (its module is downloaded from the Go module proxy), so its column is left out: %s", firstLine(err.Error())))
	}
	return engines, notes, nil
}

// gopherVersion reads the required version from bench/gopher/go.mod, which
// is what the build used.
func gopherVersion(root string) string {
	data, err := os.ReadFile(filepath.Join(root, "bench", "gopher", "go.mod"))
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(strings.TrimPrefix(strings.TrimSpace(line), "require"))
		if len(f) >= 2 && f[0] == "github.com/yuin/gopher-lua" {
			return "github.com/yuin/gopher-lua " + f[1]
		}
	}
	return ""
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

func rel(root, path string) string {
	if r, err := filepath.Rel(root, path); err == nil && !strings.HasPrefix(r, "..") {
		return r
	}
	return path
}

// runPrograms runs every program on every engine cfg.runs times. The loops
// are nested run-major and the engine order rotates from one program to
// the next, so that a burst of load from other jobs on a shared machine
// spreads over all engines and programs instead of hitting one of them.
func runPrograms(cfg *config, engines map[string]*engine, programs []string) ([]*programResult, []string) {
	results := make([]*programResult, len(programs))
	for i, p := range programs {
		results[i] = &programResult{name: p, cells: map[string]*cell{}}
		for name := range engines {
			results[i].cells[name] = &cell{}
		}
	}
	var present []string
	for _, name := range engineOrder {
		if engines[name] != nil {
			present = append(present, name)
		}
	}
	step := 0
	for r := 0; r < cfg.runs; r++ {
		for _, pr := range results {
			file := pr.name + ".lua"
			for k := range present {
				name := present[(k+step)%len(present)]
				s := runOnce(cfg, append(append([]string(nil), engines[name].argv...), file), cfg.programsDir)
				pr.cells[name].samples = append(pr.cells[name].samples, s)
				fmt.Fprintf(os.Stderr, "run %d/%d  %-14s %-10s %8.3fs %s\n", r+1, cfg.runs, pr.name, name, s.wall.Seconds(), s.short())
			}
			step++
		}
	}
	var notes []string
	for _, pr := range results {
		notes = append(notes, pr.check(cfg)...)
	}
	return results, notes
}

// keepMarker starts the part of the report that other runners
// (procbench, checkbench) and people write; luabench regenerates what
// comes before it and copies the rest unchanged.
const keepMarker = "<!-- Sections below are not generated by luabench; it keeps them. -->"

// keptSections returns the marker and everything after it in the old
// report at path, or just the marker when there is none.
func keptSections(path string) string {
	old, err := os.ReadFile(path)
	if err == nil {
		if i := strings.Index(string(old), keepMarker); i >= 0 {
			return "\n" + string(old[i:])
		}
	}
	return "\n" + keepMarker + "\n"
}
