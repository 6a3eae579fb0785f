package machine

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The tests run in bench/machine, two levels below the root.
func TestRoot(t *testing.T) {
	root, err := Root()
	if err != nil {
		t.Fatal(err)
	}
	wd, _ := os.Getwd()
	if want := filepath.Dir(filepath.Dir(wd)); root != want {
		t.Errorf("Root() = %q, want %q", root, want)
	}
	// bench/gopher has a go.mod of another module: it is not a root.
	if isRoot(filepath.Join(root, "bench", "gopher")) {
		t.Error("bench/gopher taken for the root")
	}
}

func TestWorkingTree(t *testing.T) {
	if got := (Info{}).WorkingTree(); got != "the working tree" {
		t.Errorf("without a commit: %q", got)
	}
	if got := (Info{Commit: "abc123"}).WorkingTree(); !strings.Contains(got, "at commit abc123") {
		t.Errorf("with a commit: %q", got)
	}
}

func TestCPUTime(t *testing.T) {
	before := CPUTime()
	x := 0
	for i := range 10_000_000 {
		x ^= i
	}
	after := CPUTime()
	if before <= 0 || after < before {
		t.Errorf("CPU time %v then %v (%d)", before, after, x)
	}
}

func TestLoadAverage(t *testing.T) {
	if _, err := os.Stat("/proc/loadavg"); err != nil {
		t.Skip("no /proc/loadavg")
	}
	if f := strings.Fields(LoadAverage()); len(f) != 3 {
		t.Errorf("LoadAverage() = %q, want three figures", LoadAverage())
	}
}
