package stdlib

import (
	"io"
	"os"
	"runtime"
	"sync"

	"wippylua/vm"
)

// Per-State host wiring of the io and os libraries: where standard input
// comes from, where io.stderr goes, what os.exit does, and the files a
// program has open (so that they can be flushed when the program ends, as
// C's exit and lua_close do).
//
// The settings live in a hostEnv stored in the State under envKey
// (State.Local, out of Lua's reach), so that two States never share them
// and an embedder can configure a State before or after stdlib.Open:
//
//	s := vm.NewState()
//	stdlib.SetStdin(s, r)       // io.read, io.lines(), io.stdin
//	stdlib.SetStderr(s, w)      // io.stderr, and child processes' stderr
//	stdlib.SetExit(s, exit)     // what os.exit does after flushing
//	stdlib.Open(s, stdlib.Standard)
//	... run the script ...
//	stdlib.Close(s)             // flush and close what the script left open
//
// Standard output is the State's own s.Stdout (shared with print).

// envKey is the State.Local key of the hostEnv.
var envKey = vm.NewLocalKey("stdlib.env")

// hostEnv is the per-State configuration and bookkeeping of io and os.
type hostEnv struct {
	stdin  io.Reader
	stderr io.Writer
	// exit is called by os.exit after the output has been flushed; nil
	// means terminate the Go process (os.Exit).
	exit func(code int)

	// mktimeOffset is glibc's static localtime_offset: the UTC offset
	// guess mktime starts from, left by its previous call (see mktime).
	mktimeOffset int32

	// fileMeta is the metatable of file handles (registry "FILE*").
	fileMeta *vm.Table
	// input and output are the default files of io.read and io.write
	// (lua5.3 keeps them in the registry as _IO_input and _IO_output).
	input, output vm.Value
	// stderrF is io.stderr's stream, flushed by os.exit.
	stderrF *stream

	// mu guards open: the garbage collector's cleanups (which close the
	// files a program dropped without closing) run on another goroutine.
	mu   sync.Mutex
	open map[*stream]struct{}
}

// getEnv returns the hostEnv of s, creating it on first use.
func getEnv(s *vm.State) *hostEnv {
	if e, ok := s.Local(envKey).(*hostEnv); ok {
		return e
	}
	e := &hostEnv{open: make(map[*stream]struct{})}
	s.SetLocal(envKey, e)
	return e
}

// SetStdin makes r the standard input of s: what io.read, io.lines() and
// io.stdin read. It may be called before or after Open; nil restores
// os.Stdin. Input that io.stdin already buffered from the previous reader
// is still read first.
func SetStdin(s *vm.State, r io.Reader) { getEnv(s).stdin = r }

// SetStderr makes w the standard error of s: what io.stderr writes, and
// where the error output of commands run by os.execute and io.popen goes.
// nil restores os.Stderr.
func SetStderr(s *vm.State, w io.Writer) { getEnv(s).stderr = w }

// SetExit installs the function os.exit calls, after it has flushed
// standard output and every open file, with the exit status (0 for
// os.exit(true), 1 for os.exit(false)). Without one, os.exit ends the Go
// process with os.Exit. The function should not return; if it does,
// os.exit returns no values to the Lua program. A host that must not end
// (the command line run in-process, tests) calls vm.Abort in it: nothing
// in Lua catches that, and the run ends with an *vm.Error whose Abort is
// the reason given.
func SetExit(s *vm.State, exit func(code int)) { getEnv(s).exit = exit }

// Close ends the io library's use of s like lua_close: it flushes standard
// output and flushes and closes every file the program left open
// (waiting for io.popen commands). Buffered data written to a file that
// is neither closed nor flushed reaches the file only then (or when the
// garbage collector finds the handle unreachable). The standard files
// stay usable.
func Close(s *vm.State) {
	e := getEnv(s)
	e.mu.Lock()
	files := make([]*stream, 0, len(e.open))
	for st := range e.open {
		files = append(files, st)
	}
	clear(e.open)
	e.mu.Unlock()
	for _, st := range files {
		st.close()
	}
	flushStdout(s)
}

// flushAll flushes the write buffers of every open file and standard
// output, as C's exit and popen (fflush(NULL)) do.
func flushAll(s *vm.State) {
	e := getEnv(s)
	e.mu.Lock()
	files := make([]*stream, 0, len(e.open))
	for st := range e.open {
		files = append(files, st)
	}
	e.mu.Unlock()
	for _, st := range files {
		st.flush()
	}
	flushStdout(s)
}

// flushStdout flushes the State's Stdout when it buffers (a *bufio.Writer,
// for instance): the host's buffer stands for C's stdout buffer.
func flushStdout(s *vm.State) error {
	if f, ok := stdout(s).(interface{ Flush() error }); ok {
		return f.Flush()
	}
	return nil
}

// track registers an open file and arranges for it to be flushed and
// closed when its handle ud becomes garbage, as lua5.3's __gc does.
func (e *hostEnv) track(ud *vm.Userdata, st *stream) {
	e.mu.Lock()
	e.open[st] = struct{}{}
	e.mu.Unlock()
	runtime.AddCleanup(ud, e.collect, st)
}

// untrack forgets a file closed by the program.
func (e *hostEnv) untrack(st *stream) {
	e.mu.Lock()
	delete(e.open, st)
	e.mu.Unlock()
}

// collect closes a file whose handle was garbage collected while open.
// Whoever removes st from the open set closes it, so a file is never
// closed twice by collect and Close.
func (e *hostEnv) collect(st *stream) {
	e.mu.Lock()
	_, ok := e.open[st]
	delete(e.open, st)
	e.mu.Unlock()
	switch {
	case ok && st.popen != nil:
		// Waiting for the command may take long; cleanups run one at a
		// time, so do not hold up the others.
		go st.closeStream(false)
	case ok:
		st.closeStream(false)
	}
}

// stdinReader reads the State's current standard input.
type stdinReader struct{ e *hostEnv }

func (r stdinReader) Read(p []byte) (int, error) {
	if r.e.stdin != nil {
		return r.e.stdin.Read(p)
	}
	return os.Stdin.Read(p)
}

// stdoutWriter writes to the State's current Stdout, so that io.write and
// print share one stream and keep their relative order.
type stdoutWriter struct{ s *vm.State }

func (w stdoutWriter) Write(p []byte) (int, error) { return stdout(w.s).Write(p) }

// stderrWriter writes to the State's current standard error.
type stderrWriter struct{ e *hostEnv }

func (w stderrWriter) Write(p []byte) (int, error) { return w.e.errWriter().Write(p) }

func (e *hostEnv) errWriter() io.Writer {
	if e.stderr != nil {
		return e.stderr
	}
	return os.Stderr
}
