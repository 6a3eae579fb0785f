package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"wippylua"
	"wippylua/app"
	"wippylua/bytecode"
	"wippylua/lexer"
	"wippylua/modules/json"
	"wippylua/process"
	"wippylua/vm"
)

// progName replaces "lua5.3" / "luac5.3" in every message.
const progName = "wippy-lua"

const usageText = `usage: wippy-lua <command> [arguments]

commands:
  run [options] [script [args...]]
        run a Lua script; script '-' reads the program from standard input
        -e chunk    run the string chunk (before the script)
        -l name     require library name into global name
        --sandbox   use the sandboxed profile (no io, load, debug, os.execute...)
        --workers n run processes on n scheduler workers (default: one per core)
        --deterministic
                    run processes on one worker on the command's thread,
                    with virtual time and a fixed seed: runs repeat exactly
        --          stop handling options
        The script runs as a process: channels, select, coroutine.spawn,
        time and process.* are available as in application entries
  run [--host ns:name] [--workers n] [--deterministic] dir entry [args...]
        run an entry of the app in directory dir: a function.lua entry is
        called and its results printed as JSON, one per line; a
        process.lua entry runs on the host (default: the app's first
        process.host) until it exits. Numeric args are passed as numbers,
        the others as strings
  compile [-l [-l]] [-p] [-s] [-o out] file
        compile a script to a binary chunk (file '-' reads standard input)
        -l          print a listing of the bytecode (-l -l: full listing)
        -p          parse and compile only, write nothing
        -s          strip debug information
        -o out      output file ('-' for standard output; default: file with
                    .lua replaced by .luac)
  check [--format=text|pretty|json] [--strict|--nonstrict] path...
        type-check Lua files, directories of .lua files (recursively) and
        app directories (the sources of their entries); prints
        file:line:col: error[CODE]: message lines (pretty: with the source
        line and a caret; json: an array of objects) and exits with 1 when
        there are errors
  version       print the version
  help          print this help
`

// Main runs the wippy-lua command line args (without the program name)
// and returns the process exit status: 0 on success, 1 on any error
// (including an uncaught Lua error, a bad invocation, and type errors
// found by check).
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	synced := process.SyncWriter(out)
	c := &command{
		stdin:  stdin,
		out:    out,
		sync:   synced,
		errOut: &orderedWriter{before: synced.(flusher), w: stderr},
	}
	if len(args) == 0 {
		c.usageError("")
		return 1
	}
	switch args[0] {
	case "run":
		return c.run(args[1:])
	case "compile":
		return c.compile(args[1:])
	case "check":
		return c.check(args[1:])
	case "version", "--version", "-v":
		fmt.Fprintf(out, "%s %s (%s, %s)\n", progName, wippylua.Version, wippylua.LuaVersion, runtime.Version())
		return 0
	case "help", "--help", "-h":
		io.WriteString(out, usageText)
		return 0
	}
	c.usageError(fmt.Sprintf("unknown command '%s'", args[0]))
	return 1
}

// command carries the streams of one invocation.
type command struct {
	stdin io.Reader
	out   *bufio.Writer
	// sync is out for processes, which may print from several workers:
	// every write and flush goes through its lock.
	sync   io.Writer
	errOut io.Writer
}

type flusher interface{ Flush() error }

// orderedWriter writes to w after flushing before, so that buffered
// standard output always appears before the error output that follows it.
type orderedWriter struct {
	mu     sync.Mutex
	before flusher
	w      io.Writer
}

func (o *orderedWriter) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.before.Flush()
	return o.w.Write(p)
}

// fail prints "wippy-lua: msg" on stderr, like lua.c's l_message.
func (c *command) fail(msg string) {
	fmt.Fprintf(c.errOut, "%s: %s\n", progName, msg)
}

// usageError prints msg (if any) and the usage text on stderr.
func (c *command) usageError(msg string) {
	var b strings.Builder
	if msg != "" {
		fmt.Fprintf(&b, "%s: %s\n", progName, msg)
	}
	b.WriteString(usageText)
	io.WriteString(c.errOut, b.String())
}

// ---- run ----

// runAction is a -e or -l option, executed in command-line order.
type runAction struct {
	opt, value string
}

// runOptions are the options of the run command.
type runOptions struct {
	sandbox bool
	actions []runAction
	// host is the process.host an app's process entry runs on.
	host string
	// workers is the number of scheduler workers (0: one per core).
	workers int
	// deterministic runs on a manual scheduler: one worker on the
	// command's goroutine, virtual time, a fixed random seed.
	deterministic bool
}

func (c *command) run(args []string) int {
	var o runOptions
	i := 0
options:
	for ; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			i++
			break options
		case a == "-" || !strings.HasPrefix(a, "-"):
			break options
		case a == "--sandbox":
			o.sandbox = true
		case a == "--deterministic":
			o.deterministic = true
		case a == "--workers" || a == "--host":
			i++
			if i >= len(args) || args[i] == "" {
				c.usageError(fmt.Sprintf("'%s' needs argument", a))
				return 1
			}
			if a == "--host" {
				o.host = args[i]
				break
			}
			n, err := strconv.Atoi(args[i])
			if err != nil || n < 1 {
				c.usageError(fmt.Sprintf("'--workers' needs a positive number, not '%s'", args[i]))
				return 1
			}
			o.workers = n
		case strings.HasPrefix(a, "-e") || strings.HasPrefix(a, "-l"):
			// lua5.3 accepts both "-e chunk" and "-echunk".
			opt, val := a[:2], a[2:]
			if val == "" {
				i++
				if i >= len(args) {
					c.usageError(fmt.Sprintf("'%s' needs argument", opt))
					return 1
				}
				val = args[i]
			}
			o.actions = append(o.actions, runAction{opt, val})
		default:
			c.usageError(fmt.Sprintf("unrecognized option '%s'", a))
			return 1
		}
	}
	// A directory followed by an entry id is an app; a directory alone is
	// still a script that cannot be read, as in lua5.3.
	if o.host != "" || len(args)-i > 1 && isDir(args[i]) {
		if o.sandbox || len(o.actions) > 0 {
			c.usageError("run: -e, -l and --sandbox do not apply to app entries")
			return 1
		}
		return c.runApp(&o, args[i:])
	}
	hasScript := i < len(args)
	if !hasScript && len(o.actions) == 0 {
		c.usageError("run: no script given")
		return 1
	}

	// The arg table is built as lua.c's createargtable builds it, with
	// "wippy-lua" (the subcommand folded in) standing for the interpreter:
	// the script at index 0, its arguments above, the interpreter and the
	// options below. Without a script, index 0 is the interpreter.
	argv := append([]string{progName}, args...)
	scriptIdx := 0
	if hasScript {
		scriptIdx = i + 1
	}
	argTable := vm.NewTable(len(argv)-scriptIdx, scriptIdx+1)
	for k, s := range argv {
		argTable.SetInt(int64(k-scriptIdx), vm.String(s))
	}

	steps := make([]scriptStep, 0, len(o.actions)+1)
	for _, a := range o.actions {
		steps = append(steps, c.stepFor(a))
	}
	if hasScript {
		steps = append(steps, c.fileStep(args[i], args[i+1:]))
	}
	return c.runScript(&o, steps, argTable)
}

// ---- compile ----

func (c *command) compile(args []string) int {
	listing := 0
	parseOnly, strip := false, false
	output := ""
	var files []string
	onlyFiles := false
	for i := 0; i < len(args); i++ {
		a := args[i]
		if onlyFiles || a == "-" || !strings.HasPrefix(a, "-") {
			files = append(files, a)
			continue
		}
		switch a {
		case "--":
			onlyFiles = true
		case "-l":
			listing++
		case "-p":
			parseOnly = true
		case "-s":
			strip = true
		case "-o":
			i++
			if i >= len(args) || args[i] == "" {
				c.usageError("'-o' needs argument")
				return 1
			}
			output = args[i]
		default:
			c.usageError(fmt.Sprintf("unrecognized option '%s'", a))
			return 1
		}
	}
	if len(files) != 1 {
		c.usageError("compile: exactly one input file expected")
		return 1
	}
	file := files[0]

	var src []byte
	var err error
	chunkname := "@" + file
	if file == "-" {
		chunkname = "=stdin"
		src, err = io.ReadAll(c.stdin)
		if err != nil {
			c.fail("cannot read stdin: " + err.Error())
			return 1
		}
	} else if src, err = wippylua.ReadFile(file); err != nil {
		c.fail(err.Error())
		return 1
	}

	var p *bytecode.Proto
	if len(src) > 0 && src[0] == bytecode.Signature[0] {
		// Like luac, a precompiled chunk is accepted as input: it can be
		// listed, stripped or checked.
		p, err = bytecode.Undump(src)
		if err != nil {
			err = fmt.Errorf("%s: %w", lexer.ShortSource(chunkname), err)
		}
	} else {
		p, err = wippylua.Compile(src, chunkname)
	}
	if err != nil {
		c.fail(err.Error())
		return 1
	}

	if listing > 0 {
		bytecode.List(c.out, p, listing > 1)
	}
	if parseOnly || (listing > 0 && output == "") {
		return 0
	}
	if output == "" {
		output = defaultOutput(file)
	}
	data := bytecode.Dump(p, strip)
	if output == "-" {
		c.out.Write(data)
		return 0
	}
	if err := os.WriteFile(output, data, 0o644); err != nil {
		c.fail(fmt.Sprintf("cannot open %s: %s", output, osErrorText(err)))
		return 1
	}
	return 0
}

// defaultOutput names the binary chunk of file: x.lua -> x.luac. Standard
// input compiles to luac.out, luac's default name.
func defaultOutput(file string) string {
	if file == "-" {
		return "luac.out"
	}
	return strings.TrimSuffix(file, ".lua") + ".luac"
}

// osErrorText renders an OS error like C's strerror, as luac prints it
// ("Permission denied"): Go's errno texts are the same in lower case.
func osErrorText(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	msg := err.Error()
	if msg != "" && msg[0] >= 'a' && msg[0] <= 'z' {
		msg = string(msg[0]-'a'+'A') + msg[1:]
	}
	return msg
}

// ---- run dir entry ----

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}

// runApp implements run [--host ns:name] dir entry [args...].
func (c *command) runApp(o *runOptions, args []string) int {
	host := o.host
	if len(args) < 2 {
		c.usageError("run: app directory and entry expected")
		return 1
	}
	dir, id := args[0], args[1]
	a, err := app.LoadWithOptions(dir, app.Options{Stdout: c.sync, Workers: o.workers, Deterministic: o.deterministic})
	if err != nil {
		c.fail(err.Error())
		return 1
	}
	defer a.Close()
	entryArgs := make([]vm.Value, 0, len(args)-2)
	for _, s := range args[2:] {
		entryArgs = append(entryArgs, argValue(s))
	}
	e := a.Entry(id)
	if e == nil {
		c.fail(fmt.Sprintf("unknown entry '%s' in %s", id, dir))
		return 1
	}
	switch e.Kind {
	case app.KindFunction:
		res, st, err := a.Call(id, entryArgs...)
		a.Close()
		if err != nil {
			c.fail(err.Error())
			return 1
		}
		for _, v := range res {
			text, err := json.Encode(st, v)
			if err != nil {
				c.fail(fmt.Sprintf("%s: result: %v", id, err))
				return 1
			}
			fmt.Fprintln(c.out, text)
		}
		return 0
	case app.KindProcess:
		p, err := a.Spawn(id, host, entryArgs...)
		if err != nil {
			c.fail(err.Error())
			return 1
		}
		_, err = a.Wait(p)
		// Stop every process before writing to the streams they print to.
		a.Close()
		if err != nil {
			c.fail(err.Error())
			return 1
		}
		return 0
	}
	c.fail(fmt.Sprintf("entry '%s' is a %s: only function.lua and process.lua entries can be run", id, e.Kind))
	return 1
}

// argValue converts a command-line argument: integers and floats become
// numbers, anything else stays a string.
func argValue(s string) vm.Value {
	if i, err := strconv.ParseInt(s, 10, 64); err == nil {
		return vm.Int(i)
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && !strings.ContainsAny(s, "nN") {
		return vm.Float(f)
	}
	return vm.String(s)
}
