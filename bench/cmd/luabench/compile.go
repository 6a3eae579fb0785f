package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// compileSeed fixes the generated file: changing it changes the benchmark.
const compileSeed = 0x5EED_1DEA

type compileResult struct {
	size  int // bytes of the generated file
	lines int
	cells map[string]*cell // keyed by wippy and "luac5.3"
	order []string
	notes []string
}

// runCompileBench generates the large file and times "wippy-lua compile -p"
// against "luac5.3 -p" (both parse and compile, then discard the result).
func runCompileBench(cfg *config, engines map[string]*engine, tmp string) *compileResult {
	src := generate(int(cfg.compileMB*1e6), compileSeed)
	res := &compileResult{size: len(src), lines: strings.Count(src, "\n"), cells: map[string]*cell{}}
	file := filepath.Join(tmp, "generated.lua")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		res.notes = append(res.notes, "cannot write the generated file: "+err.Error())
		return res
	}
	cmds := map[string][]string{wippy: {engines[wippy].argv[0], "compile", "-p", file}}
	res.order = []string{wippy}
	if luac, err := exec.LookPath("luac5.3"); err == nil {
		cmds["luac5.3"] = []string{luac, "-p", file}
		res.order = append(res.order, "luac5.3")
	} else {
		res.notes = append(res.notes, "luac5.3 was not found on the PATH: only wippy-lua's time is reported.")
	}
	for _, name := range res.order {
		res.cells[name] = &cell{}
	}
	for r := 0; r < cfg.runs; r++ {
		for k := range res.order {
			name := res.order[(k+r)%len(res.order)]
			s := runOnce(cfg, cmds[name], tmp)
			res.cells[name].samples = append(res.cells[name].samples, s)
			fmt.Fprintf(os.Stderr, "run %d/%d  %-14s %-10s %8.3fs %s\n", r+1, cfg.runs, "compile", name, s.wall.Seconds(), s.short())
		}
	}
	for _, name := range res.order {
		c := res.cells[name]
		c.status = "ok"
		for _, s := range c.samples {
			if s.err != "" {
				c.status, c.detail = "error", s.err
				break
			}
		}
	}
	return res
}

// throughput is MB (10^6 bytes) of source per second of wall time.
func (cr *compileResult) throughput(name string) float64 {
	c := cr.cells[name]
	if !c.ok() {
		return 0
	}
	return float64(cr.size) / 1e6 / c.medianWall().Seconds()
}
