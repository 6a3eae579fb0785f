package process

import (
	"errors"
	"io"
	"os"
	"sync"

	"wippylua/bytecode"
	"wippylua/compiler"
	"wippylua/modules"
	"wippylua/parser"
	"wippylua/sched"
	"wippylua/stdlib"
	"wippylua/vm"
)

// Options configures a Host.
type Options struct {
	// Profile selects the standard libraries of every process.
	Profile stdlib.Profile
	// Stdout receives print output of all processes, one Write per
	// print; nil means os.Stdout. Writes are serialized by the host.
	Stdout io.Writer
	// Loader compiles source text; nil means the parser and compiler.
	Loader vm.Loader
	// Resolve returns the function that process.spawn(id, host, ...) runs
	// in the new process, created in st. nil makes process.spawn fail.
	Resolve func(st *vm.State, id, host string) (vm.Value, error)
}

// Host creates processes on a scheduler and gives them the runtime.
type Host struct {
	s    *sched.Scheduler
	opts Options
	out  io.Writer
}

// NewHost returns a host for processes running on s.
func NewHost(s *sched.Scheduler, o Options) *Host {
	h := &Host{s: s, opts: o}
	out := o.Stdout
	if out == nil {
		out = os.Stdout
	}
	h.out = &lockedWriter{w: out}
	if h.opts.Loader == nil {
		h.opts.Loader = compileText
	}
	return h
}

// Scheduler returns the host's scheduler.
func (h *Host) Scheduler() *sched.Scheduler { return h.s }

func compileText(src []byte, chunkname string) (*bytecode.Proto, error) {
	chunk, err := parser.Parse(src, chunkname)
	if err != nil {
		return nil, err
	}
	return compiler.Compile(chunk)
}

// NewState returns a State with the host's libraries, not yet bound to a
// process.
func (h *Host) NewState() *vm.State {
	st := vm.NewState()
	st.Stdout = h.out
	st.SetLoader(h.opts.Loader)
	stdlib.Open(st, h.opts.Profile)
	return st
}

// Spawn starts a process: setup returns the main function, created in the
// new process's State; it is called with args, which must be values that
// nothing else uses (numbers, strings, fresh tables).
func (h *Host) Spawn(setup func(st *vm.State) (vm.Value, error), args ...vm.Value) (*sched.Proc, error) {
	return h.spawn(nil, setup, args, nil)
}

// SpawnSource starts a process whose main function is the chunk src; the
// arguments are the chunk's varargs (...).
func (h *Host) SpawnSource(src, chunkname string, args ...vm.Value) (*sched.Proc, error) {
	return h.Spawn(func(st *vm.State) (vm.Value, error) {
		return st.Load([]byte(src), chunkname, "t", nil)
	}, args...)
}

// spawn creates and starts a process; wire, if not nil, runs before the
// process starts (links and monitors set up then cannot miss an early
// exit).
func (h *Host) spawn(parent *sched.Proc, setup func(st *vm.State) (vm.Value, error), args []vm.Value, wire func(child *sched.Proc)) (*sched.Proc, error) {
	st := h.NewState()
	fn, err := setup(st)
	if err != nil {
		return nil, err
	}
	if !fn.IsFunction() {
		return nil, errors.New("process main is not a function")
	}
	p := h.s.NewProc(st, sched.ProcOptions{OnSignal: onSignal})
	install(h, st, p)
	if wire != nil {
		wire(p)
	}
	p.Start(parent, fn, args...)
	return p, nil
}

// Send sends a message from Go code to the process pid: like
// process.send, the values are deep-copied and the sender (msg:from()) is
// "". It reports whether a live process received it.
func (h *Host) Send(pid, topic string, vals ...vm.Value) (bool, error) {
	m, err := newMessage(topic, "", vals)
	if err != nil {
		return false, err
	}
	p := h.s.Lookup(pid)
	if p == nil {
		return false, nil
	}
	p.Post(&m.mail)
	return true, nil
}

// lockedWriter serializes the prints of processes running on different
// workers.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// proc is the runtime's data for one process (sched.Proc.Local).
type proc struct {
	h  *Host
	p  *sched.Proc
	st *vm.State

	// Metatables of the runtime's userdata, made on first use.
	chanMeta, caseMeta, msgMeta, payloadMeta, timeMeta, timerMeta *vm.Table

	inbox *channel
	early []*message // messages that came before process.inbox()

	// Lifecycle (lifecycle.go).
	events    *channel // made on the first event or process.events()
	trapLinks bool
	execs     map[*sched.Proc]*execWait
}

// rtKey is where the registry keeps the process's *proc.
const rtKey = "wippy.process"

// install binds st to p and adds the runtime's globals.
func install(h *Host, st *vm.State, p *sched.Proc) {
	modules.Open(st)
	pr := &proc{h: h, p: p, st: st}
	p.Local = pr
	st.Registry().SetStr(rtKey, vm.UserdataValue(vm.NewUserdata(pr, nil)))
	g := st.Globals()
	g.SetStr("channel", vm.TableValue(funcTable(channelLib)))
	g.SetStr("process", vm.TableValue(newProcessTable()))
	if co := g.GetStr("coroutine").AsTable(); co != nil {
		co.SetStr("spawn", vm.FunctionValue(coSpawnFn))
	}
	timeMod := vm.TableValue(funcTable(timeLib))
	loaded := st.Registry().GetStr("_LOADED").AsTable()
	if loaded == nil {
		loaded = vm.NewTable(0, 4)
		st.Registry().SetStr("_LOADED", vm.TableValue(loaded))
	}
	loaded.SetStr("time", timeMod)
	loaded.SetStr("channel", g.GetStr("channel"))
	loaded.SetStr("process", g.GetStr("process"))
	if g.GetStr("require").IsNil() {
		g.SetStr("require", vm.FunctionValue(runtimeRequireFn))
	}
}

// current returns the runtime data of the process running t.
func current(t *vm.Thread) *proc {
	ud := t.State().Registry().GetStr(rtKey).AsUserdata()
	if ud == nil {
		t.Errorf("not running in a process")
	}
	return ud.Data.(*proc)
}

// task returns the running task of the process, which the blocking
// operations suspend.
func (pr *proc) task(t *vm.Thread) *sched.Task {
	task := pr.p.Current()
	if task == nil {
		t.Errorf("attempt to block outside a process task")
	}
	return task
}

// funcTable makes a library table of shared Go functions (GoFunction
// values are immutable, so every process can use the same ones).
func funcTable(fns map[string]*vm.GoFunction) *vm.Table {
	t := vm.NewTable(0, len(fns))
	for name, f := range fns {
		t.SetStr(name, vm.FunctionValue(f))
	}
	return t
}

// newMeta makes a userdata metatable with methods and the given
// metamethods.
func newMeta(name string, methods map[string]*vm.GoFunction, metamethods map[string]*vm.GoFunction) *vm.Table {
	m := vm.NewTable(0, 4+len(metamethods))
	m.SetStr("__index", vm.TableValue(funcTable(methods)))
	m.SetStr("__name", vm.String(name))
	// Scripts cannot reach (and change) the runtime's metatables.
	m.SetStr("__metatable", vm.False)
	for k, f := range metamethods {
		m.SetStr(k, vm.FunctionValue(f))
	}
	return m
}

func fn(name string, f func(t *vm.Thread) int) *vm.GoFunction { return vm.NewGoFunction(name, f) }

var runtimeRequireFn = fn("require", func(t *vm.Thread) int {
	name := t.CheckString(1)
	if name == "time" || name == "channel" || name == "process" {
		loaded := t.State().Registry().GetStr("_LOADED").AsTable()
		t.Push(loaded.GetStr(name))
		return 1
	}
	return modules.RequireFunc(t)
})
