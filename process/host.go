package process

import (
	"context"
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
	// in the new process, created in st, when host names this host (or is
	// omitted). nil makes process.spawn fail.
	Resolve func(st *vm.State, id, host string) (vm.Value, error)
	// Peer returns the host whose scheduler is named name, when it is
	// not this one: process.spawn(id, name, ...) spawns there, and pids
	// naming it reach its processes (send, link, monitor, terminate...).
	// The hosts must share a sched.Group. nil means this host is alone:
	// Resolve then sees every host name and decides what it means.
	Peer func(name string) *Host
	// Resource returns the resource that the app declares as entry id
	// (a database for sql.get): nil and no error when there is none. nil
	// means no resources. It is called from the processes' workers.
	Resource func(id string) (any, error)
}

// Host creates processes on a scheduler and gives them the runtime.
type Host struct {
	s      *sched.Scheduler
	opts   Options
	out    io.Writer
	protos protoCache // SpawnSource's compiled chunks
}

// NewHost returns a host for processes running on s.
func NewHost(s *sched.Scheduler, o Options) *Host {
	h := &Host{s: s, opts: o}
	out := o.Stdout
	if out == nil {
		out = os.Stdout
	}
	h.out = SyncWriter(out)
	if h.opts.Loader == nil {
		h.opts.Loader = compileText
	}
	return h
}

// Scheduler returns the host's scheduler.
func (h *Host) Scheduler() *sched.Scheduler { return h.s }

// Name returns the host's name: its scheduler's, the host part of pids.
func (h *Host) Name() string { return h.s.Name() }

// peer returns the host named name: h itself, another host through
// Options.Peer, or nil.
func (h *Host) peer(name string) *Host {
	if name == h.s.Name() {
		return h
	}
	if h.opts.Peer == nil {
		return nil
	}
	return h.opts.Peer(name)
}

func compileText(src []byte, chunkname string) (*bytecode.Proto, error) {
	chunk, err := parser.Parse(src, chunkname)
	if err != nil {
		return nil, err
	}
	return compiler.Compile(chunk)
}

// NewState returns a State with the host's libraries and the runtime's
// globals (shared with every process, see image.go), not yet bound to a
// process.
func (h *Host) NewState() *vm.State {
	st := imageFor(h.opts.Profile).NewState()
	st.Stdout = h.out
	st.SetLoader(h.opts.Loader)
	return st
}

// Spawn starts a process: setup returns the main function, created in the
// new process's State; it is called with args, which must be values that
// nothing else uses (numbers, strings, fresh tables).
func (h *Host) Spawn(setup func(st *vm.State) (vm.Value, error), args ...vm.Value) (*sched.Proc, error) {
	return h.spawn(nil, setup, args, nil, false)
}

// SpawnMain is Spawn with the main function running on the State's main
// thread, as a plain script's main chunk does in lua5.3 (see
// sched.Proc.StartMain).
func (h *Host) SpawnMain(setup func(st *vm.State) (vm.Value, error), args ...vm.Value) (*sched.Proc, error) {
	return h.spawn(nil, setup, args, nil, true)
}

// SpawnSource starts a process whose main function is the chunk src; the
// arguments are the chunk's varargs (...).
// The chunk is compiled once per host and source (see protoCache).
func (h *Host) SpawnSource(src, chunkname string, args ...vm.Value) (*sched.Proc, error) {
	if len(src) > 0 && src[0] == 0x1B {
		// A binary chunk: Load refuses it with lua5.3's message.
		return h.Spawn(func(st *vm.State) (vm.Value, error) {
			return st.Load([]byte(src), chunkname, "t", nil)
		}, args...)
	}
	p, err := h.protos.proto(h.opts.Loader, src, chunkname)
	if err != nil {
		return nil, err
	}
	return h.Spawn(func(st *vm.State) (vm.Value, error) {
		return st.NewMainClosure(p), nil
	}, args...)
}

// spawn creates and starts a process; wire, if not nil, runs before the
// process starts (links and monitors set up then cannot miss an early
// exit). onMain runs the main function on the State's main thread.
func (h *Host) spawn(parent *sched.Proc, setup func(st *vm.State) (vm.Value, error), args []vm.Value, wire func(child *sched.Proc), onMain bool) (*sched.Proc, error) {
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
	if onMain {
		p.StartMain(parent, fn, args...)
	} else {
		p.Start(parent, fn, args...)
	}
	return p, nil
}

// Send sends a message from Go code to the process pid: like
// process.send, the values are deep-copied and the sender (msg:from()) is
// "". It reports whether a live process received it.
func (h *Host) Send(pid, topic string, vals ...vm.Value) (bool, error) {
	m, err := newMessage(nil, topic, "", vals)
	if err != nil {
		return false, err
	}
	p, _ := h.resolveDest(pid)
	if p == nil {
		return false, nil
	}
	p.Post(&m.mail)
	return true, nil
}

// SyncWriter returns a writer that serializes the writes (and flushes)
// to w of processes running on different workers: w itself when it is
// one already. Hosts that print to the same stream must share one.
func SyncWriter(w io.Writer) io.Writer {
	if _, ok := w.(*lockedWriter); ok {
		return w
	}
	return &lockedWriter{w: w}
}

// lockedWriter is SyncWriter's writer.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// Flush flushes w when it buffers, so that print's flush after each
// line (as lua5.3's) reaches a buffered stream.
func (l *lockedWriter) Flush() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if f, ok := l.w.(interface{ Flush() error }); ok {
		return f.Flush()
	}
	return nil
}

// proc is the runtime's data for one process (sched.Proc.Local).
type proc struct {
	h  *Host
	p  *sched.Proc
	st *vm.State

	inbox     *channel
	early     []*message           // messages that came before process.inbox()
	listeners map[string]*listener // process.listen, by topic (listen.go)

	// lastDest and lastTarget remember the last pid process.send
	// resolved: a process mostly talks to the same peer, and a pid names
	// one process forever (a dead one drops the mail).
	lastDest   string
	lastTarget *sched.Proc

	// Lifecycle (lifecycle.go).
	events    *channel // made on the first event or process.events()
	trapLinks bool
	execs     map[*sched.Proc]*execWait

	// Modules' ties to the process's life (io.go).
	ctx   context.Context // cancelled when the process exits
	exits []*exitHook
}

// install binds st (made by h.NewState, so it has the runtime's globals)
// to p.
func install(h *Host, st *vm.State, p *sched.Proc) {
	pr := &proc{h: h, p: p, st: st}
	p.Local = pr
	st.SetHost(pr)
}

// current returns the runtime data of the process running t.
func current(t *vm.Thread) *proc {
	pr, ok := t.State().Host().(*proc)
	if !ok {
		t.Errorf("not running in a process")
	}
	return pr
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
		loaded := t.State().RegistryField("_LOADED").AsTable()
		t.Push(t.State().View(loaded).GetStr(name))
		return 1
	}
	return modules.RequireFunc(t)
})
