package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// result is the outcome of one in-process invocation.
type result struct {
	status      int
	stdout      string
	stderr      string
	interleaved string // stdout and stderr as a terminal would show them
}

// sharedWriter sends writes to its own buffer and to a common one, to
// check the order of stdout and stderr output.
type sharedWriter struct {
	own, all *bytes.Buffer
}

func (w sharedWriter) Write(p []byte) (int, error) {
	w.all.Write(p)
	return w.own.Write(p)
}

func runMain(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb, all bytes.Buffer
	status := Main(args, strings.NewReader(stdin), sharedWriter{&out, &all}, sharedWriter{&errb, &all})
	return result{status, out.String(), errb.String(), all.String()}
}

// inTempDir makes a temporary directory with the given files the working
// directory of the test, so that messages show short relative names.
func inTempDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	return dir
}

func expect(t *testing.T, r result, status int, stdout, stderr string) {
	t.Helper()
	if r.status != status {
		t.Errorf("status = %d, want %d (stderr %q)", r.status, status, r.stderr)
	}
	if r.stdout != stdout {
		t.Errorf("stdout = %q, want %q", r.stdout, stdout)
	}
	if r.stderr != stderr {
		t.Errorf("stderr = %q, want %q", r.stderr, stderr)
	}
}

func TestRunFile(t *testing.T) {
	inTempDir(t, map[string]string{
		"hello.lua": "#!/usr/bin/env wippy-lua\nprint('hello', 2^10, 7 // 2)\nreturn 5",
	})
	expect(t, runMain(t, "", "run", "hello.lua"), 0, "hello\t1024.0\t3\n", "")
}

func TestRunExpression(t *testing.T) {
	expect(t, runMain(t, "", "run", "-e", "print(1 + 1)"), 0, "2\n", "")
	expect(t, runMain(t, "", "run", "-eprint('joined')"), 0, "joined\n", "")
	expect(t, runMain(t, "", "run", "-e", "x = 3", "-e", "print(x * 2)"), 0, "6\n", "")
	expect(t, runMain(t, "", "run", "-e", "print(1"), 1, "",
		"wippy-lua: (command line):1: ')' expected near <eof>\n")
}

func TestRunStdin(t *testing.T) {
	expect(t, runMain(t, "print('from stdin', ...)", "run", "-", "a", "b"), 0, "from stdin\ta\tb\n", "")
	expect(t, runMain(t, "print(2", "run", "-"), 1, "",
		"wippy-lua: stdin:1: ')' expected near <eof>\n")
}

func TestArgTable(t *testing.T) {
	inTempDir(t, map[string]string{
		"args.lua": "print(arg[-3], arg[-2], arg[-1], arg[0], arg[1], arg[2], arg[3])\n" +
			"print(select('#', ...), ...)\n" +
			"print(#arg)",
	})
	expect(t, runMain(t, "", "run", "args.lua", "x", "y z"), 0,
		"nil\tnil\twippy-lua\targs.lua\tx\ty z\tnil\n2\tx\ty z\n2\n", "")
	// Options sit at negative indices, between the interpreter and the script.
	expect(t, runMain(t, "", "run", "--sandbox", "-e", "v=1", "args.lua", "-e"), 0,
		"--sandbox\t-e\tv=1\targs.lua\t-e\tnil\tnil\n1\t-e\n1\n", "")
	expect(t, runMain(t, "", "run", "--sandbox", "-e", "print(arg[-4])", "args.lua"), 0,
		"wippy-lua\n"+"--sandbox\t-e\tprint(arg[-4])\targs.lua\tnil\tnil\tnil\n0\n0\n", "")
	// Without a script, index 0 is the interpreter (as lua5.3 -e does).
	expect(t, runMain(t, "", "run", "-e", "print(arg[-1], arg[0], arg[1], arg[2], #arg, ...)"), 0,
		"nil\twippy-lua\t-e\tprint(arg[-1], arg[0], arg[1], arg[2], #arg, ...)\t2\n", "")
	// "--" ends the options; the script's own options are left alone.
	expect(t, runMain(t, "", "run", "--", "args.lua", "--sandbox"), 0,
		"nil\twippy-lua\t--\targs.lua\t--sandbox\tnil\tnil\n1\t--sandbox\n1\n", "")
}

func TestSandboxFlag(t *testing.T) {
	expect(t, runMain(t, "", "run", "-e", "print(load ~= nil)"), 0, "true\n", "")
	expect(t, runMain(t, "", "run", "--sandbox", "-e", "print(load ~= nil)"), 0, "false\n", "")
}

func TestUncaughtError(t *testing.T) {
	inTempDir(t, map[string]string{
		"e.lua": "local function f() error(\"boom\") end\nf()\n",
	})
	expect(t, runMain(t, "", "run", "e.lua"), 1, "",
		"wippy-lua: e.lua:1: boom\n"+
			"stack traceback:\n"+
			"\t[C]: in function 'error'\n"+
			"\te.lua:1: in local 'f'\n"+
			"\te.lua:2: in main chunk\n"+
			"\t[C]: in ?\n")
}

func TestRuntimeErrorTraceback(t *testing.T) {
	inTempDir(t, map[string]string{
		"r.lua": "local t = nil\nprint(t.x)\n",
	})
	expect(t, runMain(t, "", "run", "r.lua"), 1, "",
		"wippy-lua: r.lua:2: attempt to index a nil value (local 't')\n"+
			"stack traceback:\n"+
			"\tr.lua:2: in main chunk\n"+
			"\t[C]: in ?\n")
}

func TestStdoutFlushedBeforeStderr(t *testing.T) {
	r := runMain(t, "", "run", "-e", "print('before') error('after', 0)")
	want := "before\nwippy-lua: after\nstack traceback:\n"
	if r.status != 1 || !strings.HasPrefix(r.interleaved, want) {
		t.Errorf("status %d, output %q, want it to start with %q", r.status, r.interleaved, want)
	}
}

func TestErrorObjects(t *testing.T) {
	tb := "stack traceback:\n\t[C]: in function 'error'\n\t(command line):1: in main chunk\n\t[C]: in ?\n"
	tests := []struct{ chunk, stderr string }{
		{"error({})", "wippy-lua: (error object is a table value)\n" + tb},
		{"error(nil)", "wippy-lua: (error object is a nil value)\n" + tb},
		{"error(true)", "wippy-lua: (error object is a boolean value)\n" + tb},
		{"error(12)", "wippy-lua: 12\n" + tb},
		{"error(1.5)", "wippy-lua: 1.5\n" + tb},
		{"error('plain', 0)", "wippy-lua: plain\n" + tb},
		// __tostring replaces the message and the traceback...
		{"error(setmetatable({}, {__tostring = function() return 'custom' end}))", "wippy-lua: custom\n"},
		// ...but only when it returns a string; __name is not used.
		{"error(setmetatable({}, {__tostring = function() return 42 end}))",
			"wippy-lua: (error object is a table value)\n" + tb},
		{"error(setmetatable({}, {__name = 'My'}))", "wippy-lua: (error object is a table value)\n" + tb},
	}
	for _, tc := range tests {
		t.Run(tc.chunk, func(t *testing.T) {
			expect(t, runMain(t, "", "run", "-e", tc.chunk), 1, "", tc.stderr)
		})
	}
}

func TestSyntaxError(t *testing.T) {
	inTempDir(t, map[string]string{"syn.lua": "local x = = 1\n"})
	// lua5.3 prints no traceback for a chunk that does not compile.
	expect(t, runMain(t, "", "run", "syn.lua"), 1, "",
		"wippy-lua: syn.lua:1: unexpected symbol near '='\n")
}

func TestMissingFile(t *testing.T) {
	dir := inTempDir(t, nil)
	expect(t, runMain(t, "", "run", "nofile.lua"), 1, "",
		"wippy-lua: cannot open nofile.lua: No such file or directory\n")
	expect(t, runMain(t, "", "run", "."), 1, "", "wippy-lua: cannot read .: Is a directory\n")
	expect(t, runMain(t, "", "compile", "nofile.lua"), 1, "",
		"wippy-lua: cannot open nofile.lua: No such file or directory\n")
	if _, err := os.Stat(filepath.Join(dir, "nofile.luac")); err == nil {
		t.Error("output written for a missing input")
	}
}

func TestCompileAndRunBinary(t *testing.T) {
	dir := inTempDir(t, map[string]string{
		"prog.lua": "local function sq(x) return x * x end\nprint(sq(12), ...)\nerror('late')\n",
	})
	expect(t, runMain(t, "", "compile", "prog.lua", "-o", "prog.luac"), 0, "", "")
	data, err := os.ReadFile(filepath.Join(dir, "prog.luac"))
	if err != nil {
		t.Fatal(err)
	}
	if len(data) == 0 || data[0] != 0x1B {
		t.Fatalf("binary chunk starts with %q", data[:min(len(data), 8)])
	}
	// The binary keeps line information: the traceback names the source.
	expect(t, runMain(t, "", "run", "prog.luac", "arg1"), 1, "144\targ1\n",
		"wippy-lua: prog.lua:3: late\n"+
			"stack traceback:\n"+
			"\t[C]: in function 'error'\n"+
			"\tprog.lua:3: in main chunk\n"+
			"\t[C]: in ?\n")

	// Stripped: same behaviour, no debug information left.
	expect(t, runMain(t, "", "compile", "-s", "-o", "strip.luac", "prog.lua"), 0, "", "")
	expect(t, runMain(t, "", "run", "strip.luac"), 1, "144\n",
		"wippy-lua: late\n"+
			"stack traceback:\n"+
			"\t[C]: in function 'error'\n"+
			"\t?: in main chunk\n"+
			"\t[C]: in ?\n")

	// Default output name.
	expect(t, runMain(t, "", "compile", "prog.lua"), 0, "", "")
	if _, err := os.Stat(filepath.Join(dir, "prog.luac")); err != nil {
		t.Error(err)
	}
	// -o - writes the chunk to stdout.
	r := runMain(t, "", "compile", "-o", "-", "prog.lua")
	if r.status != 0 || !bytes.Equal([]byte(r.stdout), data) {
		t.Errorf("-o -: status %d, %d bytes (want %d)", r.status, len(r.stdout), len(data))
	}
	// Standard input as the source.
	expect(t, runMain(t, "print('piped')", "compile", "-o", "piped.luac", "-"), 0, "", "")
	expect(t, runMain(t, "", "run", "piped.luac"), 0, "piped\n", "")
}

func TestCompileListing(t *testing.T) {
	dir := inTempDir(t, map[string]string{
		"l.lua": "local function f(a) return a + 1 end\nprint(f(1))\n",
	})
	r := runMain(t, "", "compile", "-l", "l.lua")
	if r.status != 0 || r.stderr != "" {
		t.Fatalf("status %d stderr %q", r.status, r.stderr)
	}
	for _, want := range []string{"\nmain <l.lua:0,0> (", "\nfunction <l.lua:1,1> (", "GETTABUP", "CLOSURE", "RETURN"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("listing lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "constants (") {
		t.Errorf("-l listing has the full sections:\n%s", r.stdout)
	}
	// -l alone writes no chunk.
	if _, err := os.Stat(filepath.Join(dir, "l.luac")); err == nil {
		t.Error("-l wrote a binary chunk")
	}

	full := runMain(t, "", "compile", "-l", "-l", "l.lua")
	for _, want := range []string{"constants (", "locals (", "upvalues ("} {
		if !strings.Contains(full.stdout, want) {
			t.Errorf("full listing lacks %q:\n%s", want, full.stdout)
		}
	}
	// A binary chunk can be listed too, with the same result.
	expect(t, runMain(t, "", "compile", "-o", "l.luac", "l.lua"), 0, "", "")
	expect(t, runMain(t, "", "compile", "-l", "l.luac"), 0, r.stdout, "")
}

func TestCompileParseOnly(t *testing.T) {
	dir := inTempDir(t, map[string]string{
		"ok.lua":   "print(1)\n",
		"bad.lua":  "print(1\n",
		"goto.lua": "goto nowhere\n",
	})
	expect(t, runMain(t, "", "compile", "-p", "ok.lua"), 0, "", "")
	if _, err := os.Stat(filepath.Join(dir, "ok.luac")); err == nil {
		t.Error("-p wrote a binary chunk")
	}
	expect(t, runMain(t, "", "compile", "-p", "bad.lua"), 1, "",
		"wippy-lua: bad.lua:2: ')' expected (to close '(' at line 1) near <eof>\n")
	// -p compiles too, so code generation errors are reported.
	expect(t, runMain(t, "", "compile", "-p", "goto.lua"), 1, "",
		"wippy-lua: goto.lua:2: no visible label 'nowhere' for <goto> at line 1\n")
}

func TestMalformedBinary(t *testing.T) {
	dir := inTempDir(t, map[string]string{"p.lua": "local t = {}\nfor i = 1, 3 do t[i] = i end\nprint(#t)\n"})
	expect(t, runMain(t, "", "compile", "-o", "p.luac", "p.lua"), 0, "", "")
	good, err := os.ReadFile(filepath.Join(dir, "p.luac"))
	if err != nil {
		t.Fatal(err)
	}
	expect(t, runMain(t, "", "run", "p.luac"), 0, "3\n", "")

	check := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
		r := runMain(t, "", "run", name)
		prefix := "wippy-lua: " + name + ": "
		if r.status != 1 || r.stdout != "" || !strings.HasPrefix(r.stderr, prefix) ||
			strings.Count(r.stderr, "\n") != 1 {
			t.Errorf("%s: status %d stdout %q stderr %q, want one line starting with %q",
				name, r.status, r.stdout, r.stderr, prefix)
		}
	}
	// Every truncation is rejected with a one-line error.
	for n := 1; n < len(good); n++ {
		check("trunc.luac", good[:n])
	}
	// Not our format at all (lua5.3's own header) and trailing bytes.
	check("foreign.luac", []byte("\x1bLua\x53\x00\x19\x93\r\n\x1a\n\x04\x08\x04\x08\x08"))
	check("trailing.luac", append(append([]byte{}, good...), 0))
	// A byte flipped anywhere: rejected with a message or accepted, never
	// a panic. The chunks are loaded and listed, not run: a corrupted jump
	// may well be a valid infinite loop.
	for i := len("\x1bLuaW"); i < len(good); i++ {
		bad := append([]byte{}, good...)
		bad[i] ^= 0xFF
		if err := os.WriteFile(filepath.Join(dir, "flip.luac"), bad, 0o644); err != nil {
			t.Fatal(err)
		}
		r := runMain(t, "", "compile", "-l", "-l", "flip.luac")
		if r.status == 1 && !strings.HasPrefix(r.stderr, "wippy-lua: flip.luac: ") {
			t.Errorf("byte %d flipped: stderr %q", i, r.stderr)
		}
	}
	// The compile command rejects the same input the same way.
	expect(t, runMain(t, "", "compile", "-l", "foreign.luac"), 1, "",
		runMain(t, "", "run", "foreign.luac").stderr)
}

func TestCommands(t *testing.T) {
	r := runMain(t, "", "version")
	if r.status != 0 || !strings.HasPrefix(r.stdout, "wippy-lua ") || !strings.Contains(r.stdout, "Lua 5.3") {
		t.Errorf("version: %+v", r)
	}
	r = runMain(t, "", "help")
	if r.status != 0 || !strings.Contains(r.stdout, "usage: wippy-lua") || r.stderr != "" {
		t.Errorf("help: %+v", r)
	}
	if r := runMain(t, "", "check", "no-such-app"); r.status != 1 || !strings.Contains(r.stderr, "no-such-app") {
		t.Errorf("check of a missing path: %+v", r)
	}

	for _, args := range [][]string{
		{},
		{"frobnicate"},
		{"run"},
		{"run", "-e"},
		{"run", "-x", "f.lua"},
		{"compile"},
		{"compile", "a.lua", "b.lua"},
		{"compile", "-o"},
		{"compile", "-q", "a.lua"},
	} {
		r := runMain(t, "", args...)
		if r.status != 1 || r.stdout != "" || !strings.Contains(r.stderr, "usage: wippy-lua") {
			t.Errorf("%q: status %d stdout %q stderr %q", args, r.status, r.stdout, r.stderr)
		}
	}
	if r := runMain(t, "", "run", "-e"); !strings.HasPrefix(r.stderr, "wippy-lua: '-e' needs argument\n") {
		t.Errorf("run -e: %q", r.stderr)
	}
	if r := runMain(t, "", "run", "-x"); !strings.HasPrefix(r.stderr, "wippy-lua: unrecognized option '-x'\n") {
		t.Errorf("run -x: %q", r.stderr)
	}
}

func TestExamples(t *testing.T) {
	// The shipped examples run cleanly.
	files, err := filepath.Glob("../../examples/*.lua")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no examples found")
	}
	for _, f := range files {
		r := runMain(t, "", "run", f)
		if r.status != 0 || r.stderr != "" || r.stdout == "" {
			t.Errorf("%s: status %d stderr %q stdout %q", f, r.status, r.stderr, r.stdout)
		}
	}
}
