package process

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"wippylua/modules/duration"
	lerrors "wippylua/modules/errors"
	"wippylua/sched"
	"wippylua/typevalue"
	"wippylua/vm"
)

// message is a process.send in flight and, once delivered, the data of a
// message object. The Mail and the userdata of the message object and of
// its payload are embedded so that a message costs one allocation besides
// its copied values.
type message struct {
	mail  sched.Mail
	topic string
	from  string
	n     int
	v0    vm.Value // the first value, kept inline: most messages carry one
	// more holds the other values and, after them, until delivery, the
	// error values among the copies, which get the receiver's metatable
	// then (see adopt). Keeping them there costs a message nothing when
	// it carries no error value.
	more []vm.Value
	// obj and payload are msg and msg:payload() in the receiver.
	obj, payload vm.Userdata
}

// newMessage deep-copies vals, values of st (nil for Go values), into a
// new message.
func newMessage(st *vm.State, topic, from string, vals []vm.Value) (*message, error) {
	m := &message{topic: topic, from: from, n: len(vals)}
	c := copier{st: st}
	for i, v := range vals {
		cv, err := c.copy(v)
		if err != nil {
			return nil, &argError{i, err}
		}
		if i == 0 {
			m.v0 = cv
		} else {
			if m.more == nil {
				m.more = make([]vm.Value, 0, len(vals)-1)
			}
			m.more = append(m.more, cv)
		}
	}
	m.more = append(m.more, c.pending...)
	m.mail.Fn = deliverMessage
	m.mail.Value = m
	return m, nil
}

// KindError is an error with a kind of the errors module (NOT_FOUND,
// INVALID...). A Resolve function returns one to choose the kind of the
// error value that process.spawn returns; other errors are INVALID.
type KindError struct {
	Kind string
	Msg  string
}

func (e *KindError) Error() string { return e.Msg }

type argError struct {
	i   int // index among the values
	err error
}

func (e *argError) Error() string { return e.err.Error() }

// copier deep-copies values for another process. Strings are immutable and
// shared; tables are copied structurally, keeping shared references and
// cycles; metatables are not copied. Among userdata, type values are
// shared (immutable, with a program-wide metatable), time and duration
// values are copied as new userdata holding the same immutable Go value,
// and error values are copied (see copyError); other userdata cannot be
// sent.
type copier struct {
	seen map[*vm.Table]*vm.Table
	errs map[*lerrors.Error]vm.Value // error values already copied
	// st is the State the values belong to, when known: a library table
	// is then copied as st sees it (see vm.State.View).
	st *vm.State
	// to is the State the copy is for, when the copy is made in its
	// turn (exit results); otherwise the error values copied wait in
	// pending for adopt, in the receiver's turn.
	to      *vm.State
	pending []vm.Value
	// lenient drops the details of an error value that cannot be
	// copied instead of failing, for exit results: the error itself
	// matters more than its details.
	lenient bool
}

func (c *copier) copy(v vm.Value) (vm.Value, error) {
	switch v.Kind() {
	case vm.KindNil, vm.KindBool, vm.KindInt, vm.KindFloat, vm.KindString:
		return v, nil
	case vm.KindTable:
		return c.table(v.AsTable())
	case vm.KindUserdata:
		u := v.AsUserdata()
		if typevalue.IsTypeValue(v) {
			return v, nil // immutable and shared by every process
		}
		if d, ok := duration.Get(v); ok {
			return duration.New(d), nil
		}
		if isTimeValue(u) {
			return timeValue(u.Data.(time.Time)), nil
		}
		if e, ok := lerrors.Get(v); ok {
			return c.copyError(e)
		}
	}
	return vm.Nil, fmt.Errorf("cannot send a %s value to another process", v.TypeName())
}

// copyError copies an error value: a new one with the same kind,
// message, retryable flag and stack (immutable strings), its details
// deep-copied like any table and its cause copied in turn. Error values
// are not shared between processes although an *Error never changes: its
// details hand out shallow copies whose nested tables are the error's
// own, which its holder may change, and its metatable belongs to a State.
// The copy gets c.to's metatable, or none until adopt gives it the
// receiver's.
func (c *copier) copyError(e *lerrors.Error) (vm.Value, error) {
	if v, ok := c.errs[e]; ok {
		return v, nil
	}
	if c.errs == nil {
		c.errs = make(map[*lerrors.Error]vm.Value)
	}
	ne := &lerrors.Error{Kind: e.Kind, Message: e.Message, Retryable: e.Retryable, Stack: e.Stack, Cause: vm.Nil}
	var mt *vm.Table
	if c.to != nil {
		mt = lerrors.Metatable(c.to)
	}
	v := vm.UserdataValue(vm.NewUserdata(ne, mt))
	if c.to == nil {
		c.pending = append(c.pending, v)
	}
	c.errs[e] = v // before the details, which may refer to the error
	if e.Details != nil {
		d, err := c.table(e.Details)
		if err != nil && !c.lenient {
			return vm.Nil, err
		}
		ne.Details = d.AsTable()
	}
	cause, err := c.copy(e.Cause)
	if err != nil {
		return vm.Nil, err
	}
	ne.Cause = cause
	return v, nil
}

// adopt gives the error values a copier made without a receiving State
// the metatable of st, the receiver's, in its turn: until then nothing
// but the message in flight refers to them.
func adopt(st *vm.State, pending []vm.Value) {
	if len(pending) == 0 {
		return
	}
	mt := lerrors.Metatable(st)
	for _, v := range pending {
		v.AsUserdata().SetMetatable(mt)
	}
}

func (c *copier) table(t *vm.Table) (vm.Value, error) {
	if nt, ok := c.seen[t]; ok {
		return vm.TableValue(nt), nil
	}
	if c.seen == nil {
		c.seen = make(map[*vm.Table]*vm.Table)
	}
	nt := vm.NewTable(t.ArrayLen(), 0)
	c.seen[t] = nt
	src := t
	if c.st != nil {
		src = c.st.View(t)
	}
	for k, v, _ := src.Next(vm.Nil); !k.IsNil(); k, v, _ = src.Next(k) {
		ck, err := c.copy(k)
		if err != nil {
			return vm.Nil, err
		}
		cv, err := c.copy(v)
		if err != nil {
			return vm.Nil, err
		}
		nt.Set(ck, cv)
	}
	return vm.TableValue(nt), nil
}

// deliverMessage runs in the receiver's turn: the message joins the inbox.
func deliverMessage(p *sched.Proc, mail *sched.Mail) {
	pr := p.Local.(*proc)
	m := mail.Value.(*message)
	mail.Value = nil
	if k := max(m.n-1, 0); len(m.more) > k {
		adopt(pr.st, m.more[k:])
		clear(m.more[k:])
		m.more = m.more[:k]
	}
	if pr.listeners != nil && pr.toListener(m) {
		return
	}
	if pr.inbox == nil {
		pr.early = append(pr.early, m)
		return
	}
	if !pr.inbox.closed {
		pr.inbox.trySend(pr.messageValue(m))
	}
}

func (pr *proc) messageValue(m *message) vm.Value {
	m.obj.Data = m
	m.obj.SetMetatable(metas.message)
	return vm.UserdataValue(&m.obj)
}

// --- Lua API -----------------------------------------------------------------

var processLib map[string]*vm.GoFunction

// init builds processLib here: spawn installs processLib in the new
// process, which would otherwise be an initialization cycle.
func init() {
	processLib = map[string]*vm.GoFunction{
		"pid":   fn("pid", procPID),
		"send":  fn("send", procSend),
		"inbox": fn("inbox", procInbox),
		"spawn": fn("spawn", procSpawn),
	}
	for name, f := range lifecycleLib {
		processLib[name] = f
	}
	for name, f := range listenLib {
		processLib[name] = f
	}
}

func procPID(t *vm.Thread) int {
	t.Push(vm.String(current(t).p.PID()))
	return 1
}

func procSend(t *vm.Thread) int {
	pr := current(t)
	dest := t.CheckString(1)
	topic := t.CheckString(2)
	if strings.HasPrefix(topic, "@") {
		t.ArgError(2, "topics starting with '@' are reserved")
	}
	m, err := newMessage(t.State(), topic, pr.p.PID(), t.Args()[2:])
	if err != nil {
		t.ArgError(3+err.(*argError).i, err.Error())
	}
	target, isPID := pr.sendTarget(dest)
	if target == nil {
		if !isPID {
			t.Push(vm.Nil)
			t.Push(kindError(t, kindNotFound, "process not found: "+dest))
			return 2
		}
		// The receiver has exited: delivery is fire-and-forget.
		t.Push(vm.True)
		return 1
	}
	target.PostFrom(pr.p, &m.mail)
	t.Push(vm.True)
	return 1
}

// sendTarget is resolveDest for process.send, remembering the last pid.
func (pr *proc) sendTarget(dest string) (p *sched.Proc, isPID bool) {
	if pr.lastTarget != nil && dest == pr.lastDest {
		return pr.lastTarget, true
	}
	p, isPID = pr.h.resolveDest(dest)
	if p != nil && isPID {
		pr.lastDest, pr.lastTarget = dest, p
	}
	return p, isPID
}

func procInbox(t *vm.Thread) int {
	pr := current(t)
	if pr.inbox == nil {
		pr.inbox = pr.newChannel(-1)
		for i, m := range pr.early {
			pr.inbox.trySend(pr.messageValue(m))
			pr.early[i] = nil
		}
		pr.early = nil
	}
	t.Push(pr.inbox.value())
	return 1
}

func procSpawn(t *vm.Thread) int { return spawnWith(t, 0) }

// spawnWith is process.spawn and its variants: the caller watches the
// child with flags (sched.WatchMonitor, sched.WatchLink, sched.WatchExec)
// from before it starts. It pushes pid or nil, err and returns 2, or
// returns the child (for exec) with nothing pushed.
func spawnWith(t *vm.Thread, flags uint8) int {
	child, errv := spawnChild(t, flags)
	if child == nil {
		t.Push(vm.Nil)
		t.Push(errv)
		return 2
	}
	t.Push(vm.String(child.PID()))
	return 1
}

func spawnChild(t *vm.Thread, flags uint8) (*sched.Proc, vm.Value) {
	pr := current(t)
	id := t.CheckString(1)
	host := t.OptString(2, "")
	target := pr.h
	if host != "" && pr.h.opts.Peer != nil {
		if target = pr.h.peer(host); target == nil {
			return nil, kindError(t, kindNotFound, "unknown host '"+host+"'")
		}
	}
	resolve := target.opts.Resolve
	if resolve == nil {
		return nil, kindError(t, kindNotFound, "process.spawn: this host has no entries")
	}
	c := copier{st: t.State()}
	var args []vm.Value
	for i, v := range t.Args()[min(2, t.NArgs()):] {
		cv, err := c.copy(v)
		if err != nil {
			t.ArgError(3+i, err.Error())
		}
		args = append(args, cv)
	}
	child, err := target.spawn(pr.p, func(st *vm.State) (vm.Value, error) {
		// The child has not started: its State is ours to prepare.
		adopt(st, c.pending)
		return resolve(st, id, host)
	}, args, func(child *sched.Proc) {
		// Neither can fail: the child has not started, and the caller is
		// running.
		if flags&sched.WatchLink != 0 {
			pr.p.Link(child)
		}
		if f := flags &^ sched.WatchLink; f != 0 {
			pr.p.Watch(child, f)
		}
	}, false)
	if err != nil {
		kind := kindInvalid
		var ke *KindError
		if errors.As(err, &ke) {
			kind = ke.Kind
		}
		return nil, kindError(t, kind, err.Error())
	}
	return child, vm.Nil
}

// --- message objects ---------------------------------------------------------

var messageMethods = map[string]*vm.GoFunction{
	"topic":   fn("topic", msgTopic),
	"from":    fn("from", msgFrom),
	"payload": fn("payload", msgPayload),
}

var payloadMethods = map[string]*vm.GoFunction{
	"data": fn("data", payloadData),
}

// checkMessage returns argument n, a message object (meta is
// metas.message) or a payload (metas.payload), named what in errors.
func checkMessage(t *vm.Thread, n int, meta *vm.Table, what string) *message {
	if ud := t.Arg(n).AsUserdata(); ud != nil && ud.Metatable() == meta {
		if m, ok := ud.Data.(*message); ok {
			return m
		}
	}
	t.TypeError(n, what)
	return nil
}

func msgTopic(t *vm.Thread) int {
	t.Push(vm.String(checkMessage(t, 1, metas.message, "message").topic))
	return 1
}

func msgFrom(t *vm.Thread) int {
	t.Push(vm.String(checkMessage(t, 1, metas.message, "message").from))
	return 1
}

func msgPayload(t *vm.Thread) int {
	m := checkMessage(t, 1, metas.message, "message")
	if m.payload.Data == nil {
		m.payload.Data = m
		m.payload.SetMetatable(metas.payload)
	}
	t.Push(vm.UserdataValue(&m.payload))
	return 1
}

func payloadData(t *vm.Thread) int {
	m := checkMessage(t, 1, metas.payload, "payload")
	if m.n == 0 {
		t.Push(vm.Nil)
		return 1
	}
	t.Push(m.v0)
	for _, v := range m.more {
		t.Push(v)
	}
	return m.n
}
