package process

import (
	"fmt"

	"wippylua/vm"
)

// selCase is a select case: ch:case_send(v) or ch:case_receive().
type selCase struct {
	ch   *channel
	send bool
	val  vm.Value
}

func (pr *proc) caseValue(c *selCase) vm.Value {
	return vm.UserdataValue(vm.NewUserdata(c, metas.chanCase))
}

func chanCaseSend(t *vm.Thread) int {
	c := checkChan(t, 1)
	t.Push(current(t).caseValue(&selCase{ch: c, send: true, val: t.Arg(2)}))
	return 1
}

func chanCaseReceive(t *vm.Thread) int {
	c := checkChan(t, 1)
	if c.recvCase == nil {
		c.recvCase = current(t).caseValue(&selCase{ch: c}).AsUserdata()
	}
	t.Push(vm.UserdataValue(c.recvCase))
	return 1
}

// chanSelect implements channel.select{case, ..., default=bool}.
func chanSelect(t *vm.Thread) int {
	cases := t.CheckTable(1)
	pr := current(t)
	n := int(cases.Len())
	dflt := cases.GetStr("default").Truthy()
	if n == 0 && !dflt {
		t.ArgError(1, "select needs at least one case")
	}
	task := pr.p.Current()
	var ts *taskState
	if task != nil {
		ts = stateOf(task)
	} else {
		ts = &taskState{p: pr.p}
	}
	ts.cases = ts.cases[:0]
	for i := 1; i <= n; i++ {
		ud := cases.GetInt(int64(i)).AsUserdata()
		c, ok := (*selCase)(nil), false
		if ud != nil {
			c, ok = ud.Data.(*selCase)
		}
		if !ok {
			t.ArgError(1, fmt.Sprintf("case %d is not a channel case (use ch:case_receive() or ch:case_send(v))", i))
		}
		ts.cases = append(ts.cases, c)
	}
	// Poll in a random order: among ready cases, each is chosen with the
	// same probability.
	order := ts.order[:0]
	for i := 0; i < n; i++ {
		order = append(order, i)
	}
	for i := n - 1; i > 0; i-- {
		j := pr.p.RandN(i + 1)
		order[i], order[j] = order[j], order[i]
	}
	ts.order = order
	for _, i := range order {
		c := ts.cases[i]
		if c.send {
			if !c.ch.canSend() {
				continue
			}
			if c.ch.closed {
				t.Errorf("send on closed channel")
			}
			c.ch.trySend(c.val)
			ts.clearCases()
			return pushSelectResult(t, c.ch, vm.Nil, true)
		}
		if v, ok, done := c.ch.tryRecv(); done {
			ts.clearCases()
			return pushSelectResult(t, c.ch, v, ok)
		}
	}
	if dflt {
		ts.clearCases()
		r := vm.NewTable(0, 2)
		r.SetStr("default", vm.True)
		r.SetStr("ok", vm.True)
		t.Push(vm.TableValue(r))
		return 1
	}
	task = pr.task(t)
	if cap(ts.sel) < n {
		ts.sel = make([]waiter, n)
	}
	ts.sel = ts.sel[:n]
	ts.nsel, ts.fired = n, -1
	seq := task.Seq()
	for i, c := range ts.cases {
		w := &ts.sel[i]
		*w = waiter{ch: c.ch, task: task, seq: seq, send: c.send, val: c.val, sel: ts, idx: i}
		if c.send {
			c.ch.sendq.push(w)
		} else {
			c.ch.recvq.push(w)
		}
	}
	return ts.block(t, selectK)
}

func selectK(t *vm.Thread, _ bool) int {
	ts := currentState(t)
	w := &ts.sel[ts.fired]
	ch, v, ok, closed, send := w.ch, w.val, w.ok, w.closed, w.send
	for i := 0; i < ts.nsel; i++ {
		ts.sel[i] = waiter{}
	}
	ts.nsel = 0
	ts.clearCases()
	if closed {
		t.Errorf("send on closed channel")
	}
	if send {
		v = vm.Nil
	}
	return pushSelectResult(t, ch, v, ok)
}

func pushSelectResult(t *vm.Thread, ch *channel, v vm.Value, ok bool) int {
	r := vm.NewTable(0, 3)
	r.SetStr("channel", ch.value())
	if !v.IsNil() {
		r.SetStr("value", v)
	}
	r.SetStr("ok", vm.Bool(ok))
	t.Push(vm.TableValue(r))
	return 1
}

// clearCases drops the select's references to its cases.
func (ts *taskState) clearCases() {
	clear(ts.cases)
	ts.cases = ts.cases[:0]
}

func ptrString(p any) string { return fmt.Sprintf("%p", p) }
