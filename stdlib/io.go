package stdlib

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"wippylua/vm"
)

// The io library (Lua 5.3 manual §6.8), standard profile only.
//
// Files are userdata whose Data is a *stream and whose metatable is the
// one lua5.3 registers as "FILE*" (methods, __index, __name, __tostring,
// __gc). The standard files write through to the State's Stdout (shared
// with print, so output keeps its order) and to the writer given by
// SetStderr, and read from the reader given by SetStdin; buffering of the
// standard output is left to the host's writer (io.stdout:flush() and
// os.exit flush it when it has a Flush method), so io.stdout:setvbuf
// succeeds without changing anything. io.stdout:seek() fails with
// "Illegal seek" even when the host's output is a regular file.
//
// io.popen is supported where a shell is (see os_exec.go and io_popen.go).

// openIO installs the io library. Its functions find the State's
// hostEnv through the running thread, so that an image (NewImage) can
// share them; the standard files are the State's own (openStdFiles).
func openIO(s *vm.State, loaded *vm.Table, p Profile) {
	if p != Standard {
		return
	}
	e := getEnv(s)
	meta := vm.NewTable(0, 12)
	for name, fn := range map[string]func(e *hostEnv, t *vm.Thread) int{
		"close":      (*hostEnv).fClose,
		"flush":      (*hostEnv).fFlush,
		"lines":      (*hostEnv).fLines,
		"read":       (*hostEnv).fRead,
		"seek":       (*hostEnv).fSeek,
		"setvbuf":    (*hostEnv).fSetvbuf,
		"write":      (*hostEnv).fWrite,
		"__gc":       (*hostEnv).fGC,
		"__tostring": (*hostEnv).fTostring,
	} {
		meta.SetStr(name, vm.FunctionValue(vm.NewGoFunction(name, envFunc(fn))))
	}
	meta.SetStr("__index", vm.TableValue(meta))
	meta.SetStr("__name", vm.String("FILE*"))
	s.Registry().SetStr("FILE*", vm.TableValue(meta))
	e.fileMeta = meta

	lib := registerEnv(s, loaded, "io", map[string]func(e *hostEnv, t *vm.Thread) int{
		"close":   (*hostEnv).ioClose,
		"flush":   (*hostEnv).ioFlush,
		"input":   (*hostEnv).ioInput,
		"lines":   (*hostEnv).ioLines,
		"open":    (*hostEnv).ioOpen,
		"output":  (*hostEnv).ioOutput,
		"popen":   (*hostEnv).ioPopen,
		"read":    (*hostEnv).ioRead,
		"tmpfile": (*hostEnv).ioTmpfile,
		"type":    (*hostEnv).ioType,
		"write":   (*hostEnv).ioWrite,
	})
	e.openStdFiles(s, meta, lib)
}

// openStdFiles makes the standard files of s, whose handles have the
// metatable meta, and stores them in lib (the State's io table).
func (e *hostEnv) openStdFiles(s *vm.State, meta, lib *vm.Table) {
	e.fileMeta = meta
	e.stderrF = &stream{w: stderrWriter{e}, std: true, mode: bufNone}
	e.input = e.newHandle(&stream{r: stdinReader{e}, std: true})
	e.output = e.newHandle(&stream{w: stdoutWriter{s}, std: true, mode: bufNone})
	lib.SetStr("stdin", e.input)
	lib.SetStr("stdout", e.output)
	lib.SetStr("stderr", e.newHandle(e.stderrF))
}

// shareIO makes the io table of an image per State: each State made from
// it gets its own standard files on its first use of io.
func shareIO(builder *vm.State, io *vm.Table) {
	meta := getEnv(builder).fileMeta
	vm.SetPerState(io, func(s *vm.State, own *vm.Table) {
		getEnv(s).openStdFiles(s, meta, own)
	})
}

// envFunc makes a library function of f, which gets the running State's
// hostEnv.
func envFunc(f func(e *hostEnv, t *vm.Thread) int) func(t *vm.Thread) int {
	return func(t *vm.Thread) int { return f(getEnv(t.State()), t) }
}

// registerEnv is register for functions that get the State's hostEnv.
func registerEnv(s *vm.State, loaded *vm.Table, name string, funcs map[string]func(e *hostEnv, t *vm.Thread) int) *vm.Table {
	fs := make(map[string]func(t *vm.Thread) int, len(funcs))
	for n, f := range funcs {
		fs[n] = envFunc(f)
	}
	return register(s, loaded, name, fs)
}

// Flush methods make io.stdout:flush() and io.stderr:flush() reach the
// host's writers when they buffer.
func (w stdoutWriter) Flush() error { return flushStdout(w.s) }

func (w stderrWriter) Flush() error {
	if f, ok := w.e.errWriter().(interface{ Flush() error }); ok {
		return f.Flush()
	}
	return nil
}

// newHandle wraps st in a file handle. Files other than the standard ones
// are tracked so that Close (and the garbage collector) can close them.
func (e *hostEnv) newHandle(st *stream) vm.Value {
	ud := vm.NewUserdata(st, e.fileMeta)
	if !st.std {
		e.track(ud, st)
	}
	return vm.UserdataValue(ud)
}

// toStream returns argument n as a file stream (open or closed), raising
// lua5.3's error for anything else (luaL_checkudata).
func (e *hostEnv) toStream(t *vm.Thread, n int) *stream {
	ud := t.Arg(n).AsUserdata()
	if ud != nil && ud.Metatable() == e.fileMeta {
		if st, ok := ud.Data.(*stream); ok {
			return st
		}
	}
	t.TypeError(n, "FILE*")
	return nil
}

// toFile returns argument 1 as an open file.
func (e *hostEnv) toFile(t *vm.Thread) *stream {
	st := e.toStream(t, 1)
	if st.closed {
		t.Errorf("attempt to use a closed file")
	}
	return st
}

// auxClose closes the file handle at argument 1 and pushes the results of
// close. The standard files refuse, and stay open.
func (e *hostEnv) auxClose(t *vm.Thread, st *stream) int {
	if st.std {
		t.Push(vm.Nil)
		t.Push(vm.String("cannot close standard file"))
		return 2
	}
	e.untrack(st)
	if st.popen != nil {
		return execResult(t, st.close())
	}
	return fileResult(t, st.close(), "")
}

func (e *hostEnv) fClose(t *vm.Thread) int {
	return e.auxClose(t, e.toFile(t))
}

func (e *hostEnv) ioClose(t *vm.Thread) int {
	if t.NArgs() == 0 {
		t.Push(e.output)
	}
	return e.fClose(t)
}

func (e *hostEnv) fGC(t *vm.Thread) int {
	if st := e.toStream(t, 1); !st.closed {
		e.auxClose(t, st)
	}
	return 0
}

func (e *hostEnv) fTostring(t *vm.Thread) int {
	st := e.toStream(t, 1)
	if st.closed {
		t.Push(vm.String("file (closed)"))
	} else {
		t.Push(vm.String(fmt.Sprintf("file (%p)", st)))
	}
	return 1
}

func (e *hostEnv) ioType(t *vm.Thread) int {
	t.CheckAny(1)
	ud := t.Arg(1).AsUserdata()
	st, ok := (*stream)(nil), false
	if ud != nil && ud.Metatable() == e.fileMeta {
		st, ok = ud.Data.(*stream)
	}
	switch {
	case !ok:
		t.Push(vm.Nil)
	case st.closed:
		t.Push(vm.String("closed file"))
	default:
		t.Push(vm.String("file"))
	}
	return 1
}

func (e *hostEnv) ioOpen(t *vm.Thread) int {
	name := t.CheckString(1)
	mode := t.OptString(2, "r")
	if !validMode(mode) {
		t.ArgError(2, "invalid mode")
	}
	st, err := openFile(name, mode)
	if err != nil {
		return fileError(t, err, name)
	}
	t.Push(e.newHandle(st))
	return 1
}

// openCheck opens a file for io.lines, io.input and io.output, which raise
// an error instead of returning one.
func (e *hostEnv) openCheck(t *vm.Thread, name, mode string) vm.Value {
	st, err := openFile(name, mode)
	if err != nil {
		t.Errorf("cannot open file '%s' (%s)", name, strerror(err))
	}
	return e.newHandle(st)
}

func (e *hostEnv) ioPopen(t *vm.Thread) int {
	command := t.CheckString(1)
	mode := t.OptString(2, "r")
	if mode != "r" && mode != "w" {
		t.ArgError(2, "invalid mode")
	}
	st, err := e.popen(t.State(), command, mode)
	if err != nil {
		return fileError(t, err, command)
	}
	t.Push(e.newHandle(st))
	return 1
}

func (e *hostEnv) ioTmpfile(t *vm.Thread) int {
	st, err := tmpFile()
	if err != nil {
		return fileError(t, err, "")
	}
	t.Push(e.newHandle(st))
	return 1
}

// ioFile returns the default input or output file, which must be open.
func (e *hostEnv) ioFile(t *vm.Thread, output bool) *stream {
	v, what := e.input, "input"
	if output {
		v, what = e.output, "output"
	}
	st := v.AsUserdata().Data.(*stream)
	if st.closed {
		t.Errorf("standard %s file is closed", what)
	}
	return st
}

// gIOFile implements io.input and io.output: with a file name, open it
// (for reading or writing); with a file, use it; then return the current
// default file.
func (e *hostEnv) gIOFile(t *vm.Thread, output bool) int {
	if a := t.Arg(1); !a.IsNil() {
		var f vm.Value
		switch {
		case a.IsString() || a.IsNumber():
			mode := "r"
			if output {
				mode = "w"
			}
			f = e.openCheck(t, t.CheckString(1), mode)
		default:
			e.toFile(t)
			f = a
		}
		if output {
			e.output = f
		} else {
			e.input = f
		}
	}
	if output {
		t.Push(e.output)
	} else {
		t.Push(e.input)
	}
	return 1
}

func (e *hostEnv) ioInput(t *vm.Thread) int  { return e.gIOFile(t, false) }
func (e *hostEnv) ioOutput(t *vm.Thread) int { return e.gIOFile(t, true) }

// maxArgLine is lua5.3's limit on the formats given to lines.
const maxArgLine = 250

// linesIterator returns the function io.lines and file:lines return: it
// reads with the formats at arguments first.. on each call, and closes
// the file at the end when toclose is set.
func (e *hostEnv) linesIterator(t *vm.Thread, file vm.Value, first int, toclose bool) vm.Value {
	n := t.NArgs() - first + 1
	if n > maxArgLine {
		t.ArgError(maxArgLine+2, "too many arguments")
	}
	var formats []vm.Value
	if n > 0 {
		formats = append(formats, t.Args()[first-1:]...)
	}
	st := file.AsUserdata().Data.(*stream)
	return vm.FunctionValue(vm.NewGoFunction("lines_iterator", func(t *vm.Thread) int {
		if st.closed {
			t.Errorf("file is already closed")
		}
		// Like lua5.3, the formats become arguments 2.. of the read.
		t.SetTop(1)
		for _, f := range formats {
			t.Push(f)
		}
		n := e.gRead(t, st, 2)
		if t.Get(-n).Truthy() {
			return n
		}
		if n > 1 {
			// The first result is nil and an error message follows.
			t.Errorf("%s", t.ToStringMeta(t.Get(-n+1)))
		}
		if toclose {
			e.auxClose(t, st)
		}
		return 0
	}))
}

func (e *hostEnv) fLines(t *vm.Thread) int {
	e.toFile(t)
	t.Push(e.linesIterator(t, t.Arg(1), 2, false))
	return 1
}

func (e *hostEnv) ioLines(t *vm.Thread) int {
	if t.NArgs() == 0 {
		t.Push(vm.Nil)
	}
	if t.Arg(1).IsNil() {
		t.SetArg(1, e.input)
		e.toFile(t)
		t.Push(e.linesIterator(t, e.input, 2, false))
		return 1
	}
	name := t.CheckString(1)
	f := e.openCheck(t, name, "r")
	t.SetArg(1, f)
	t.Push(e.linesIterator(t, f, 2, true))
	return 1
}

func (e *hostEnv) ioRead(t *vm.Thread) int  { return e.gRead(t, e.ioFile(t, false), 1) }
func (e *hostEnv) fRead(t *vm.Thread) int   { return e.gRead(t, e.toFile(t), 2) }
func (e *hostEnv) ioWrite(t *vm.Thread) int { return e.gWrite(t, e.ioFile(t, true), 1, e.output) }

func (e *hostEnv) fWrite(t *vm.Thread) int {
	st := e.toFile(t)
	return e.gWrite(t, st, 2, t.Arg(1))
}

// gRead reads with the formats at arguments first.. and pushes one result
// per format, stopping at the first that fails (whose result is nil); on
// a read error it pushes nil, message, errno instead.
func (e *hostEnv) gRead(t *vm.Thread, st *stream, first int) int {
	nargs := t.NArgs() - first + 1
	st.clearErr()
	pushed := 0
	push := func(v vm.Value, ok bool) bool {
		if !ok {
			v = vm.Nil
		}
		t.Push(v)
		pushed++
		return ok
	}
	if nargs <= 0 {
		s, ok := st.readLine(true)
		push(vm.String(s), ok)
	} else {
		for i := 0; i < nargs; i++ {
			n := first + i
			var ok bool
			if a := t.Arg(n); a.IsNumber() {
				l := t.CheckInt(n)
				switch {
				case l == 0:
					ok = push(vm.String(""), st.testEOF())
				case l < 0:
					// lua5.3 converts the count to size_t and fails to
					// allocate a buffer that large.
					t.Throw(vm.String("not enough memory for buffer allocation"))
				default:
					s, got := st.readChars(l)
					ok = push(vm.String(s), got)
				}
			} else {
				p := t.CheckString(n)
				p = strings.TrimPrefix(p, "*")
				c := byte(0)
				if p != "" {
					c = p[0]
				}
				switch c {
				case 'n':
					v, got := readNumber(st)
					ok = push(v, got)
				case 'l':
					s, got := st.readLine(true)
					ok = push(vm.String(s), got)
				case 'L':
					s, got := st.readLine(false)
					ok = push(vm.String(s), got)
				case 'a':
					ok = push(vm.String(st.readAll()), true)
				default:
					t.ArgError(n, "invalid format")
				}
			}
			if !ok {
				break
			}
		}
	}
	if st.rerr != nil {
		return fileError(t, st.rerr, "")
	}
	return pushed
}

// gWrite writes arguments arg.. (strings, or numbers formatted as
// lua5.3's fprintf does: "%d" and "%.14g") and pushes file, or nil,
// message, errno after a failed write (later arguments are still
// checked but not written).
func (e *hostEnv) gWrite(t *vm.Thread, st *stream, arg int, file vm.Value) int {
	var err error
	for n := arg; n <= t.NArgs(); n++ {
		var s string
		if v := t.Arg(n); v.IsNumber() {
			s = formatNumberC(v)
		} else {
			s = t.CheckString(n)
		}
		if err == nil {
			err = st.write([]byte(s))
		}
	}
	if err != nil {
		return fileError(t, err, "")
	}
	t.Push(file)
	return 1
}

// formatNumberC formats a number as C's printf("%lld") or ("%.14g"), which
// is how io.write writes numbers (1.0 is written "1", unlike tostring).
func formatNumberC(v vm.Value) string {
	if v.IsInt() {
		return strconv.FormatInt(v.AsInt(), 10)
	}
	s := vm.FormatFloat(v.AsFloat())
	return strings.TrimSuffix(s, ".0")
}

func (e *hostEnv) fSeek(t *vm.Thread) int {
	st := e.toFile(t)
	whence := t.CheckOption(2, "cur", []string{"set", "cur", "end"})
	offset := t.OptInt(3, 0)
	pos, err := st.seek(offset, []int{io.SeekStart, io.SeekCurrent, io.SeekEnd}[whence])
	if err != nil {
		return fileError(t, err, "")
	}
	t.Push(vm.Int(pos))
	return 1
}

// luaLBufferSize is LUAL_BUFFERSIZE on 64-bit Linux, the default size of
// setvbuf.
const luaLBufferSize = 8192

func (e *hostEnv) fSetvbuf(t *vm.Thread) int {
	st := e.toFile(t)
	mode := t.CheckOption(2, "", []string{"no", "full", "line"})
	t.OptInt(3, luaLBufferSize) // checked, but glibc ignores it (see bufSize)
	if st.std && st.w != nil {
		// The host's writer does the buffering of standard output.
		t.Push(vm.True)
		return 1
	}
	return fileResult(t, st.setvbuf([]bufMode{bufNone, bufFull, bufLine}[mode]), "")
}

func (e *hostEnv) ioFlush(t *vm.Thread) int {
	return fileResult(t, e.ioFile(t, true).flush(), "")
}

func (e *hostEnv) fFlush(t *vm.Thread) int {
	return fileResult(t, e.toFile(t).flush(), "")
}

// readNumber reads a numeral like lua5.3's read_number: the longest prefix
// (at most 200 characters) that can start a decimal or hexadecimal
// numeral is consumed, one character of look-ahead is pushed back, and
// the prefix converts as tonumber would, or the read fails.
func readNumber(st *stream) (vm.Value, bool) {
	const maxLen = 200
	var buf []byte
	overflow := false
	c := st.getc()
	for isCSpace(c) {
		c = st.getc()
	}
	// accept adds the current character and reads the next one.
	accept := func() bool {
		if len(buf) >= maxLen {
			overflow = true
			return false
		}
		buf = append(buf, byte(c))
		c = st.getc()
		return true
	}
	test2 := func(set string) bool {
		if c >= 0 && (c == int(set[0]) || c == int(set[1])) {
			return accept()
		}
		return false
	}
	digits := func(hex bool) int {
		n := 0
		for c >= 0 && isDigitOf(byte(c), hex) && accept() {
			n++
		}
		return n
	}
	count := 0
	hex := false
	test2("-+")
	if test2("00") {
		if test2("xX") {
			hex = true
		} else {
			count = 1
		}
	}
	count += digits(hex)
	if test2("..") {
		count += digits(hex)
	}
	exp := "eE"
	if hex {
		exp = "pP"
	}
	if count > 0 && test2(exp) {
		test2("-+")
		digits(false)
	}
	st.ungetc(c)
	if overflow {
		return vm.Nil, false
	}
	v, ok := vm.StringToNumber(string(buf))
	if !ok {
		return vm.Nil, false
	}
	return v, true
}

// isCSpace is C's isspace in the C locale.
func isCSpace(c int) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

func isDigitOf(c byte, hex bool) bool {
	if c >= '0' && c <= '9' {
		return true
	}
	return hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
}
