// Command procbench measures what wippy-lua's processes cost and compares
// them with Erlang's: the memory of an idle process, the spawn rate, and
// message round trips between two processes (package bench/procs, and
// bench/erlang/procbench.erl for Erlang), plus a demonstration that a
// million idle processes fit in memory. It prints a Markdown section for
// bench/RESULTS.md.
//
//	go run ./bench/cmd/procbench                 # 3 runs of everything
//	go run ./bench/cmd/procbench -runs 5 -out /tmp/procs.md
//	go run ./bench/cmd/procbench -million=false  # skip the 1,000,000 processes
//
// Every measurement runs in a fresh OS process (this program started
// again with -measure, or an Erlang VM), one after the other, the
// engines interleaved run by run, so that neither inherits the other's
// heap and a change in the machine's load spreads over both. Erlang needs
// erl and erlc on the PATH (Debian: apt-get install erlang-base); without
// them only wippy-lua's figures are reported.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"wippylua/bench/machine"
	"wippylua/bench/procs"
	"wippylua/stdlib"
)

// A measurement is run by both engines (erlang is the name procbench.erl
// knows it by, "" when only wippy-lua has it).
type measurement struct {
	name   string // -measure value
	erlang string
	n      *int
}

func main() {
	measure := flag.String("measure", "", "run one measurement in this process and print its figures (used by the runner itself)")
	n := flag.Int("n", 0, "size of the -measure measurement")
	runs := flag.Int("runs", 3, "runs of each measurement on each engine (median and best are reported)")
	idleN := flag.Int("idle", 100000, "idle processes for the memory measurement")
	spawnN := flag.Int("spawn", 1000000, "processes spawned for the spawn rate")
	pingN := flag.Int("ping", 1000000, "round trips for the ping-pong")
	million := flag.Bool("million", true, "also spawn 1,000,000 idle processes (once per engine)")
	out := flag.String("out", "", "file to write the Markdown to (default: standard output)")
	flag.Parse()
	if *measure != "" {
		if err := runMeasure(*measure, *n); err != nil {
			fmt.Fprintln(os.Stderr, "procbench:", err)
			os.Exit(1)
		}
		return
	}
	ms := []measurement{
		{"idle", "idle", idleN},
		{"spawn-lua", "spawn", spawnN},
		{"spawn-go", "", spawnN},
		{"pingpong", "pingpong", pingN},
	}
	rep, err := run(ms, *runs, *million)
	if err != nil {
		fmt.Fprintln(os.Stderr, "procbench:", err)
		os.Exit(1)
	}
	md := rep.markdown()
	if *out == "" {
		fmt.Print(md)
		return
	}
	if err := os.WriteFile(*out, []byte(md), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "procbench:", err)
		os.Exit(1)
	}
}

// runMeasure runs one measurement here and prints "name value" lines.
func runMeasure(what string, n int) error {
	o := procs.Options{Profile: stdlib.Sandbox}
	cpu0 := machine.CPUTime()
	switch what {
	case "idle":
		r, err := procs.IdleMemory(n, o)
		if err != nil {
			return err
		}
		fmt.Printf("idle_n %d\nidle_bytes_per_process %.1f\nidle_spawn_seconds %.6f\nidle_rss_bytes %d\n",
			r.N, r.BytesPerProcess, r.Spawn.Seconds(), r.RSS)
	case "spawn-lua", "spawn-go":
		d, err := procs.Spawn(n, what == "spawn-lua", o)
		if err != nil {
			return err
		}
		fmt.Printf("spawn_n %d\nspawn_seconds %.6f\n", n, d.Seconds())
	case "pingpong":
		d, err := procs.PingPong(n, o)
		if err != nil {
			return err
		}
		fmt.Printf("ping_n %d\nping_seconds %.6f\n", n, d.Seconds())
	default:
		return fmt.Errorf("unknown measurement %q", what)
	}
	fmt.Printf("cpu_seconds %.6f\n", (machine.CPUTime() - cpu0).Seconds())
	return nil
}

// figures are the "name value" lines of one run.
type figures map[string]float64

func parseFigures(out []byte) (figures, error) {
	f := figures{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		name, val, ok := strings.Cut(strings.TrimSpace(sc.Text()), " ")
		if !ok {
			continue
		}
		v, err := strconv.ParseFloat(val, 64)
		if err != nil {
			return nil, fmt.Errorf("bad line %q", sc.Text())
		}
		f[name] = v
	}
	if len(f) == 0 {
		return nil, fmt.Errorf("no figures in %q", out)
	}
	return f, nil
}

// engines runs measurements on wippy-lua (this executable with -measure)
// and Erlang (erl with the compiled procbench module, or none).
type engines struct {
	self   string
	erlDir string // where procbench.beam is; "" without Erlang
	otp    string
}

func newEngines(root string) (*engines, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	e := &engines{self: self}
	if _, err := exec.LookPath("erl"); err != nil {
		return e, nil
	}
	src := filepath.Join(root, "bench", "erlang", "procbench.erl")
	if _, err := os.Stat(src); err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "procbench")
	if err != nil {
		return nil, err
	}
	if out, err := exec.Command("erlc", "-o", dir, src).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("erlc: %v\n%s", err, out)
	}
	e.erlDir = dir
	otp, _ := exec.Command("erl", "-noshell", "-eval",
		`io:format("~s (ERTS ~s)", [erlang:system_info(otp_release), erlang:system_info(version)]), halt().`).Output()
	e.otp = string(otp)
	return e, nil
}

func (e *engines) wippy(what string, n int) (figures, error) {
	out, err := exec.Command(e.self, "-measure", what, "-n", strconv.Itoa(n)).Output()
	if err != nil {
		return nil, fmt.Errorf("wippy-lua %s: %v %s", what, err, stderrOf(err))
	}
	return parseFigures(out)
}

func (e *engines) erlang(what string, n int) (figures, error) {
	if what == "" || e.erlDir == "" {
		return nil, nil
	}
	// +P: the default limit of 262,144 processes is below a million.
	out, err := exec.Command("erl", "-noshell", "+P", "4000000", "-pa", e.erlDir,
		"-s", "procbench", "main", what, strconv.Itoa(n)).Output()
	if err != nil {
		return nil, fmt.Errorf("erlang %s: %v %s", what, err, stderrOf(err))
	}
	return parseFigures(out)
}

func stderrOf(err error) string {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return strings.TrimSpace(string(ee.Stderr))
	}
	return ""
}

// report holds every run's figures, by measurement and engine.
type report struct {
	runs     int
	results  map[string]map[string][]figures // measurement -> engine -> runs
	million  map[string]figures              // engine -> the 1,000,000 idle run
	ms       []measurement
	machine  machine.Info
	otp      string
	load     [2]string
	started  time.Time
	duration time.Duration
}

const (
	engWippy  = "wippy-lua"
	engErlang = "Erlang"
)

func run(ms []measurement, runs int, million bool) (*report, error) {
	root, err := machine.Root()
	if err != nil {
		return nil, err
	}
	e, err := newEngines(root)
	if err != nil {
		return nil, err
	}
	if e.erlDir != "" {
		defer os.RemoveAll(e.erlDir)
	}
	rep := &report{runs: runs, ms: ms, machine: machine.Describe(root), otp: e.otp, results: map[string]map[string][]figures{},
		million: map[string]figures{}, started: time.Now()}
	rep.load[0] = machine.LoadAverage()
	for r := 0; r < runs; r++ {
		for _, m := range ms {
			if rep.results[m.name] == nil {
				rep.results[m.name] = map[string][]figures{}
			}
			// Alternate which engine goes first.
			order := []string{engWippy, engErlang}
			if r%2 == 1 {
				order[0], order[1] = order[1], order[0]
			}
			for _, eng := range order {
				var f figures
				var err error
				if eng == engWippy {
					f, err = e.wippy(m.name, *m.n)
				} else {
					f, err = e.erlang(m.erlang, *m.n)
				}
				if err != nil {
					return nil, err
				}
				if f != nil {
					rep.results[m.name][eng] = append(rep.results[m.name][eng], f)
					fmt.Fprintf(os.Stderr, "run %d %s %s: %v\n", r+1, m.name, eng, f)
				}
			}
		}
	}
	if million {
		f, err := e.wippy("idle", 1000000)
		if err != nil {
			return nil, err
		}
		rep.million[engWippy] = f
		if f, err := e.erlang("idle", 1000000); err != nil {
			return nil, err
		} else if f != nil {
			rep.million[engErlang] = f
		}
	}
	rep.load[1] = machine.LoadAverage()
	rep.duration = time.Since(rep.started)
	return rep, nil
}

// stat returns the median and the best of a figure over the runs; higher
// is better when better is +1 (rates), lower when -1.
func stat(fs []figures, value func(figures) float64, better int) (median, best float64) {
	if len(fs) == 0 {
		return 0, 0
	}
	vs := make([]float64, len(fs))
	for i, f := range fs {
		vs[i] = value(f)
	}
	sort.Float64s(vs)
	median = vs[len(vs)/2]
	if len(vs)%2 == 0 {
		median = (vs[len(vs)/2-1] + vs[len(vs)/2]) / 2
	}
	best = vs[0]
	if better > 0 {
		best = vs[len(vs)-1]
	}
	return median, best
}

func (rep *report) markdown() string {
	var b strings.Builder
	w := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	w("## Processes against Erlang (%s)\n\n", rep.started.Format("2006-01-02"))
	w("Written by `go run ./bench/cmd/procbench` (bench/procs, bench/erlang/procbench.erl).\n\n")
	w("| | |\n|---|---|\n")
	m := rep.machine
	w("| CPU | %s, %d cores |\n", orDash(m.CPU), m.Cores)
	w("| memory | %s |\n", orDash(m.Memory))
	w("| Go | %s, GOMAXPROCS=%d (one scheduler worker per core) |\n", m.Go, runtime.GOMAXPROCS(0))
	if rep.otp != "" {
		w("| Erlang | OTP %s, default schedulers (one per core) |\n", rep.otp)
	}
	w("| load average | %s before, %s after the run |\n", orDash(rep.load[0]), orDash(rep.load[1]))
	w("| runs | %d of each measurement on each engine, interleaved; %s in all |\n\n", rep.runs, rep.duration.Round(time.Second))

	rate := func(nKey, secKey string) func(figures) float64 {
		return func(f figures) float64 { return f[nKey] / f[secKey] }
	}
	field := func(k string) func(figures) float64 { return func(f figures) float64 { return f[k] } }
	cpuPer := func(nKey string) func(figures) float64 {
		return func(f figures) float64 { return f["cpu_seconds"] / f[nKey] * 1e9 }
	}
	rows := []struct {
		m, label, unit string
		value          func(figures) float64
		better         int
		format         string
	}{
		{"idle", "idle process: heap growth per process", "bytes", field("idle_bytes_per_process"), -1, "%.0f"},
		{"spawn-lua", "spawn rate, from a Lua process (`process.spawn`)", "processes/s", rate("spawn_n", "spawn_seconds"), 1, "%.0f"},
		{"spawn-go", "spawn rate, from Go (`Host.SpawnSource`)", "processes/s", rate("spawn_n", "spawn_seconds"), 1, "%.0f"},
		{"pingpong", "ping-pong between two processes", "round trips/s", rate("ping_n", "ping_seconds"), 1, "%.0f"},
		{"spawn-lua", "CPU time per spawned process (from Lua)", "ns", cpuPer("spawn_n"), -1, "%.0f"},
		{"pingpong", "CPU time per round trip", "ns", cpuPer("ping_n"), -1, "%.0f"},
	}
	w("| measurement | unit | wippy-lua median (best) | Erlang median (best) | wippy-lua ÷ Erlang (medians) |\n")
	w("|---|---|---:|---:|---:|\n")
	for _, r := range rows {
		res := rep.results[r.m]
		wm, wb := stat(res[engWippy], r.value, r.better)
		cell := func(m, best float64) string {
			return fmt.Sprintf(r.format+" ("+r.format+")", m, best)
		}
		em, eb := stat(res[engErlang], r.value, r.better)
		ecell, ratio := "—", "—"
		if len(res[engErlang]) > 0 {
			ecell = cell(em, eb)
			ratio = fmt.Sprintf("%.2f×", wm/em)
		}
		w("| %s | %s | %s | %s | %s |\n", r.label, r.unit, cell(wm, wb), ecell, ratio)
	}
	w("\n")
	if f := rep.million[engWippy]; f != nil {
		w("**1,000,000 idle processes.** wippy-lua spawned %.0f processes blocked on their inbox in %.2f s; "+
			"the Go heap grew by %.0f bytes per process and the resident set size was %.0f MiB.",
			f["idle_n"], f["idle_spawn_seconds"], f["idle_bytes_per_process"], f["idle_rss_bytes"]/(1<<20))
		if e := rep.million[engErlang]; e != nil {
			w(" Erlang (with `+P 4000000`): %.2f s, %.0f bytes per process (`erlang:memory(processes)`), RSS %.0f MiB.",
				e["idle_spawn_seconds"], e["idle_bytes_per_process"], e["idle_rss_bytes"]/(1<<20))
		}
		w("\n\n")
	}
	return b.String()
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
