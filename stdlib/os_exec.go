package stdlib

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"runtime"
	"syscall"

	"wippylua/vm"
)

// Running commands: os.execute and io.popen hand the command to the
// system shell, as C's system and popen do.

// shellPath is the shell lua5.3 (through C's system) uses on Unix.
const shellPath = "/bin/sh"

// shellCommand prepares command for the system shell.
func shellCommand(command string) *exec.Cmd {
	if runtime.GOOS == "windows" {
		return exec.Command("cmd", "/C", command)
	}
	return exec.Command(shellPath, "-c", command)
}

// hasShell reports whether a shell is available (C's system(NULL)).
func hasShell() bool {
	if runtime.GOOS == "windows" {
		_, err := exec.LookPath("cmd")
		return err == nil
	}
	fi, err := os.Stat(shellPath)
	return err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0
}

// childStdin is the standard input given to commands: the process's own
// when the State reads it (or another OS file), and none (the null
// device) when the State reads from a Go reader, which a child cannot
// share without a copying goroutine that might block forever.
func (e *hostEnv) childStdin() io.Reader {
	if e.stdin == nil {
		return os.Stdin
	}
	if f, ok := e.stdin.(*os.File); ok {
		return f
	}
	return nil
}

// execResult pushes what luaL_execresult pushes for a finished command:
// true|nil, "exit"|"signal", code; or, when the command could not be run
// at all, nil, message, errno.
func execResult(t *vm.Thread, err error) int {
	if err == nil {
		t.Push(vm.True)
		t.Push(vm.String("exit"))
		t.Push(vm.Int(0))
		return 3
	}
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		return fileError(t, err, "")
	}
	t.Push(vm.Nil)
	if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		t.Push(vm.String("signal"))
		t.Push(vm.Int(int64(ws.Signal())))
		return 3
	}
	t.Push(vm.String("exit"))
	t.Push(vm.Int(int64(ee.ExitCode())))
	return 3
}

// osExecute implements os.execute([command]) with 5.3's results. The
// command's standard output and error go to the State's (print's) stdout
// and io.stderr's writer, so they stay in order with the program's own
// output; the Lua program waits for the command.
func (e *hostEnv) osExecute(t *vm.Thread) int {
	if t.Arg(1).IsNil() {
		t.Push(vm.Bool(hasShell()))
		return 1
	}
	command := t.CheckString(1)
	cmd := shellCommand(command)
	cmd.Stdin = e.childStdin()
	cmd.Stdout = stdout(t.State())
	cmd.Stderr = e.errWriter()
	return execResult(t, cmd.Run())
}
