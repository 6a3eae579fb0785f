package wippylua

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"syscall"

	"wippylua/bytecode"
	"wippylua/compiler"
	"wippylua/lexer"
	"wippylua/modules"
	"wippylua/parser"
	"wippylua/stdlib"
	"wippylua/vm"
)

// Version is the version of wippy-lua.
const Version = "0.1.0-dev"

// LuaVersion is the language version the runtime implements (the value of
// the _VERSION global).
const LuaVersion = "Lua 5.3"

// Options configures a new State. The zero value gives the standard
// profile writing to the process's standard streams.
type Options struct {
	// Profile selects the libraries: stdlib.Standard (full Lua 5.3, the
	// zero value) or stdlib.Sandbox (no file system, environment, loading
	// of code or debug library).
	Profile stdlib.Profile
	// Stdout receives print and io.write output; nil means os.Stdout.
	Stdout io.Writer
	// Stderr receives io.stderr output; nil means os.Stderr.
	Stderr io.Writer
	// Stdin is what io.read reads; nil means os.Stdin.
	Stdin io.Reader
}

// State is a Lua state with its libraries opened. Like vm.State it is not
// safe for concurrent use: use one State per goroutine (or guard it).
type State struct {
	vm     *vm.State
	stdout io.Writer
	stderr io.Writer
	stdin  io.Reader
}

// New creates a State: an empty Lua universe with the loader (parser plus
// compiler) installed and the libraries of opts.Profile opened.
func New(opts Options) *State {
	s := &State{vm: vm.NewState(), stdout: opts.Stdout, stderr: opts.Stderr, stdin: opts.Stdin}
	if s.stdout == nil {
		s.stdout = os.Stdout
	}
	if s.stderr == nil {
		s.stderr = os.Stderr
	}
	if s.stdin == nil {
		s.stdin = os.Stdin
	}
	// Set before the libraries open so that they capture the right writer.
	s.vm.Stdout = s.stdout
	s.vm.SetLoader(compileText)
	stdlib.Open(s.vm, opts.Profile)
	modules.Open(s.vm)
	if s.vm.Globals().GetStr("require").IsNil() {
		// The sandbox has no package library; its require knows only the
		// runtime's modules and never reads files.
		s.vm.Globals().SetStr("require", vm.FunctionValue(vm.NewGoFunction("require", modules.RequireFunc)))
	}
	stdlib.SetStdin(s.vm, s.stdin)
	stdlib.SetStderr(s.vm, s.stderr)
	return s
}

// VM returns the underlying virtual machine state, for what this API does
// not cover (metatables, coroutines, userdata...).
func (s *State) VM() *vm.State { return s.vm }

// Stdout returns the writer print uses.
func (s *State) Stdout() io.Writer { return s.stdout }

// Stderr returns the writer for error output.
func (s *State) Stderr() io.Writer { return s.stderr }

// Stdin returns the reader for standard input.
func (s *State) Stdin() io.Reader { return s.stdin }

// compileText is the loader given to the VM: load, loadstring and require
// hand it text chunks. It deliberately does not skip a '#' first line:
// lua5.3's load() does not either; only files and standard input do (see
// LoadScript).
func compileText(src []byte, chunkname string) (*bytecode.Proto, error) {
	chunk, err := parser.Parse(src, chunkname)
	if err != nil {
		return nil, err
	}
	return compiler.Compile(chunk)
}

// Compile parses and compiles a source file into the prototype of its main
// function, as luac does: a first line starting with '#' (a Unix shebang)
// and a UTF-8 byte order mark are skipped, keeping line numbers right.
// chunkname follows Lua's conventions: "@path" for files, "=name" for
// other named sources, or the source text itself. Errors are
// *lexer.Error values whose text is lua5.3's ("file.lua:3: msg near 'x'").
func Compile(src []byte, chunkname string) (*bytecode.Proto, error) {
	return compileText(lexer.SkipShebang(src), chunkname)
}

// Load compiles or undumps a chunk and returns its main function, with
// _ENV bound to the globals table. A chunk starting with byte 0x1B is a
// binary chunk (bytecode.Dump's format, verified before use); anything
// else is source text. Like lua5.3's load, a '#' first line is not
// skipped; use LoadScript for file contents.
func (s *State) Load(src []byte, chunkname string) (vm.Value, error) {
	return s.vm.Load(src, chunkname, "bt", nil)
}

// LoadScript is Load for the contents of a script file or of standard
// input, as lua5.3's loadfile treats them: a byte order mark and a first
// line starting with '#' are skipped, after which the chunk may be text or
// binary.
func (s *State) LoadScript(src []byte, chunkname string) (vm.Value, error) {
	return s.Load(ScriptChunk(src), chunkname)
}

// ScriptChunk returns the chunk in the contents of a script file, as
// LoadScript loads it: without a byte order mark and a first line
// starting with '#'.
func ScriptChunk(src []byte) []byte {
	body := bytes.TrimPrefix(src, []byte("\xEF\xBB\xBF"))
	rest := lexer.SkipShebang(src)
	// After a skipped '#' line, a binary chunk starts past the newline that
	// SkipShebang keeps (lua5.3 checks the byte after the comment line).
	if len(body) > 0 && body[0] == '#' && len(rest) > 1 && rest[1] == bytecode.Signature[0] {
		rest = rest[1:]
	}
	return rest
}

// LoadFile reads the file at path and loads it with LoadScript under the
// chunk name "@"+path. Errors reading the file are worded like lua5.3's
// ("cannot open x.lua: No such file or directory").
func (s *State) LoadFile(path string) (vm.Value, error) {
	src, err := ReadFile(path)
	if err != nil {
		return vm.Nil, err
	}
	return s.LoadScript(src, "@"+path)
}

// ReadFile reads a source file, reporting failures in lua5.3's words:
// "cannot open PATH: reason" when the file cannot be opened and "cannot
// read PATH: reason" when it cannot be read (a directory, for instance).
func ReadFile(path string) ([]byte, error) {
	src, err := os.ReadFile(path)
	if err == nil {
		return src, nil
	}
	what := "open"
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Op != "open" {
		what = "read"
	}
	return nil, fmt.Errorf("cannot %s %s: %s", what, path, strerror(err))
}

// strerror renders an OS error the way C's strerror does, which is what
// lua5.3 prints: Go's errno texts are the same sentences starting in
// lower case.
func strerror(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" && msg[0] >= 'a' && msg[0] <= 'z' {
			msg = string(msg[0]-'a'+'A') + msg[1:]
		}
		return msg
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// DoString loads src as a text or binary chunk and runs it, returning its
// results. An empty chunkname uses the source itself, like luaL_dostring
// (messages then show [string "..."]).
func (s *State) DoString(src, chunkname string) ([]vm.Value, error) {
	if chunkname == "" {
		chunkname = src
	}
	fn, err := s.Load([]byte(src), chunkname)
	if err != nil {
		return nil, err
	}
	return s.Call(fn)
}

// DoFile loads the file at path (see LoadFile) and runs it, returning its
// results.
func (s *State) DoFile(path string) ([]vm.Value, error) {
	fn, err := s.LoadFile(path)
	if err != nil {
		return nil, err
	}
	return s.Call(fn)
}

// Call calls fn on the main thread with args and returns all its results.
// A Lua error is returned as a *vm.Error carrying the error value and the
// traceback at the point of failure.
func (s *State) Call(fn vm.Value, args ...vm.Value) ([]vm.Value, error) {
	return s.vm.MainThread().Call(fn, args...)
}

// CallGlobal calls the global function name with Go arguments (converted
// with FromGo) and returns its results converted with ToGo.
func (s *State) CallGlobal(name string, args ...any) ([]any, error) {
	fn := s.GetGlobal(name)
	if fn.IsNil() {
		return nil, fmt.Errorf("global '%s' is not defined", name)
	}
	vargs := make([]vm.Value, len(args))
	for i, a := range args {
		vargs[i] = FromGo(a)
	}
	res, err := s.Call(fn, vargs...)
	if err != nil {
		return nil, err
	}
	out := make([]any, len(res))
	for i, r := range res {
		out[i] = ToGo(r)
	}
	return out, nil
}

// Register makes fn callable from Lua as the global name. fn reads its
// arguments with t.Arg(i) (1-based) or the t.Check* helpers, pushes its
// results with t.Push and returns how many it pushed; it raises Lua errors
// with t.Errorf or t.ArgError.
func (s *State) Register(name string, fn func(t *vm.Thread) int) {
	s.SetGlobal(name, vm.FunctionValue(vm.NewGoFunction(name, fn)))
}

// SetGlobal assigns a global variable (raw: no metamethods of _G run).
func (s *State) SetGlobal(name string, v vm.Value) {
	s.vm.Globals().SetStr(name, v)
}

// GetGlobal reads a global variable (raw), or vm.Nil when it is unset.
func (s *State) GetGlobal(name string) vm.Value {
	return s.vm.Globals().GetStr(name)
}
