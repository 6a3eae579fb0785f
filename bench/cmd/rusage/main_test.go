//go:build linux

package main

import (
	"bufio"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// The test binary plays two more roles, chosen by its first argument:
//
//	TESTBIN rusage ARGS...           this command (main)
//	TESTBIN child MB EXIT            touch MB MiB, print "ready", wait for EOF on stdin, exit EXIT
//	TESTBIN child MB signal          the same, then kill itself with SIGKILL
func TestMain(m *testing.M) {
	if len(os.Args) > 1 {
		switch os.Args[1] {
		case "rusage":
			os.Args = os.Args[1:]
			main()
			os.Exit(0)
		case "child":
			child(os.Args[2:])
		}
	}
	os.Exit(m.Run())
}

func child(args []string) {
	mb, _ := strconv.Atoi(args[0])
	mem := make([]byte, mb<<20)
	for i := 0; i < len(mem); i += 4096 {
		mem[i] = 1
	}
	os.Stdout.WriteString("ready\n")
	io.Copy(io.Discard, os.Stdin)
	runtime.KeepAlive(mem)
	if args[1] == "signal" {
		syscall.Kill(os.Getpid(), syscall.SIGKILL)
	}
	code, _ := strconv.Atoi(args[1])
	os.Exit(code)
}

// report mirrors the JSON line (result.go).
type report struct {
	WallNS      int64 `json:"wall_ns"`
	UserNS      int64 `json:"user_ns"`
	SysNS       int64 `json:"sys_ns"`
	MaxRSSKB    int64 `json:"maxrss_kb"`
	ExitCode    int   `json:"exit_code"`
	Signal      int   `json:"signal"`
	AnonPeakKB  int64 `json:"anon_peak_kb"`
	ShmemPeakKB int64 `json:"shmem_peak_kb"`
	HWMKB       int64 `json:"hwm_kb"`
	Samples     int   `json:"samples"`
}

// measureChild runs a child that touches mb MiB through the helper (the
// test binary in its rusage role), lets it hold the memory for hold once
// it is ready, and returns the helper's report.
func measureChild(t *testing.T, mb int, exit string, hold time.Duration) report {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(self, "rusage", self, "child", strconv.Itoa(mb), exit)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	cmd.ExtraFiles = []*os.File{w}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if line, err := bufio.NewReader(stdout).ReadString('\n'); line != "ready\n" {
		t.Fatalf("child said %q, %v", line, err)
	}
	time.Sleep(hold)
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("the helper failed: %v", err)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	var rep report
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatalf("report %q: %v", data, err)
	}
	return rep
}

func TestExitStatusTravelsInTheReport(t *testing.T) {
	if rep := measureChild(t, 0, "7", 0); rep.ExitCode != 7 || rep.Signal != 0 {
		t.Errorf("child exiting with 7: exit_code %d, signal %d", rep.ExitCode, rep.Signal)
	}
	if rep := measureChild(t, 0, "0", 0); rep.ExitCode != 0 || rep.Signal != 0 {
		t.Errorf("child exiting with 0: exit_code %d, signal %d", rep.ExitCode, rep.Signal)
	}
	if rep := measureChild(t, 0, "signal", 0); rep.ExitCode != -1 || rep.Signal != int(syscall.SIGKILL) {
		t.Errorf("child killed: exit_code %d, signal %d", rep.ExitCode, rep.Signal)
	}
}

// The peak RSS and the sampled private peak grow with what the child
// touches. The sampler needs the memory held across a tick; the hold
// doubles until it was seen, so that a loaded machine only slows the test.
func TestMemoryGrowsWithTheChild(t *testing.T) {
	const mb = 64
	small := measureChild(t, 0, "0", 0)
	var big report
	for hold := 20 * time.Millisecond; hold <= 2*time.Second; hold *= 2 {
		big = measureChild(t, mb, "0", hold)
		if big.AnonPeakKB >= mb<<10 {
			break
		}
	}
	t.Logf("0 MiB: maxrss %d KiB, private peak %d KiB; %d MiB: maxrss %d KiB, private peak %d KiB, VmHWM %d KiB, %d samples",
		small.MaxRSSKB, small.AnonPeakKB, mb, big.MaxRSSKB, big.AnonPeakKB, big.HWMKB, big.Samples)
	if big.MaxRSSKB-small.MaxRSSKB < (mb-4)<<10 {
		t.Errorf("touching %d MiB raised maxrss from %d to %d KiB only", mb, small.MaxRSSKB, big.MaxRSSKB)
	}
	if big.AnonPeakKB < mb<<10 {
		t.Errorf("private peak %d KiB for a child holding %d MiB", big.AnonPeakKB, mb)
	}
	if big.HWMKB < mb<<10 {
		t.Errorf("VmHWM %d KiB for a child holding %d MiB", big.HWMKB, mb)
	}
	// The kernel's counters are per CPU and summed lazily: allow them to
	// differ by a little.
	if big.AnonPeakKB > big.MaxRSSKB+1024 {
		t.Errorf("private peak %d KiB above maxrss %d KiB", big.AnonPeakKB, big.MaxRSSKB)
	}
}

// The reason the helper exists: a parent that has touched a lot of memory
// must not show through the child's ru_maxrss. Started straight from
// this (large) test process, a small child inherits its peak at execve
// on Linux; started through the helper it does not.
func TestRunnerPeakDoesNotLeak(t *testing.T) {
	const mb = 128
	ballast := make([]byte, mb<<20)
	for i := 0; i < len(ballast); i += 4096 {
		ballast[i] = 1
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	direct := exec.Command(self, "child", "0", "0")
	if err := direct.Run(); err != nil {
		t.Fatal(err)
	}
	directKB := direct.ProcessState.SysUsage().(*syscall.Rusage).Maxrss
	viaHelper := measureChild(t, 0, "0", 0)
	runtime.KeepAlive(ballast)
	t.Logf("small child after the parent touched %d MiB: maxrss %d KiB started directly, %d KiB through the helper",
		mb, directKB, viaHelper.MaxRSSKB)
	if viaHelper.MaxRSSKB >= mb<<10/2 {
		t.Errorf("through the helper the small child reports %d KiB: the parent's peak leaks in", viaHelper.MaxRSSKB)
	}
}

func TestStatusField(t *testing.T) {
	status := []byte("Name:\tlua\nVmHWM:\t    2056 kB\nVmRSS:\t    2000 kB\nRssAnon:\t     160 kB\nRssShmem:\t       0 kB\n")
	for _, c := range []struct {
		name string
		want int64
		ok   bool
	}{{"VmHWM:", 2056, true}, {"RssAnon:", 160, true}, {"RssShmem:", 0, true}, {"RssFile:", 0, false}, {"Name:", 0, false}} {
		if got, ok := statusField(status, c.name); got != c.want || ok != c.ok {
			t.Errorf("statusField(%q) = %d, %v; want %d, %v", c.name, got, ok, c.want, c.ok)
		}
	}
	var p peaks
	p.add(status)
	p.add([]byte("RssAnon:\t 90 kB\nVmHWM:\t 3000 kB\n"))
	p.add([]byte("Name:\tzombie\n")) // exited: no memory fields
	if p != (peaks{anonKB: 160, hwmKB: 3000, samples: 2}) {
		t.Errorf("peaks = %+v", p)
	}
}

func TestAppendJSON(t *testing.T) {
	r := result{wall: 1500, user: 2, sys: 3, maxRSSKB: 4, exitCode: -1, signal: 9, sampled: peaks{anonKB: 5, shmemKB: 6, hwmKB: 7, samples: 8}}
	var rep report
	if err := json.Unmarshal(r.appendJSON(nil), &rep); err != nil {
		t.Fatal(err)
	}
	want := report{WallNS: 1500, UserNS: 2, SysNS: 3, MaxRSSKB: 4, ExitCode: -1, Signal: 9, AnonPeakKB: 5, ShmemPeakKB: 6, HWMKB: 7, Samples: 8}
	if rep != want {
		t.Errorf("decoded %+v, want %+v", rep, want)
	}
}
