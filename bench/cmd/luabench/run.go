package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// Every measured process is started by the rusage helper (bench/cmd/rusage),
// never by luabench itself. os/exec starts a child with
// clone(CLONE_VM|CLONE_VFORK), and at execve Linux folds the peak RSS of
// the memory the child leaves, its parent's, into the child's ru_maxrss:
// a program started from luabench reported max(luabench's peak, its own).
// The helper is small and freshly executed, so its children report their
// own peak; it also samples their private memory while they run.

// buildHelper builds bench/cmd/rusage into dir and returns its path.
func buildHelper(root, dir string) (string, error) {
	bin := filepath.Join(dir, "rusage")
	if err := goBuild(root, ".", bin, "./bench/cmd/rusage"); err != nil {
		return "", fmt.Errorf("building the rusage helper: %v", err)
	}
	return bin, nil
}

// goBuild builds pkg of the module in root/dir into out. CGO_ENABLED=0
// gives static binaries: with cgo on, linking net/http (as wippy-lua does)
// makes the binary load libc dynamically, which costs about 1.2 MB of RSS
// in every process; the release build of wippy-lua is the static one.
// GOWORK=off keeps a go.work somewhere above the checkout from joining
// the main module and bench/gopher.
func goBuild(root, dir, out, pkg string) error {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = filepath.Join(root, dir)
	cmd.Env = append(os.Environ(), "GOWORK=off", "CGO_ENABLED=0")
	if output, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s (%v)", bytes.TrimSpace(output), err)
	}
	return nil
}

// usage is the helper's report (bench/cmd/rusage/result.go).
type usage struct {
	WallNS     int64 `json:"wall_ns"`
	UserNS     int64 `json:"user_ns"`
	SysNS      int64 `json:"sys_ns"`
	MaxRSSKB   int64 `json:"maxrss_kb"`
	ExitCode   int   `json:"exit_code"`
	Signal     int   `json:"signal"`
	AnonPeakKB int64 `json:"anon_peak_kb"`
}

// runOnce runs argv in dir through the helper and measures it. Standard
// input is empty; output is kept in memory for the comparison with
// lua5.3's. On a timeout the helper is killed, and the kernel kills the
// program with it (the helper sets the parent-death signal).
func runOnce(cfg *config, argv []string, dir string) sample {
	ctx, cancel := context.WithTimeout(context.Background(), cfg.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, cfg.helper, argv...)
	cmd.Dir = dir
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	reportR, reportW, err := os.Pipe()
	if err != nil {
		return sample{err: err.Error()}
	}
	defer reportR.Close()
	cmd.ExtraFiles = []*os.File{reportW}
	start := time.Now()
	err = cmd.Start()
	reportW.Close()
	if err == nil {
		err = cmd.Wait()
	}
	s := sample{wall: time.Since(start), out: stdout.Bytes()}
	// The report is one short line, written just before the helper
	// exits: it is in the pipe by now.
	report, _ := io.ReadAll(reportR)
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		s.err = fmt.Sprintf("timed out after %v", cfg.timeout)
	case err != nil:
		s.err = strings.TrimSpace(fmt.Sprintf("rusage helper: %v: %s", err, firstLine(stderr.String())))
	default:
		s.fill(report, stderr.String())
	}
	return s
}

// fill sets s from the helper's report; stderr is the program's standard
// error, for the message of a failed run.
func (s *sample) fill(report []byte, stderr string) {
	var u usage
	if err := json.Unmarshal(report, &u); err != nil {
		s.err = fmt.Sprintf("rusage helper: bad report %q: %v", report, err)
		return
	}
	s.wall = time.Duration(u.WallNS)
	s.cpu = time.Duration(u.UserNS + u.SysNS)
	s.rssKB = u.MaxRSSKB
	s.privKB = u.AnonPeakKB
	switch {
	case u.Signal != 0:
		s.err = fmt.Sprintf("killed by signal %d (%v)", u.Signal, syscall.Signal(u.Signal))
	case u.ExitCode != 0:
		s.err = fmt.Sprintf("exit status %d", u.ExitCode)
	default:
		return
	}
	if msg := firstLine(stderr); msg != "" {
		s.err += ": " + msg
	}
}
