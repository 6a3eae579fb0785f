package process

import (
	"errors"

	lerrors "wippylua/modules/errors"
	"wippylua/sched"
	"wippylua/vm"
)

// Event kinds: the values of process.event.EXIT, LINK_DOWN and CANCEL, as
// in Wippy, whose programs compare event.kind with the constants.
const (
	eventExit     = "pid.exit"
	eventLinkDown = "pid.link.down"
	eventCancel   = "pid.cancel"
)

// Error kinds of the errors module. Fallible calls return error values
// (kindError) whose tostring is "KIND: message".
const (
	kindNotFound      = "NOT_FOUND"
	kindAlreadyExists = "ALREADY_EXISTS"
	kindInvalid       = "INVALID"
)

func kindError(t *vm.Thread, kind, msg string) vm.Value {
	return lerrors.New(t.State(), kind, msg)
}

// errTerminated is the error exit of a process ended by process.terminate.
var errTerminated = errors.New("process terminated")

var lifecycleLib = map[string]*vm.GoFunction{
	"events":                 fn("events", procEvents),
	"spawn_monitored":        fn("spawn_monitored", func(t *vm.Thread) int { return spawnWith(t, sched.WatchMonitor) }),
	"spawn_linked":           fn("spawn_linked", func(t *vm.Thread) int { return spawnWith(t, sched.WatchLink) }),
	"spawn_linked_monitored": fn("spawn_linked_monitored", func(t *vm.Thread) int { return spawnWith(t, sched.WatchLink|sched.WatchMonitor) }),
	"exec":                   fn("exec", procExec),
	"monitor":                fn("monitor", procMonitor),
	"unmonitor":              fn("unmonitor", procUnmonitor),
	"link":                   fn("link", procLink),
	"unlink":                 fn("unlink", procUnlink),
	"set_options":            fn("set_options", procSetOptions),
	"get_options":            fn("get_options", procGetOptions),
	"terminate":              fn("terminate", procTerminate),
	"cancel":                 fn("cancel", procCancel),
}

var registryLib = map[string]*vm.GoFunction{
	"register":   fn("register", regRegister),
	"lookup":     fn("lookup", regLookup),
	"unregister": fn("unregister", regUnregister),
}

// newProcessTable makes a process's `process` global: the shared
// functions plus the event constants and the registry functions, in
// tables of its own (a table is mutable, so processes cannot share one).
func newProcessTable() *vm.Table {
	t := funcTable(processLib)
	ev := vm.NewTable(0, 3)
	ev.SetStr("EXIT", vm.String(eventExit))
	ev.SetStr("LINK_DOWN", vm.String(eventLinkDown))
	ev.SetStr("CANCEL", vm.String(eventCancel))
	t.SetStr("event", vm.TableValue(ev))
	t.SetStr("registry", vm.TableValue(funcTable(registryLib)))
	return t
}

// resolveDest finds the process named by dest, a pid (of this host or of
// a peer) or a registered name. isPID reports that dest has the form of
// a pid, so that a nil process means one that has exited (or a host that
// does not exist: nothing lives there either).
func (h *Host) resolveDest(dest string) (p *sched.Proc, isPID bool) {
	host, ok := sched.PIDHost(dest)
	if !ok {
		return h.s.Whereis(dest), false
	}
	if peer := h.peer(host); peer != nil {
		return peer.s.Lookup(dest), true
	}
	return nil, true
}

// checkTarget resolves argument n for the calls that need a live target;
// on failure it pushes nil, err and returns nil.
func checkTarget(t *vm.Thread, pr *proc, n int) *sched.Proc {
	dest := t.CheckString(n)
	p, _ := pr.h.resolveDest(dest)
	if p == nil {
		t.Push(vm.Nil)
		t.Push(kindError(t, kindNotFound, "process not found: "+dest))
		return nil
	}
	if p == pr.p {
		t.Push(vm.Nil)
		t.Push(kindError(t, kindInvalid, "a process cannot link to or monitor itself"))
		return nil
	}
	return p
}

// pushOK pushes true, or nil and err when the sched operation failed.
func pushOK(t *vm.Thread, dest string, err error) int {
	switch {
	case err == nil:
		t.Push(vm.True)
		return 1
	case errors.Is(err, sched.ErrExited):
		t.Push(vm.Nil)
		t.Push(kindError(t, kindNotFound, "process not found: "+dest))
	default:
		t.Push(vm.Nil)
		t.Push(kindError(t, kindInvalid, err.Error()))
	}
	return 2
}

// --- events ------------------------------------------------------------------

// eventsChan returns the process's events channel, made on first use:
// events that come before process.events() wait in it.
func (pr *proc) eventsChan() *channel {
	if pr.events == nil {
		pr.events = pr.newChannel(-1)
	}
	return pr.events
}

func (pr *proc) pushEvent(ev *vm.Table) {
	if ch := pr.eventsChan(); !ch.closed {
		ch.trySend(vm.TableValue(ev))
	}
}

func procEvents(t *vm.Thread) int {
	t.Push(current(t).eventsChan().value())
	return 1
}

// exitResult makes the {value=..., error=...} table of an EXIT or
// LINK_DOWN event from the result of a process that has exited.
func exitResult(st *vm.State, res []vm.Value, err error) *vm.Table {
	r := vm.NewTable(0, 2)
	if err != nil {
		r.SetStr("error", errorValue(st, err))
	} else if len(res) > 0 {
		r.SetStr("value", copyOut(st, res[0]))
	}
	return r
}

// copyOut copies a value of an exited process into the running one, whose
// State is st. The exited process's heap is read by nobody else any more
// and written by no one, so copying from it on another worker is safe. A
// value that cannot cross processes (a function, a coroutine, other
// userdata) becomes its type name: the result is then at least visible,
// not silently nil. An error value becomes an equal error value of st
// (see copier.copyError), without its details if they cannot be copied.
func copyOut(st *vm.State, v vm.Value) vm.Value {
	c := copier{to: st, lenient: true}
	cv, err := c.copy(v)
	if err != nil {
		return vm.String(v.TypeName())
	}
	return cv
}

// errorValue is the Lua value in st of an exit error: the value raised
// for a Lua error (copied, see copyOut), the message for the runtime's
// errors (terminate, links).
func errorValue(st *vm.State, err error) vm.Value {
	var le *vm.Error
	if errors.As(err, &le) && !isLinkError(err) {
		if v := copyOut(st, le.Value); !v.IsString() || le.Value.IsString() {
			return v
		}
	}
	return vm.String(err.Error())
}

func isLinkError(err error) bool {
	var le *sched.LinkError
	return errors.As(err, &le)
}

func exitEvent(st *vm.State, kind string, from *sched.Proc, res []vm.Value, err error) *vm.Table {
	ev := vm.NewTable(0, 3)
	ev.SetStr("kind", vm.String(kind))
	ev.SetStr("from", vm.String(from.PID()))
	ev.SetStr("result", vm.TableValue(exitResult(st, res, err)))
	return ev
}

// onSignal is every process's sched.ProcOptions.OnSignal: a process it
// watches has exited.
func onSignal(p *sched.Proc, sig *sched.Signal) {
	pr := p.Local.(*proc)
	res, err := sig.From.Result()
	if sig.Flags&sched.WatchExec != 0 {
		pr.execDone(sig.From, res, err)
	}
	if sig.Flags&sched.WatchMonitor != 0 {
		pr.pushEvent(exitEvent(pr.st, eventExit, sig.From, res, err))
	}
	// A normal exit ends a link quietly; only a failure propagates.
	if sig.Flags&sched.WatchLink != 0 && err != nil {
		if pr.trapLinks {
			pr.pushEvent(exitEvent(pr.st, eventLinkDown, sig.From, res, err))
			return
		}
		p.Exit(nil, &sched.LinkError{PID: sig.From.PID(), Err: err})
	}
}

// --- monitors and links ------------------------------------------------------

func procMonitor(t *vm.Thread) int {
	pr := current(t)
	target := checkTarget(t, pr, 1)
	if target == nil {
		return 2
	}
	return pushOK(t, t.CheckString(1), pr.p.Watch(target, sched.WatchMonitor))
}

// procUnmonitor and procUnlink succeed whenever dest is a pid or a known
// name, monitored or not and alive or not: undoing something that is
// already undone (the target exited meanwhile) is not an error.
func procUnmonitor(t *vm.Thread) int {
	return undoWatch(t, func(pr *proc, target *sched.Proc) { pr.p.Unwatch(target, sched.WatchMonitor) })
}

// undoWatch resolves argument 1 and applies undo to a live target.
func undoWatch(t *vm.Thread, undo func(pr *proc, target *sched.Proc)) int {
	pr := current(t)
	dest := t.CheckString(1)
	target, isPID := pr.h.resolveDest(dest)
	if target == nil && !isPID {
		t.Push(vm.Nil)
		t.Push(kindError(t, kindNotFound, "process not found: "+dest))
		return 2
	}
	if target != nil {
		undo(pr, target)
	}
	t.Push(vm.True)
	return 1
}

func procLink(t *vm.Thread) int {
	pr := current(t)
	target := checkTarget(t, pr, 1)
	if target == nil {
		return 2
	}
	return pushOK(t, t.CheckString(1), pr.p.Link(target))
}

func procUnlink(t *vm.Thread) int {
	return undoWatch(t, func(pr *proc, target *sched.Proc) { pr.p.Unlink(target) })
}

func procSetOptions(t *vm.Thread) int {
	pr := current(t)
	opts := t.CheckTable(1)
	for k, v, _ := opts.Next(vm.Nil); !k.IsNil(); k, v, _ = opts.Next(k) {
		switch {
		case k.IsString() && k.AsString() == "trap_links":
			if v.Kind() != vm.KindBool {
				t.ArgError(1, "trap_links must be a boolean")
			}
			pr.trapLinks = v.AsBool()
		case k.IsString():
			t.ArgError(1, "unknown option '"+k.AsString()+"'")
		default:
			t.ArgError(1, "option names are strings")
		}
	}
	t.Push(vm.True)
	return 1
}

func procGetOptions(t *vm.Thread) int {
	pr := current(t)
	o := vm.NewTable(0, 1)
	o.SetStr("trap_links", vm.Bool(pr.trapLinks))
	t.Push(vm.TableValue(o))
	return 1
}

// --- terminate and cancel ----------------------------------------------------

func procTerminate(t *vm.Thread) int {
	pr := current(t)
	dest := t.CheckString(1)
	target, _ := pr.h.resolveDest(dest)
	if target == nil {
		t.Push(vm.Nil)
		t.Push(kindError(t, kindNotFound, "process not found: "+dest))
		return 2
	}
	if target == pr.p {
		// Ending ourselves must not let the rest of this task run: exit
		// now, and park the task for good (a dead process is never
		// resumed).
		pr.p.Exit(nil, errTerminated)
		return t.Block(func(*vm.Thread) int { return 0 })
	}
	target.Kill(errTerminated)
	t.Push(vm.True)
	return 1
}

// cancelReq is a process.cancel in flight: its reason is copied by the
// sender, like a message, and delivered as a CANCEL event.
type cancelReq struct {
	mail   sched.Mail
	from   string
	reason vm.Value
	errs   []vm.Value // error values in reason (see adopt)
}

func procCancel(t *vm.Thread) int {
	pr := current(t)
	dest := t.CheckString(1)
	c := copier{st: t.State()}
	reason, err := c.copy(t.Arg(2))
	if err != nil {
		t.ArgError(2, err.Error())
	}
	target, _ := pr.h.resolveDest(dest)
	if target == nil {
		t.Push(vm.Nil)
		t.Push(kindError(t, kindNotFound, "process not found: "+dest))
		return 2
	}
	req := &cancelReq{from: pr.p.PID(), reason: reason, errs: c.pending}
	req.mail.Fn, req.mail.Value = deliverCancel, req
	// PostFrom keeps the order with the messages we sent before.
	target.PostFrom(pr.p, &req.mail)
	t.Push(vm.True)
	return 1
}

func deliverCancel(p *sched.Proc, m *sched.Mail) {
	req := m.Value.(*cancelReq)
	m.Value = nil
	pr := p.Local.(*proc)
	adopt(pr.st, req.errs)
	ev := vm.NewTable(0, 3)
	ev.SetStr("kind", vm.String(eventCancel))
	ev.SetStr("from", vm.String(req.from))
	ev.SetStr("reason", req.reason)
	pr.pushEvent(ev)
}

// --- exec --------------------------------------------------------------------

// execWait is a task blocked in process.exec until its child exits.
type execWait struct {
	task *sched.Task
	seq  uint32
	res  vm.Value
	err  vm.Value
}

func procExec(t *vm.Thread) int {
	pr := current(t)
	task := pr.task(t)
	child, errv := spawnChild(t, sched.WatchExec)
	if child == nil {
		t.Push(vm.Nil)
		t.Push(errv)
		return 2
	}
	w := &execWait{task: task, seq: task.Seq()}
	if pr.execs == nil {
		pr.execs = make(map[*sched.Proc]*execWait)
	}
	pr.execs[child] = w
	defer func() {
		// Blocking refused (exec under a metamethod called from Go): the
		// child runs on, but its exit must not wake this task later for
		// some other wait.
		if r := recover(); r != nil {
			delete(pr.execs, child)
			pr.p.Unwatch(child, sched.WatchExec)
			panic(r)
		}
	}()
	return t.Block(func(t *vm.Thread) int {
		t.Push(w.res)
		if w.err.IsNil() {
			return 1
		}
		t.Push(w.err)
		return 2
	})
}

// execDone hands the result of an exec'd child to the task waiting for it.
func (pr *proc) execDone(child *sched.Proc, res []vm.Value, err error) {
	w := pr.execs[child]
	if w == nil {
		return
	}
	delete(pr.execs, child)
	if err != nil {
		w.err = errorValue(pr.st, err)
	} else if len(res) > 0 {
		w.res = copyOut(pr.st, res[0])
	}
	w.task.Wake(w.seq)
}

// --- registry ----------------------------------------------------------------

func regRegister(t *vm.Thread) int {
	pr := current(t)
	name := t.CheckString(1)
	if name == "" {
		t.ArgError(1, "name must not be empty")
	}
	if _, isPID := sched.PIDHost(name); isPID {
		t.ArgError(1, "a name cannot have the form of a pid")
	}
	p := pr.p
	if !t.Arg(2).IsNil() {
		dest := t.CheckString(2)
		if p, _ = pr.h.resolveDest(dest); p == nil {
			t.Push(vm.Nil)
			t.Push(kindError(t, kindNotFound, "process not found: "+dest))
			return 2
		}
	}
	switch err := pr.h.s.Register(name, p); {
	case err == nil:
		t.Push(vm.True)
		return 1
	case errors.Is(err, sched.ErrNameTaken):
		t.Push(vm.Nil)
		t.Push(kindError(t, kindAlreadyExists, "name '"+name+"' is already registered"))
	default:
		t.Push(vm.Nil)
		t.Push(kindError(t, kindNotFound, "process not found: "+p.PID()))
	}
	return 2
}

func regLookup(t *vm.Thread) int {
	pr := current(t)
	name := t.CheckString(1)
	if p := pr.h.s.Whereis(name); p != nil {
		t.Push(vm.String(p.PID()))
		return 1
	}
	t.Push(vm.Nil)
	t.Push(kindError(t, kindNotFound, "name '"+name+"' is not registered"))
	return 2
}

func regUnregister(t *vm.Thread) int {
	pr := current(t)
	t.Push(vm.Bool(pr.h.s.Unregister(t.CheckString(1))))
	return 1
}
