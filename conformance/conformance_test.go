package conformance

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"wippylua/internal/cli"
)

// deadline is the maximum wall-clock time one program may run.
const deadline = 20 * time.Second

// stderrPrefix is stripped from the first stderr line before comparing it with
// the message recorded from lua5.3 (which had its own "lua5.3: " prefix removed).
const stderrPrefix = "wippy-lua: "

// runtimeDir holds the hand-verified programs of the process runtime; they
// run in deterministic mode (one worker, virtual time, fixed seed).
const runtimeDir = "runtime/"

// appsDir holds the runtime's multi-process programs: app directories,
// each run as `wippy-lua run --deterministic NAME app:main` from appsDir,
// with NAME.out (and NAME.err) next to the directory.
const appsDir = runtimeDir + "apps/"

// appEntry is the entry the harness runs in each app directory.
const appEntry = "app:main"

// program is one conformance program and its expectations.
type program struct {
	name    string   // slash-separated path relative to conformance/, e.g. "core/arith_pow.lua"
	dir     string   // absolute directory to run in
	args    []string // the command line given to cli.Main
	wantOut []byte
	hasErr  bool   // a .err file exists: lua5.3 exited non-zero
	status  int    // expected exit status when hasErr
	errMsg  string // expected first stderr line when hasErr
	stdin   []byte // contents of NAME.in, if any
}

// result is what one run through cli.Main produced.
type result struct {
	status   int
	stdout   []byte
	stderr   []byte
	panicked string // non-empty if cli.Main panicked
}

func TestConformance(t *testing.T) {
	root, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	progs, err := findPrograms(root)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) == 0 {
		t.Fatal("no conformance programs found")
	}
	known, err := loadKnownFailures(filepath.Join(root, "known_failures.txt"))
	if err != nil {
		t.Fatal(err)
	}
	exists := make(map[string]bool, len(progs))
	for _, name := range progs {
		exists[name] = true
	}
	for _, name := range sortedKeys(known) {
		if !exists[name] {
			t.Errorf("known_failures.txt lists %s, which does not exist", name)
		}
	}

	for _, name := range progs {
		t.Run(name, func(t *testing.T) {
			p, err := loadProgram(root, name)
			if err != nil {
				t.Fatal(err)
			}
			problem := runAndCompare(t, p)
			if reason, ok := known[name]; ok {
				if problem == "" {
					t.Fatalf("%s passes now but is listed in known_failures.txt (%s): remove it from the list", name, reason)
				}
				t.Skipf("known failure: %s", reason)
			}
			if problem != "" {
				t.Error(problem)
			}
		})
	}
}

// findPrograms returns every *.lua file below root and every app directory
// in appsDir, as sorted slash-separated relative paths.
func findPrograms(root string) ([]string, error) {
	var progs []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			if rel = filepath.ToSlash(rel); strings.HasPrefix(rel+"/", appsDir) && rel+"/" != appsDir {
				// An app: its .lua files are entry sources, not programs.
				progs = append(progs, rel)
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(d.Name(), ".lua") {
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return err
			}
			progs = append(progs, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(progs)
	return progs, err
}

// loadKnownFailures parses known_failures.txt: "core/NAME.lua reason" per
// line; blank lines and lines starting with '#' are ignored. A missing file
// means no known failures.
func loadKnownFailures(path string) (map[string]string, error) {
	known := make(map[string]string)
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return known, nil
	}
	if err != nil {
		return nil, err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for lineNo := 1; sc.Scan(); lineNo++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		name = strings.TrimSpace(name)
		reason = strings.TrimSpace(reason)
		if !strings.HasSuffix(name, ".lua") && !strings.HasPrefix(name, appsDir) {
			return nil, fmt.Errorf("%s:%d: %q is not a .lua program path nor an app of %s", path, lineNo, name, appsDir)
		}
		if reason == "" {
			return nil, fmt.Errorf("%s:%d: %s has no reason", path, lineNo, name)
		}
		if _, dup := known[name]; dup {
			return nil, fmt.Errorf("%s:%d: %s listed twice", path, lineNo, name)
		}
		known[name] = reason
	}
	return known, sc.Err()
}

func loadProgram(root, name string) (*program, error) {
	path := filepath.Join(root, filepath.FromSlash(name))
	p := &program{name: name, dir: filepath.Dir(path)}
	base := filepath.Base(path)
	switch {
	case strings.HasPrefix(name, appsDir):
		p.args = []string{"run", "--deterministic", base, appEntry}
	case strings.HasPrefix(name, runtimeDir):
		p.args = []string{"run", "--deterministic", base}
	default:
		p.args = []string{"run", base}
	}
	stem := strings.TrimSuffix(path, ".lua")
	out, err := os.ReadFile(stem + ".out")
	if err != nil {
		how := "run conformance/regen.sh"
		if strings.HasPrefix(name, runtimeDir) {
			how = "runtime/ is hand-verified: write it"
		}
		return nil, fmt.Errorf("missing expected output for %s (%s): %v", name, how, err)
	}
	p.wantOut = out
	if errData, err := os.ReadFile(stem + ".err"); err == nil {
		status, msg, ok := strings.Cut(string(errData), "\n")
		if !ok {
			return nil, fmt.Errorf("%s.err: want two lines (status, message)", stem)
		}
		p.status, err = strconv.Atoi(strings.TrimSpace(status))
		if err != nil {
			return nil, fmt.Errorf("%s.err: bad exit status %q", stem, status)
		}
		p.hasErr = true
		p.errMsg = strings.TrimSuffix(msg, "\n")
	} else if !os.IsNotExist(err) {
		return nil, err
	}
	if in, err := os.ReadFile(stem + ".in"); err == nil {
		p.stdin = in
	} else if !os.IsNotExist(err) {
		return nil, err
	}
	return p, nil
}

// runAndCompare runs p and returns a description of every mismatch, or "".
func runAndCompare(t *testing.T, p *program) string {
	t.Chdir(p.dir)
	res, ok := runWithDeadline(p)
	if !ok {
		return fmt.Sprintf("%s did not terminate within %v", p.name, deadline)
	}
	if res.panicked != "" {
		return fmt.Sprintf("%s: cli.Main panicked: %s\nstdout so far:\n%s", p.name, res.panicked, res.stdout)
	}
	var problems []string
	if !bytes.Equal(res.stdout, p.wantOut) {
		source := "lua5.3"
		if strings.HasPrefix(p.name, runtimeDir) {
			source = "the hand-verified expectation"
		}
		problems = append(problems, "stdout differs from "+source+":\n"+lineDiff(string(p.wantOut), string(res.stdout)))
	}
	gotMsg := firstLine(res.stderr)
	gotMsg = strings.TrimPrefix(gotMsg, stderrPrefix)
	if p.hasErr {
		if res.status != p.status {
			problems = append(problems, fmt.Sprintf("exit status = %d, want %d (stderr: %q)", res.status, p.status, gotMsg))
		}
		if gotMsg != p.errMsg {
			problems = append(problems, fmt.Sprintf("error message differs:\n  got:  %q\n  want: %q", gotMsg, p.errMsg))
		}
	} else if res.status != 0 {
		problems = append(problems, fmt.Sprintf("exit status = %d, want 0; stderr:\n%s", res.status, clip(string(res.stderr), 2000)))
	}
	if len(problems) == 0 {
		return ""
	}
	return p.name + ": " + strings.Join(problems, "\n")
}

// runWithDeadline runs the program in a goroutine. It reports ok=false if the
// program is still running after the deadline; the goroutine is then
// abandoned (it only writes into its own buffers).
func runWithDeadline(p *program) (res result, ok bool) {
	done := make(chan result, 1)
	go func() {
		var r result
		var stdout, stderr bytes.Buffer
		defer func() {
			if v := recover(); v != nil {
				r.panicked = fmt.Sprintf("%v\n%s", v, debug.Stack())
			}
			r.stdout = stdout.Bytes()
			r.stderr = stderr.Bytes()
			done <- r
		}()
		var stdin io.Reader = bytes.NewReader(p.stdin)
		r.status = cli.Main(p.args, stdin, &stdout, &stderr)
	}()
	timer := time.NewTimer(deadline)
	defer timer.Stop()
	select {
	case res = <-done:
		return res, true
	case <-timer.C:
		return result{}, false
	}
}

func firstLine(b []byte) string {
	s := string(b)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSuffix(s, "\r")
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + fmt.Sprintf("... (%d more bytes)", len(s)-n)
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// diffContext is the number of unchanged lines shown around a difference, and
// diffMaxLines caps how many removed/added lines are shown per side.
const (
	diffContext  = 3
	diffMaxLines = 40
)

// lineDiff renders a single unified-style hunk covering the region between
// the longest common prefix and the longest common suffix of want and got.
// It is deliberately simple (no LCS): enough to locate the first divergence.
func lineDiff(want, got string) string {
	w := splitLines(want)
	g := splitLines(got)
	pre := 0
	for pre < len(w) && pre < len(g) && w[pre] == g[pre] {
		pre++
	}
	suf := 0
	for suf < len(w)-pre && suf < len(g)-pre && w[len(w)-1-suf] == g[len(g)-1-suf] {
		suf++
	}
	start := max(pre-diffContext, 0)
	wEnd := len(w) - suf // exclusive end of the differing region in want
	gEnd := len(g) - suf
	ctxEnd := min(diffContext, suf)

	var b strings.Builder
	fmt.Fprintf(&b, "--- want\n+++ got (wippy-lua)\n")
	fmt.Fprintf(&b, "@@ -%d,%d +%d,%d @@\n", start+1, wEnd+ctxEnd-start, start+1, gEnd+ctxEnd-start)
	writeLines(&b, "  ", w[start:pre])
	writeLines(&b, "- ", w[pre:wEnd])
	writeLines(&b, "+ ", g[pre:gEnd])
	writeLines(&b, "  ", w[wEnd:wEnd+ctxEnd])
	return b.String()
}

// writeLines writes at most diffMaxLines lines, each prefixed by mark and
// escaped like a Go string literal (so tabs, CRs and control bytes are visible).
func writeLines(b *strings.Builder, mark string, lines []string) {
	for i, l := range lines {
		if i == diffMaxLines {
			fmt.Fprintf(b, "%s... (%d more lines)\n", mark, len(lines)-i)
			return
		}
		q := strconv.Quote(l)
		b.WriteString(mark + q[1:len(q)-1] + "\n")
	}
}

// splitLines splits s into lines; a missing final newline is shown explicitly
// so that it appears in diffs.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.Split(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	} else {
		lines[len(lines)-1] += " [no newline at end]"
	}
	return lines
}
