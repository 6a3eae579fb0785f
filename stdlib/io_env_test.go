package stdlib_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"wippylua"
	"wippylua/stdlib"
	"wippylua/vm"
)

// exitCode is the reason of the abort os.exit raises in run.
type exitCode int

func (c exitCode) Error() string { return fmt.Sprintf("os.exit(%d)", int(c)) }

// run executes src in a standard State whose output is buffered like the
// command line's, with os.exit aborting the run as the command line's
// does, and returns what was printed and the exit status, if os.exit
// was called (err is then nil).
func run(t *testing.T, src string) (out string, code int, exited bool, err error) {
	t.Helper()
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	L := wippylua.New(wippylua.Options{Stdout: w})
	stdlib.SetExit(L.VM(), func(c int) { vm.Abort(exitCode(c)) })
	_, err = L.DoString(src, "=test")
	var le *vm.Error
	var ec exitCode
	if errors.As(err, &le) && errors.As(le.Abort, &ec) {
		// os.exit flushed everything itself: what the buffer holds is
		// what the program wrote before it.
		return buf.String(), int(ec), true, nil
	}
	stdlib.Close(L.VM())
	w.Flush()
	return buf.String(), 0, false, err
}

func TestExit(t *testing.T) {
	for _, c := range []struct {
		src  string
		code int
		out  string
	}{
		{`io.write("partial") os.exit(3)`, 3, "partial"},
		{`print("x") os.exit()`, 0, "x\n"},
		{`os.exit(true)`, 0, ""},
		{`os.exit(false)`, 1, ""},
		{`os.exit(7, true)`, 7, ""},
		// pcall cannot catch an exit, nor can a coroutine hide it.
		{`print(pcall(os.exit, 5)) print("after")`, 5, ""},
		{`coroutine.wrap(function() io.write("co") os.exit(9) end)() print("after")`, 9, "co"},
	} {
		out, code, exited, err := run(t, c.src)
		if err != nil || !exited || code != c.code || out != c.out {
			t.Errorf("%s: out %q code %d exited %v err %v; want %q, %d", c.src, out, code, exited, err, c.out, c.code)
		}
	}
}

func TestExitFlushesFiles(t *testing.T) {
	name := filepath.Join(t.TempDir(), "f.txt")
	src := `local f = io.open(` + luaQuote(name) + `, "w") f:write("kept") os.exit(0)`
	if _, code, exited, err := run(t, src); err != nil || !exited || code != 0 {
		t.Fatalf("code %d exited %v err %v", code, exited, err)
	}
	if b, _ := os.ReadFile(name); string(b) != "kept" {
		t.Errorf("file has %q, want the data written before os.exit", b)
	}
}

func TestRunWithoutExit(t *testing.T) {
	out, code, exited, err := run(t, `print("done")`)
	if out != "done\n" || code != 0 || exited || err != nil {
		t.Errorf("normal run: %q %d %v %v", out, code, exited, err)
	}
}

func TestCloseFlushesOpenFiles(t *testing.T) {
	name := filepath.Join(t.TempDir(), "f.txt")
	L := wippylua.New(wippylua.Options{})
	if _, err := L.DoString(`f = io.open(`+luaQuote(name)+`, "w") f:write("pending")`, "=t"); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(name); len(b) != 0 {
		t.Fatalf("data reached the file before Close: %q", b)
	}
	stdlib.Close(L.VM())
	if b, _ := os.ReadFile(name); string(b) != "pending" {
		t.Errorf("after Close the file has %q", b)
	}
}

// TestGarbageFilesAreClosed checks that a handle dropped without close is
// flushed and closed by the garbage collector, like lua5.3's __gc.
func TestGarbageFilesAreClosed(t *testing.T) {
	name := filepath.Join(t.TempDir(), "f.txt")
	L := wippylua.New(wippylua.Options{})
	if _, err := L.DoString(`do local f = io.open(`+luaQuote(name)+`, "w") f:write("dropped") end`, "=t"); err != nil {
		t.Fatal(err)
	}
	// Overwrite the stack slots that held the handle.
	L.DoString(`local a, b, c, d, e, f, g, h = 1, 2, 3, 4, 5, 6, 7, 8`, "=t")
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		runtime.GC()
		if b, _ := os.ReadFile(name); string(b) == "dropped" {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Skip("the handle stayed reachable (a stale stack slot); cleanup not observed")
}

func TestSetStdin(t *testing.T) {
	var out bytes.Buffer
	L := wippylua.New(wippylua.Options{Stdout: &out})
	// Set after Open: the standard input handle follows.
	stdlib.SetStdin(L.VM(), strings.NewReader("line 1\n42 rest\n"))
	if _, err := L.DoString(`print(io.read()) print(io.read("n")) print(io.stdin:read("a")) print(io.read())`, "=t"); err != nil {
		t.Fatal(err)
	}
	if want := "line 1\n42\n rest\n\nnil\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}

func TestSetStderr(t *testing.T) {
	var errOut bytes.Buffer
	L := wippylua.New(wippylua.Options{})
	stdlib.SetStderr(L.VM(), &errOut)
	if _, err := L.DoString(`io.stderr:write("to stderr ", 1, "\n")`, "=t"); err != nil {
		t.Fatal(err)
	}
	if errOut.String() != "to stderr 1\n" {
		t.Errorf("stderr got %q", errOut.String())
	}
}

func hasShell(t *testing.T) {
	if _, err := exec.LookPath("/bin/sh"); err != nil || runtime.GOOS == "windows" {
		t.Skip("no /bin/sh")
	}
}

// TestCommandOutput checks that what commands print goes to the State's
// standard output, in order with the program's own output.
func TestCommandOutput(t *testing.T) {
	hasShell(t)
	out, _, _, err := run(t, `
		print("before")
		print(os.execute("echo from execute"))
		local p = io.popen("cat", "w")
		p:write("through popen\n")
		print(p:close())
		local r = io.popen("echo read back")
		print(r:read("a"), r:close())
		print("after")`)
	if err != nil {
		t.Fatal(err)
	}
	want := "before\nfrom execute\ntrue\texit\t0\nthrough popen\ntrue\texit\t0\nread back\n\ttrue\texit\t0\nafter\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}

func TestPackageWithoutDynamicLibraries(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "clib.so"), []byte("not really a library"), 0o644)
	out, _, _, err := run(t, `
		print(package.loadlib("x.so", "luaopen_x"))
		package.path = ""
		package.cpath = `+luaQuote(dir+"/?.so")+`
		print(select(2, pcall(require, "clib")))
		print(select(2, pcall(require, "clib.sub")))`)
	if err != nil {
		t.Fatal(err)
	}
	msg := "dynamic libraries not enabled; check your Lua installation"
	want := "nil\t" + msg + "\tabsent\n" +
		"error loading module 'clib' from file '" + dir + "/clib.so':\n\t" + msg + "\n" +
		"error loading module 'clib.sub' from file '" + dir + "/clib.so':\n\t" + msg + "\n"
	if out != want {
		t.Errorf("got %q\nwant %q", out, want)
	}
}

func luaQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
