// Package machine describes the machine a benchmark runs on, for the
// reports in bench/RESULTS.md: processor, cores, memory, kernel, Go
// version, load average and the commit of the working tree. Everything is
// read from /proc and the go and git commands (read-only), and a part
// that cannot be read is left empty. It also finds the working tree
// (Root) and measures the CPU time of the running process (CPUTime), which
// every runner needs too.
//
// It imports only the standard library; the runners in bench/cmd use it.
package machine

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
)

// Info is what a reader needs to judge a benchmark's numbers.
type Info struct {
	CPU    string // model name
	Cores  int    // logical processors the Go runtime sees
	Memory string // "23.5 GiB"
	Kernel string // "Linux 6.1.0"
	Go     string // the go command's version, else the runtime's
	Commit string // of the working tree (uncommitted changes are not shown)
}

// Describe collects Info; root is the repository's root directory.
func Describe(root string) Info {
	info := Info{CPU: procField("/proc/cpuinfo", "model name"), Cores: runtime.NumCPU(), Kernel: runtime.GOOS, Go: runtime.Version()}
	if kb := procField("/proc/meminfo", "MemTotal"); kb != "" {
		var n float64
		if _, err := fmt.Sscanf(kb, "%f", &n); err == nil {
			info.Memory = fmt.Sprintf("%.1f GiB", n/(1<<20))
		}
	}
	if data, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		info.Kernel = "Linux " + strings.TrimSpace(string(data))
	}
	if out, err := exec.Command("go", "env", "GOVERSION").Output(); err == nil {
		info.Go = strings.TrimSpace(string(out))
	}
	if out, err := exec.Command("git", "-C", root, "rev-parse", "--short=12", "HEAD").Output(); err == nil {
		info.Commit = strings.TrimSpace(string(out))
	}
	return info
}

// WorkingTree names what the benchmarked code was built from, for a
// report: the working tree at Commit, or just the working tree when the
// commit is unknown.
func (info Info) WorkingTree() string {
	if info.Commit == "" {
		return "the working tree"
	}
	return "the working tree at commit " + info.Commit + " (plus any uncommitted changes)"
}

// LoadAverage returns the 1, 5 and 15 minute load averages, or "".
func LoadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return ""
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return ""
	}
	return strings.Join(f[:3], " ")
}

// procField returns the value of the first "key: value" line of a /proc
// file, or "".
func procField(path, key string) string {
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
