package stdlib

import (
	"bytes"
	"io"
	"os"
	"syscall"
)

// stream is an open Lua file: a Go reader and/or writer with the
// buffering of a C stdio FILE, which is what lua5.3's io library is built
// on. It keeps one read buffer and one write buffer and never has both
// non-empty: reading first flushes pending writes, and writing after a
// read moves the OS file position back over the data that was read ahead
// but not consumed, so that reads and writes on a "r+"/"w+" file happen at
// the position the program sees, as with glibc.
type stream struct {
	f     *os.File    // set for seekable files (io.open, io.tmpfile)
	r     io.Reader   // read side; nil when the stream was not opened for reading
	w     io.Writer   // write side; nil when it was not opened for writing
	std   bool        // io.stdin/stdout/stderr: cannot be closed
	popen *popenState // set for io.popen streams
	// tmpName is a temporary file to remove on close where the OS does not
	// allow removing an open file.
	tmpName string

	closed bool

	rbuf       []byte
	rpos, rend int
	// eof and rerr are C's end-of-file and error indicators. They are
	// cleared at the start of every read call (clearerr), so a terminal
	// can be read again after an end of file.
	eof  bool
	rerr error

	wbuf []byte
	mode bufMode
	// unbuffered is set for good by setvbuf("no"): glibc then gives the
	// stream a one-byte buffer, which later "full" or "line" requests
	// (made without a buffer, as lua5.3 makes them) keep using.
	unbuffered bool
}

// bufMode is a buffering mode of setvbuf.
type bufMode uint8

const (
	bufFull bufMode = iota
	bufLine
	bufNone
)

// bufSize is the buffer glibc allocates for a file: st_blksize, at most
// BUFSIZ; 4096 on the usual file systems. setvbuf's size argument does not
// change it, because lua5.3 passes no buffer and glibc then ignores the
// size.
const bufSize = 4096

// errBadF is what C reports when reading a stream opened only for writing,
// or the reverse.
var errBadF error = syscall.EBADF

// clearErr resets the end-of-file and error indicators (C's clearerr).
func (st *stream) clearErr() {
	st.eof = false
	st.rerr = nil
}

// fill reads more input into the empty read buffer; it reports false at
// end of file or on error (recorded in eof/rerr).
func (st *stream) fill() bool {
	if st.r == nil {
		if st.rerr == nil {
			st.rerr = errBadF
		}
		return false
	}
	if st.eof || st.rerr != nil {
		return false
	}
	if len(st.wbuf) > 0 {
		if err := st.flush(); err != nil {
			st.rerr = err
			return false
		}
	}
	size := bufSize
	if st.unbuffered {
		// Unbuffered input takes one byte at a time, leaving the rest for
		// whoever else reads the same descriptor (a child process).
		size = 1
	}
	if cap(st.rbuf) < size {
		st.rbuf = make([]byte, size)
	}
	st.rbuf = st.rbuf[:size]
	for tries := 0; ; tries++ {
		n, err := st.r.Read(st.rbuf)
		if n > 0 {
			// An error that comes with data is reported by the next Read.
			st.rpos, st.rend = 0, n
			return true
		}
		if err == io.EOF || (err == nil && tries > 100) {
			st.eof = true
			return false
		}
		if err != nil {
			st.rerr = err
			return false
		}
	}
}

// getc returns the next byte, or -1 at end of file or error.
func (st *stream) getc() int {
	if st.rpos == st.rend && !st.fill() {
		return -1
	}
	c := st.rbuf[st.rpos]
	st.rpos++
	return int(c)
}

// ungetc pushes back the byte getc just returned (c == -1 is a no-op).
func (st *stream) ungetc(c int) {
	if c >= 0 && st.rpos > 0 {
		st.rpos--
		st.rbuf[st.rpos] = byte(c)
	}
}

// readLine reads up to and including a newline; chop drops the newline.
// It fails only when there was nothing at all to read.
func (st *stream) readLine(chop bool) (string, bool) {
	var b []byte
	for {
		if st.rpos == st.rend && !st.fill() {
			return string(b), len(b) > 0
		}
		chunk := st.rbuf[st.rpos:st.rend]
		if i := bytes.IndexByte(chunk, '\n'); i >= 0 {
			end := i
			if !chop {
				end++
			}
			b = append(b, chunk[:end]...)
			st.rpos += i + 1
			return string(b), true
		}
		b = append(b, chunk...)
		st.rpos = st.rend
	}
}

// readAll reads everything up to the end of file.
func (st *stream) readAll() string {
	var b []byte
	for {
		if st.rpos == st.rend && !st.fill() {
			return string(b)
		}
		b = append(b, st.rbuf[st.rpos:st.rend]...)
		st.rpos = st.rend
	}
}

// readChars reads up to n bytes; it fails when none could be read. The
// result grows with what is actually read, so a huge n costs nothing.
func (st *stream) readChars(n int64) (string, bool) {
	var b []byte
	for int64(len(b)) < n {
		if st.rpos == st.rend && !st.fill() {
			break
		}
		avail := st.rbuf[st.rpos:st.rend]
		if want := n - int64(len(b)); int64(len(avail)) > want {
			avail = avail[:want]
		}
		b = append(b, avail...)
		st.rpos += len(avail)
	}
	return string(b), len(b) > 0
}

// testEOF reports whether more input is available, without consuming it.
func (st *stream) testEOF() bool {
	c := st.getc()
	st.ungetc(c)
	return c >= 0
}

// write writes p according to the buffering mode.
func (st *stream) write(p []byte) error {
	if st.w == nil {
		return errBadF
	}
	if st.rpos < st.rend {
		// Switching from reading to writing: the OS position is past the
		// data read ahead; move it back to where the program is.
		if st.f != nil {
			if _, err := st.f.Seek(int64(st.rpos-st.rend), io.SeekCurrent); err != nil {
				return err
			}
		}
		st.rpos, st.rend = 0, 0
	}
	if st.mode == bufNone || st.unbuffered {
		if err := st.flushBuf(); err != nil {
			return err
		}
		_, err := st.w.Write(p)
		return err
	}
	// glibc's _IO_new_file_xsputn: in line mode, when everything fits,
	// buffer through the last newline and flush; otherwise fill the
	// buffer, flush it, write whole blocks directly and buffer the rest.
	// Only another reader of the file can tell, but that is what
	// programs that test buffering look at.
	room := bufSize - len(st.wbuf)
	if len(p) <= room {
		nl := -1
		if st.mode == bufLine {
			nl = bytes.LastIndexByte(p, '\n')
		}
		if nl < 0 {
			st.wbuf = append(st.wbuf, p...)
			return nil
		}
		st.wbuf = append(st.wbuf, p[:nl+1]...)
		p = p[nl+1:]
	} else {
		st.wbuf = append(st.wbuf, p[:room]...)
		p = p[room:]
	}
	if err := st.flushBuf(); err != nil {
		return err
	}
	if direct := len(p) - len(p)%bufSize; direct > 0 {
		if _, err := st.w.Write(p[:direct]); err != nil {
			return err
		}
		p = p[direct:]
	}
	st.wbuf = append(st.wbuf, p...)
	if st.mode == bufLine {
		// glibc puts the rest in one character at a time, flushing at
		// each newline.
		if nl := bytes.LastIndexByte(st.wbuf, '\n'); nl >= 0 {
			_, err := st.w.Write(st.wbuf[:nl+1])
			st.wbuf = append(st.wbuf[:0], st.wbuf[nl+1:]...)
			return err
		}
	}
	return nil
}

// flushBuf writes out the write buffer. The buffer is emptied even on
// failure, as C drops the data of a failed write.
func (st *stream) flushBuf() error {
	if len(st.wbuf) == 0 {
		return nil
	}
	_, err := st.w.Write(st.wbuf)
	st.wbuf = st.wbuf[:0]
	return err
}

// flush writes out the write buffer and flushes the underlying writer
// when it buffers too (the host's standard output).
func (st *stream) flush() error {
	if st.closed || st.w == nil {
		return nil
	}
	if err := st.flushBuf(); err != nil {
		return err
	}
	if f, ok := st.w.(interface{ Flush() error }); ok {
		return f.Flush()
	}
	return nil
}

// seek moves the file position like fseek and returns the new position.
func (st *stream) seek(offset int64, whence int) (int64, error) {
	if st.f == nil {
		return 0, syscall.ESPIPE
	}
	if err := st.flushBuf(); err != nil {
		return 0, err
	}
	if whence == io.SeekCurrent {
		offset -= int64(st.rend - st.rpos)
	}
	st.rpos, st.rend = 0, 0
	st.eof = false
	pos, err := st.f.Seek(offset, whence)
	if err != nil {
		return 0, err
	}
	return pos, nil
}

// setvbuf changes the buffering mode. Like glibc, only "no" writes out
// pending output; "full" and "line" keep it in the buffer.
func (st *stream) setvbuf(mode bufMode) error {
	st.mode = mode
	if mode == bufNone {
		st.unbuffered = true
		return st.flushBuf()
	}
	return nil
}

// close flushes and closes the stream; for an io.popen stream it waits for
// the command and returns how it ended. Closing twice does nothing.
func (st *stream) close() error { return st.closeStream(true) }

// closeStream is close; passOutput is false when the garbage collector
// closes the stream (see popenState.wait).
func (st *stream) closeStream(passOutput bool) error {
	if st.closed {
		return nil
	}
	err := st.flushBuf()
	st.closed = true
	st.rbuf, st.wbuf = nil, nil
	if st.popen != nil {
		if werr := st.popen.wait(passOutput); werr != nil {
			err = werr
		}
		return err
	}
	if st.f != nil {
		if cerr := st.f.Close(); err == nil {
			err = cerr
		}
	}
	if st.tmpName != "" {
		os.Remove(st.tmpName)
	}
	return err
}

// openFile opens name with a C fopen mode already checked by validMode.
func openFile(name, mode string) (*stream, error) {
	plus := len(mode) > 1 && mode[1] == '+'
	var flag int
	switch mode[0] {
	case 'r':
		flag = os.O_RDONLY
		if plus {
			flag = os.O_RDWR
		}
	case 'w':
		flag = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		if plus {
			flag = os.O_RDWR | os.O_CREATE | os.O_TRUNC
		}
	case 'a':
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
		if plus {
			flag = os.O_RDWR | os.O_CREATE | os.O_APPEND
		}
	}
	f, err := os.OpenFile(name, flag, 0o666)
	if err != nil {
		return nil, err
	}
	st := &stream{f: f}
	if mode[0] == 'r' || plus {
		st.r = f
	}
	if mode[0] != 'r' || plus {
		st.w = f
	}
	return st, nil
}

// validMode reports whether mode matches lua5.3's pattern
// [rwa]%+?b* (the modes C's fopen must accept).
func validMode(mode string) bool {
	if mode == "" || (mode[0] != 'r' && mode[0] != 'w' && mode[0] != 'a') {
		return false
	}
	rest := mode[1:]
	if len(rest) > 0 && rest[0] == '+' {
		rest = rest[1:]
	}
	for i := 0; i < len(rest); i++ {
		if rest[i] != 'b' {
			return false
		}
	}
	return true
}

// tmpFile creates an anonymous temporary file opened for update, like C's
// tmpfile: it is removed at once (where the OS allows) and disappears
// when closed.
func tmpFile() (*stream, error) {
	f, err := os.CreateTemp("", "lua_")
	if err != nil {
		return nil, err
	}
	st := &stream{f: f, r: f, w: f}
	if os.Remove(f.Name()) != nil {
		st.tmpName = f.Name()
	}
	return st, nil
}
