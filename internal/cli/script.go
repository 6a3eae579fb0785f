package cli

import (
	"errors"
	"fmt"
	"io"

	"wippylua"
	"wippylua/process"
	"wippylua/sched"
	"wippylua/stdlib"
	"wippylua/vm"
)

// Running a script: wippy-lua run [options] [script [args...]].
//
// The script runs as the only process of a scheduler of its own, on the
// main thread of its State (process.Host.SpawnMain), so that it has the
// runtime's globals (channels, select, coroutine.spawn, time, process.pid,
// send and inbox...) while everything lua5.3 shows stays as it is:
//
//   - The -e and -l actions and then the script run one after another
//     from one Go function at the bottom of the main thread, as lua.c's
//     pmain runs them, each called with vm.Thread.PCallK so that it can
//     block and be preempted. A traceback therefore ends with lua.c's
//     "[C]: in ?", coroutine.running() is the main coroutine and a
//     top-level coroutine.yield fails.
//   - Errors go through msgHandler, lua.c's message handler.
//   - os.exit aborts the process (vm.Abort) with its status: nothing in
//     Lua catches it, and the command returns the status.
//   - When the script returns, the process ends: coroutines it spawned
//     and that still run are stopped, as for any process (see package
//     process). When the main chunk waits for something nothing can
//     bring (every coroutine blocked, no timer armed), the run ends with
//     a deadlock error instead of hanging.
//
// The standard io library still blocks its worker while it reads (as it
// blocks lua5.3): only the runtime's calls suspend a coroutine.

// scriptRun is one run of the script command: the steps the driver runs
// in order, and what went wrong.
type scriptRun struct {
	c     *command
	steps []scriptStep
	next  int
	// loadErr is a step that could not be loaded (a syntax error, an
	// unreadable file): reported without a traceback, as lua5.3 does.
	loadErr error
}

// scriptStep is one chunk to run: a -e string, a -l library, the script.
type scriptStep struct {
	// load returns the function to call and its arguments.
	load func(st *vm.State) (fn vm.Value, args []vm.Value, err error)
	// done, if not nil, receives the results (-l assigns the global).
	done func(st *vm.State, results []vm.Value)
}

// exitStatus is the reason of the abort os.exit raises.
type exitStatus int

func (e exitStatus) Error() string { return fmt.Sprintf("os.exit(%d)", int(e)) }

// stepFor makes the step of a -e or -l action.
func (c *command) stepFor(a runAction) scriptStep {
	if a.opt == "-e" {
		return scriptStep{load: func(st *vm.State) (vm.Value, []vm.Value, error) {
			fn, err := st.Load([]byte(a.value), "=(command line)", "bt", nil)
			return fn, nil, err
		}}
	}
	// -l name: name = require(name), with the require the global holds.
	return scriptStep{
		load: func(st *vm.State) (vm.Value, []vm.Value, error) {
			return st.Global("require"), []vm.Value{vm.String(a.value)}, nil
		},
		done: func(st *vm.State, res []vm.Value) {
			v := vm.Nil
			if len(res) > 0 {
				v = res[0]
			}
			st.SetGlobal(a.value, v)
		},
	}
}

// fileStep makes the step that loads and runs the script ("-" for
// standard input) with its arguments.
func (c *command) fileStep(script string, args []string) scriptStep {
	return scriptStep{load: func(st *vm.State) (vm.Value, []vm.Value, error) {
		var src []byte
		var err error
		chunkname := "@" + script
		if script == "-" {
			chunkname = "=stdin"
			if src, err = io.ReadAll(c.stdin); err != nil {
				return vm.Nil, nil, errors.New("cannot read stdin: " + err.Error())
			}
		} else if src, err = wippylua.ReadFile(script); err != nil {
			return vm.Nil, nil, err
		}
		fn, err := st.Load(wippylua.ScriptChunk(src), chunkname, "bt", nil)
		if err != nil {
			return vm.Nil, nil, err
		}
		vals := make([]vm.Value, len(args))
		for i, s := range args {
			vals[i] = vm.String(s)
		}
		return fn, vals, nil
	}}
}

// drive is the Go function at the bottom of the main thread: it runs the
// next step (and, from the continuation, the ones after it). It returns
// nothing when every step succeeded (or one failed to load), and false
// and the handled error message when one raised an error.
func (r *scriptRun) drive(t *vm.Thread) int {
	t.SetTop(0)
	if r.next == len(r.steps) {
		return 0
	}
	s := r.steps[r.next]
	r.next++
	fn, args, err := s.load(t.State())
	if err != nil {
		r.loadErr = err
		return 0
	}
	return t.PCallK(fn, args, vm.FunctionValue(msgHandler), func(t *vm.Thread) int {
		if s.done != nil {
			s.done(t.State(), t.Args())
		}
		return r.drive(t)
	})
}

// msgHandler is lua.c's message handler: a string (or number) gets the
// traceback of where it was raised; an object whose __tostring gives a
// string is replaced by that string alone; anything else is described by
// its type, with the traceback.
var msgHandler = vm.NewGoFunction("msghandler", func(t *vm.Thread) int {
	v := t.Arg(1)
	var msg string
	switch {
	case v.IsString():
		msg = v.AsString()
	case v.IsNumber():
		msg = vm.NumberToString(v)
	default:
		if s, ok := tostringMeta(t, v); ok {
			t.Push(vm.String(s))
			return 1
		}
		msg = fmt.Sprintf("(error object is a %s value)", v.TypeName())
	}
	// Level 1: the function that raised the error, not this handler.
	t.Push(vm.String(msg + "\n" + t.Traceback(1)))
	return 1
})

// tostringMeta calls v's __tostring metamethod and returns its result when
// that is a string (lua.c accepts nothing else, not even a number).
func tostringMeta(t *vm.Thread, v vm.Value) (string, bool) {
	h := t.GetMetaField(v, "__tostring")
	if h.IsNil() {
		return "", false
	}
	res, err := t.Call(h, v)
	if err != nil || len(res) == 0 || !res[0].IsString() {
		return "", false
	}
	return res[0].AsString(), true
}

// runScript runs the steps as the main process of a new scheduler and
// returns the exit status.
func (c *command) runScript(o *runOptions, steps []scriptStep, argTable *vm.Table) int {
	group := sched.NewGroup()
	s := sched.NewWithOptions(sched.Options{Workers: o.workers, Manual: o.deterministic, Group: group})
	profile := stdlib.Standard
	if o.sandbox {
		profile = stdlib.Sandbox
	}
	h := process.NewHost(s, process.Options{Profile: profile, Stdout: c.sync})
	r := &scriptRun{c: c, steps: steps}
	var st *vm.State
	p, err := h.SpawnMain(func(pst *vm.State) (vm.Value, error) {
		st = pst
		stdlib.SetStdin(st, c.stdin)
		stdlib.SetStderr(st, c.errOut)
		stdlib.SetExit(st, func(code int) { vm.Abort(exitStatus(code)) })
		st.SetGlobal("arg", vm.TableValue(argTable))
		return vm.FunctionValue(vm.NewGoFunction("?", r.drive)), nil
	})
	if err != nil {
		c.fail(err.Error())
		return 1
	}
	res, err := group.Await(p)
	// Nothing runs in the State any more: its open files can be closed
	// (and standard output flushed) from here, like lua_close.
	group.Stop()
	stdlib.Close(st)
	var le *vm.Error
	var code exitStatus
	switch {
	case err == nil && r.loadErr != nil:
		c.fail(r.loadErr.Error())
		return 1
	case err == nil && len(res) >= 2 && res[0] == vm.False:
		c.fail(res[1].AsString())
		return 1
	case err == nil:
		return 0
	case errors.As(err, &le) && le.Abort != nil && errors.As(le.Abort, &code):
		return int(code)
	case errors.As(err, &le):
		// An error that ended a spawned coroutine, and with it the
		// process.
		c.fail(taskErrorMessage(st, le))
		return 1
	case errors.Is(err, sched.ErrDeadlock):
		// The schedulers have stopped: the main thread, still blocked
		// where it waits, can be read from here.
		c.fail(err.Error() + "\n" + st.MainThread().Traceback(0))
		return 1
	}
	c.fail(err.Error())
	return 1
}

// taskErrorMessage renders the error of a spawned coroutine as the
// message handler renders the main chunk's (the traceback is the
// coroutine's).
func taskErrorMessage(st *vm.State, le *vm.Error) string {
	v := le.Value
	if !v.IsString() && !v.IsNumber() {
		if s, ok := tostringMeta(st.NewThread(), v); ok {
			return s
		}
	}
	msg := le.Error()
	if le.Traceback != "" {
		msg += "\n" + le.Traceback
	}
	return msg
}
