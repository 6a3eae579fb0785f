//go:build linux

// Command rusage runs one program and reports what it cost: wall-clock
// time, user and system CPU time, peak resident set size (ru_maxrss), and
// a sampled peak of the program's private memory. luabench runs every
// engine through it.
//
//	rusage PROG ARGS...          # from luabench: the report goes to file descriptor 3
//	rusage lua5.3 fib.lua 3>&1   # by hand (without descriptor 3 it goes to stderr)
//
// PROG runs with rusage's standard input, output, error, environment and
// working directory. The report is one line of JSON (see result.go). The
// exit status is 0 when the measurement worked, whatever PROG's own
// status, which travels in the report; it is 1 when PROG could not be
// started and 2 for a usage error.
//
// # Why a helper
//
// Go's os/exec starts a child with clone(CLONE_VM|CLONE_VFORK): until
// execve the child runs on its parent's memory, and at execve the kernel
// folds the high-water RSS of the memory it leaves, the parent's, into
// the child's ru_maxrss. A child of luabench therefore reported
// max(luabench's peak RSS, its own): lua5.3 printing one line showed
// 3.9 MiB, its real 2.9 MiB hidden under the runner's floor, and a
// runner that had touched 50 MB made every child "use" 53 MB. rusage
// starts with a fresh memory of 1 to 2 MB, so the program it starts
// reports max(that, its own peak): the program's figure, unless the
// program is smaller than this helper. That is why this command imports
// so little.
//
// # The private peak
//
// ru_maxrss counts every resident page, including the clean file-backed
// pages of the executable and its shared libraries, which all processes
// running the same binary share. While the program runs, rusage reads
// /proc/PID/status every 10 ms and keeps the largest RssAnon (anonymous
// memory: heap, stacks, the Go runtime's arenas), the largest RssShmem,
// and the last VmHWM. The RssAnon peak is the program's own memory; being
// sampled, it can miss a spike shorter than the period. Each sample is one
// pread into a reused buffer, so sampling costs a few microseconds per
// tick and does not disturb the timing.
//
// rusage is Linux-only: it relies on /proc and on the parent-death
// signal, which makes the kernel kill PROG when rusage is killed (as
// luabench does on a timeout).
package main

import (
	"os"
	"runtime"
	"syscall"
	"time"
)

// reportFD is the descriptor luabench passes (exec.Cmd.ExtraFiles[0]).
const reportFD = 3

func main() {
	// Look at descriptor 3 before anything can open a file that would
	// take the number.
	report := openReport()
	if len(os.Args) < 2 {
		os.Stderr.WriteString("usage: rusage PROG [ARGS...]  (report on file descriptor 3)\n")
		os.Exit(2)
	}
	res, err := measure(os.Args[1], os.Args[2:])
	if err != nil {
		os.Stderr.WriteString("rusage: " + err.Error() + "\n")
		os.Exit(1)
	}
	if _, err := report.Write(res.appendJSON(nil)); err != nil {
		os.Stderr.WriteString("rusage: writing the report: " + err.Error() + "\n")
		os.Exit(1)
	}
}

// openReport returns descriptor 3 when it is open for writing, standard
// error otherwise. Descriptor 3 is marked close-on-exec: the measured
// program must not hold the report pipe open (a daemon it leaves behind
// would keep luabench waiting).
func openReport() *os.File {
	flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, reportFD, syscall.F_GETFL, 0)
	if errno != 0 || flags&syscall.O_ACCMODE == syscall.O_RDONLY {
		return os.Stderr
	}
	syscall.CloseOnExec(reportFD)
	return os.NewFile(reportFD, "report")
}

// measure runs prog with args and waits for it, sampling its memory.
func measure(prog string, args []string) (*result, error) {
	path, err := lookPath(prog)
	if err != nil {
		return nil, err
	}
	// The parent-death signal is tied to the thread that starts the
	// child: keep this goroutine on its thread so that the thread lives
	// as long as the process.
	runtime.LockOSThread()
	attr := &os.ProcAttr{
		Files: []*os.File{os.Stdin, os.Stdout, os.Stderr},
		Sys:   &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL},
	}
	start := time.Now()
	proc, err := os.StartProcess(path, append([]string{prog}, args...), attr)
	if err != nil {
		return nil, err
	}
	// StartProcess returns after the child's execve: what is sampled is
	// already the program, not the copy of this helper.
	s := startSampler(proc.Pid)
	state, err := proc.Wait()
	wall := time.Since(start)
	s.stop()
	if err != nil {
		return nil, err
	}
	res := &result{wall: wall, sampled: s.peaks}
	if ru, ok := state.SysUsage().(*syscall.Rusage); ok {
		res.user = time.Duration(ru.Utime.Nano())
		res.sys = time.Duration(ru.Stime.Nano())
		res.maxRSSKB = ru.Maxrss
	}
	res.exitCode = state.ExitCode()
	if ws, ok := state.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		res.signal = int(ws.Signal())
	}
	return res, nil
}

// lookPath finds prog as a shell would: a name with a slash is a path,
// any other name is searched in $PATH. (os/exec would do it, but it
// brings in more packages than this helper needs.)
func lookPath(prog string) (string, error) {
	for i := 0; i < len(prog); i++ {
		if prog[i] == '/' {
			return prog, nil
		}
	}
	list := os.Getenv("PATH")
	for start := 0; start <= len(list); {
		end := start
		for end < len(list) && list[end] != ':' {
			end++
		}
		dir := list[start:end]
		start = end + 1
		if dir == "" {
			dir = "."
		}
		path := dir + "/" + prog
		if st, err := os.Stat(path); err == nil && !st.IsDir() && st.Mode()&0o111 != 0 {
			return path, nil
		}
	}
	return "", &os.PathError{Op: "exec", Path: prog, Err: syscall.ENOENT}
}
