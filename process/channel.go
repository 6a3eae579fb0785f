package process

import (
	"wippylua/sched"
	"wippylua/vm"
)

// channel is a Go-style channel inside one process. Only the worker
// running that process touches it, so it has no locks.
type channel struct {
	ud     *vm.Userdata
	buf    valueRing
	cap    int // -1: unbounded (the inbox)
	closed bool
	recvq  waitq
	sendq  waitq
	// recvCase is the channel's case_receive object: it holds nothing but
	// the channel, so one per channel serves every select.
	recvCase *vm.Userdata
}

// waiter is a blocked channel operation: a task waiting to send or
// receive, alone or as one case of a select.
type waiter struct {
	prev, next *waiter
	linked     bool
	ch         *channel
	task       *sched.Task
	seq        uint32
	send       bool
	// sel is the task's state when the waiter is a select case; idx is
	// the case's index.
	sel *taskState
	idx int
	// val is the value to send, or the value received.
	val vm.Value
	// ok: for a receive, a value came from a sender (false: closed); for
	// a send, it was delivered. closed: the channel closed under a sender.
	ok, closed bool
}

// taskState is the runtime's per-task data (sched.Task.Local): reusable
// waiters, so that blocking does not allocate.
type taskState struct {
	one   waiter
	sel   []waiter
	nsel  int
	fired int
	cases []*selCase
	order []int
	sleep *sched.Timer
	p     *sched.Proc
}

func stateOf(task *sched.Task) *taskState {
	if ts, ok := task.Local.(*taskState); ok {
		return ts
	}
	ts := &taskState{p: task.Proc()}
	task.Local = ts
	return ts
}

// currentState returns the state of the task running on t's process: a
// blocked operation's continuation uses it to find its waiter.
func currentState(t *vm.Thread) *taskState {
	return stateOf(current(t).p.Current())
}

// complete ends the wait of w, whose fields the completing operation has
// filled: a select's other cases leave their queues, and the task wakes.
func (w *waiter) complete() {
	if ts := w.sel; ts != nil {
		ts.fired = w.idx
		for i := 0; i < ts.nsel; i++ {
			if o := &ts.sel[i]; o != w && o.linked {
				o.unlink()
			}
		}
	}
	w.task.Wake(w.seq)
}

func (w *waiter) unlink() {
	if w.send {
		w.ch.sendq.remove(w)
	} else {
		w.ch.recvq.remove(w)
	}
}

// cancel unlinks every waiter of the task and stops its sleep timer: the
// block they were set up for failed.
func (ts *taskState) cancel() {
	if ts.one.linked {
		ts.one.unlink()
	}
	for i := 0; i < ts.nsel; i++ {
		if w := &ts.sel[i]; w.linked {
			w.unlink()
		}
	}
	ts.nsel = 0
	if ts.sleep != nil {
		ts.p.Scheduler().StopTimer(ts.sleep)
		ts.sleep = nil
	}
}

// abort is deferred around Thread.Block: when blocking is refused (a
// blocking call under a metamethod called from Go, say), the waiters just
// queued must not wake the task later for some other wait.
func (ts *taskState) abort() {
	if r := recover(); r != nil {
		ts.cancel()
		panic(r)
	}
}

// block blocks the task; k (a package-level function, so that blocking
// allocates nothing) continues the Go function when the task is woken.
func (ts *taskState) block(t *vm.Thread, k func(t *vm.Thread, _ bool) int) int {
	defer ts.abort()
	return t.BlockK(k)
}

// waitq is a doubly linked list of waiters, so that a select's losing
// cases leave their queues in constant time.
type waitq struct{ head, tail *waiter }

func (q *waitq) push(w *waiter) {
	w.prev, w.next, w.linked = q.tail, nil, true
	if q.tail == nil {
		q.head = w
	} else {
		q.tail.next = w
	}
	q.tail = w
}

func (q *waitq) pop() *waiter {
	w := q.head
	if w != nil {
		q.remove(w)
	}
	return w
}

func (q *waitq) remove(w *waiter) {
	if w.prev == nil {
		q.head = w.next
	} else {
		w.prev.next = w.next
	}
	if w.next == nil {
		q.tail = w.prev
	} else {
		w.next.prev = w.prev
	}
	w.prev, w.next, w.linked = nil, nil, false
}

func (q *waitq) empty() bool { return q.head == nil }

// valueRing is a FIFO of values (a channel's buffer).
type valueRing struct {
	buf  []vm.Value
	head int
	n    int
}

func (r *valueRing) push(v vm.Value) {
	if r.n == len(r.buf) {
		size := 2 * len(r.buf)
		if size == 0 {
			size = 4
		}
		nb := make([]vm.Value, size)
		for i := 0; i < r.n; i++ {
			nb[i] = r.buf[(r.head+i)%len(r.buf)]
		}
		r.buf, r.head = nb, 0
	}
	r.buf[(r.head+r.n)%len(r.buf)] = v
	r.n++
}

func (r *valueRing) pop() vm.Value {
	v := r.buf[r.head]
	r.buf[r.head] = vm.Nil
	r.head = (r.head + 1) % len(r.buf)
	r.n--
	return v
}

// newChannel makes a channel of pr with capacity n (-1: unbounded).
func (pr *proc) newChannel(n int) *channel {
	c := &channel{cap: n}
	c.ud = vm.NewUserdata(c, metas.channel)
	return c
}

func (c *channel) value() vm.Value { return vm.UserdataValue(c.ud) }

// trySend completes a send without blocking if a receiver waits or the
// buffer has room. The channel must be open.
func (c *channel) trySend(v vm.Value) bool {
	if w := c.recvq.pop(); w != nil {
		w.val, w.ok = v, true
		w.complete()
		return true
	}
	if c.cap < 0 || c.buf.n < c.cap {
		c.buf.push(v)
		return true
	}
	return false
}

// canSend reports whether a send would complete without blocking (or
// raise: the channel is closed).
func (c *channel) canSend() bool {
	return c.closed || !c.recvq.empty() || c.cap < 0 || c.buf.n < c.cap
}

// tryRecv completes a receive without blocking if a value is buffered, a
// sender waits or the channel is closed; done is false otherwise.
func (c *channel) tryRecv() (v vm.Value, ok, done bool) {
	if c.buf.n > 0 {
		v = c.buf.pop()
		// A blocked sender's value takes the freed slot.
		if w := c.sendq.pop(); w != nil {
			c.buf.push(w.val)
			w.ok = true
			w.complete()
		}
		return v, true, true
	}
	if w := c.sendq.pop(); w != nil {
		v = w.val
		w.ok = true
		w.complete()
		return v, true, true
	}
	if c.closed {
		return vm.Nil, false, true
	}
	return vm.Nil, false, false
}

func (c *channel) canRecv() bool { return c.buf.n > 0 || !c.sendq.empty() || c.closed }

// close closes the channel: waiting receivers get nil, false and waiting
// senders fail. Closing twice does nothing.
func (c *channel) close() {
	if c.closed {
		return
	}
	c.closed = true
	for w := c.recvq.pop(); w != nil; w = c.recvq.pop() {
		w.val, w.ok = vm.Nil, false
		w.complete()
	}
	for w := c.sendq.pop(); w != nil; w = c.sendq.pop() {
		w.ok, w.closed = false, true
		w.complete()
	}
}

// --- Lua API -----------------------------------------------------------------

var channelLib = map[string]*vm.GoFunction{
	"new":    fn("new", chanNew),
	"select": fn("select", chanSelect),
}

var channelMethods = map[string]*vm.GoFunction{
	"send":         fn("send", chanSend),
	"receive":      fn("receive", chanReceive),
	"close":        fn("close", chanClose),
	"case_send":    fn("case_send", chanCaseSend),
	"case_receive": fn("case_receive", chanCaseReceive),
}

var chanToString = fn("tostring", func(t *vm.Thread) int {
	c := checkChan(t, 1)
	t.Push(vm.String("channel: " + ptrString(c)))
	return 1
})

func checkChan(t *vm.Thread, n int) *channel {
	if ud := t.Arg(n).AsUserdata(); ud != nil {
		if c, ok := ud.Data.(*channel); ok {
			return c
		}
	}
	t.TypeError(n, "channel")
	return nil
}

func chanNew(t *vm.Thread) int {
	n := t.OptInt(1, 0)
	if n < 0 {
		t.ArgError(1, "capacity must not be negative")
	}
	if n > 1<<30 {
		t.ArgError(1, "capacity too large")
	}
	t.Push(current(t).newChannel(int(n)).value())
	return 1
}

func chanSend(t *vm.Thread) int {
	c := checkChan(t, 1)
	v := t.Arg(2)
	if c.closed {
		t.Errorf("send on closed channel")
	}
	if c.trySend(v) {
		return 0
	}
	task := current(t).task(t)
	ts := stateOf(task)
	w := &ts.one
	*w = waiter{ch: c, task: task, seq: task.Seq(), send: true, val: v}
	c.sendq.push(w)
	return ts.block(t, sendK)
}

func sendK(t *vm.Thread, _ bool) int {
	w := &currentState(t).one
	closed := w.closed
	*w = waiter{}
	if closed {
		t.Errorf("send on closed channel")
	}
	return 0
}

func chanReceive(t *vm.Thread) int {
	c := checkChan(t, 1)
	if v, ok, done := c.tryRecv(); done {
		t.Push(v)
		t.Push(vm.Bool(ok))
		return 2
	}
	task := current(t).task(t)
	ts := stateOf(task)
	w := &ts.one
	*w = waiter{ch: c, task: task, seq: task.Seq()}
	c.recvq.push(w)
	return ts.block(t, recvK)
}

func recvK(t *vm.Thread, _ bool) int {
	w := &currentState(t).one
	v, ok := w.val, w.ok
	*w = waiter{}
	t.Push(v)
	t.Push(vm.Bool(ok))
	return 2
}

func chanClose(t *vm.Thread) int {
	checkChan(t, 1).close()
	return 0
}
