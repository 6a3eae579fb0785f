package stdlib

import (
	"bytes"
	"io"
	"os"
	"os/exec"

	"wippylua/vm"
)

// io.popen runs a command through the system shell with a pipe to its
// standard input ("w") or from its standard output ("r").
//
// While the command runs, the Lua program runs too; so that the command
// never writes into the host's Go writers concurrently with the program,
// any output of the command that is not read through the pipe (its
// stdout in "w" mode, its stderr) goes straight to the State's standard
// streams when they are OS files, and is otherwise collected and written
// to them when the file is closed.

// popen starts command and returns the stream connected to it: reading
// its output for mode "r", writing its input for "w" (io.popen checked).
func (e *hostEnv) popen(s *vm.State, command, mode string) (*stream, error) {
	read := mode == "r"
	// C's l_popen flushes every stream first, so that the command sees
	// what the program wrote.
	flushAll(s)
	cmd := shellCommand(command)
	p := &popenState{cmd: cmd, stdout: stdoutWriter{s}, stderr: stderrWriter{e}}
	st := &stream{popen: p}
	cmd.Stderr = directOr(e.errWriter(), &p.errBuf)
	if read {
		cmd.Stdin = e.childStdin()
		out, err := cmd.StdoutPipe()
		if err != nil {
			return nil, err
		}
		st.r, p.pipe = out, out
	} else {
		cmd.Stdout = directOr(stdout(s), &p.outBuf)
		in, err := cmd.StdinPipe()
		if err != nil {
			return nil, err
		}
		st.w, p.pipe = in, in
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return st, nil
}

// popenState is the command side of an io.popen stream.
type popenState struct {
	cmd  *exec.Cmd
	pipe io.Closer // our end of the pipe
	// outBuf and errBuf collect what the command writes to streams that
	// are not OS files; stdout and stderr receive it when it ends.
	outBuf, errBuf bytes.Buffer
	stdout, stderr io.Writer
}

// directOr returns w when it is an OS file (the child can write to it
// directly), and buf otherwise.
func directOr(w io.Writer, buf *bytes.Buffer) io.Writer {
	if f, ok := w.(*os.File); ok {
		return f
	}
	return buf
}

// wait closes the pipe and waits for the command, like C's pclose, and
// returns how the command ended. passOutput writes the output collected
// from the command to the State's streams; the garbage collector's
// cleanup, which runs concurrently with the program, drops it instead.
func (p *popenState) wait(passOutput bool) error {
	p.pipe.Close()
	err := p.cmd.Wait()
	if passOutput {
		if p.outBuf.Len() > 0 {
			p.stdout.Write(p.outBuf.Bytes())
		}
		if p.errBuf.Len() > 0 {
			p.stderr.Write(p.errBuf.Bytes())
		}
	}
	return err
}
