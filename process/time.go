package process

import (
	"time"

	"wippylua/modules/duration"
	"wippylua/sched"
	"wippylua/vm"
)

var coSpawnFn = fn("spawn", func(t *vm.Thread) int {
	f := t.CheckFunction(1)
	current(t).p.StartTask(f, t.Args()[1:]...)
	return 0
})

var timeLib = map[string]*vm.GoFunction{
	"sleep":          fn("sleep", timeSleep),
	"after":          fn("after", timeAfter),
	"now":            fn("now", timeNow),
	"timer":          fn("timer", timeTimer),
	"ticker":         fn("ticker", timeTicker),
	"parse_duration": fn("parse_duration", timeParseDuration),
}

// durationUnits are the time module's constants, in nanoseconds (numbers,
// as in Wippy, so that 5 * time.SECOND is a number of nanoseconds).
var durationUnits = map[string]time.Duration{
	"NANOSECOND":  time.Nanosecond,
	"MICROSECOND": time.Microsecond,
	"MILLISECOND": time.Millisecond,
	"SECOND":      time.Second,
	"MINUTE":      time.Minute,
	"HOUR":        time.Hour,
}

// newTimeTable makes the time module's table: the shared functions and
// the unit constants.
func newTimeTable() *vm.Table {
	t := funcTable(timeLib)
	for name, d := range durationUnits {
		t.SetStr(name, vm.Int(int64(d)))
	}
	return t
}

// timeParseDuration is time.parse_duration(v): a duration value from any
// form of duration, or nil and an INVALID error for a malformed string or
// a number out of range. Other kinds of value are a programming mistake
// and raise.
func timeParseDuration(t *vm.Thread) int {
	d, err := duration.From(t.Arg(1))
	if err == duration.ErrNotDuration {
		t.TypeError(1, "duration")
	}
	if err != nil {
		t.Push(vm.Nil)
		t.Push(kindError(t, kindInvalid, err.Error()))
		return 2
	}
	t.Push(duration.New(d))
	return 1
}

func timeSleep(t *vm.Thread) int {
	d := duration.Check(t, 1)
	if d <= 0 {
		return 0
	}
	pr := current(t)
	task := pr.task(t)
	ts := stateOf(task)
	tm := &sched.Timer{}
	tm.Fn, tm.Task, tm.Seq = sched.WakeMail, task, task.Seq()
	ts.sleep = tm
	pr.p.Scheduler().StartTimer(tm, pr.p, d)
	return ts.block(t, sleepK)
}

func sleepK(t *vm.Thread, _ bool) int {
	currentState(t).sleep = nil
	return 0
}

func timeNow(t *vm.Thread) int {
	t.Push(timeValue(current(t).p.Scheduler().Now()))
	return 1
}

// timeArm is one arming of a time.after, time.timer or time.ticker timer:
// when it fires, the time is sent on ch if there is room (a full channel
// drops the tick, as in Go). A stopped arm ignores its late Mail.
type timeArm struct {
	tm      sched.Timer
	ch      *channel
	period  time.Duration // tickers
	stopped bool
	fired   bool
}

func (pr *proc) arm(ch *channel, d, period time.Duration) *timeArm {
	a := &timeArm{ch: ch, period: period}
	a.tm.Fn = fireArm
	a.tm.Value = a
	pr.p.Scheduler().StartTimer(&a.tm, pr.p, d)
	return a
}

func fireArm(p *sched.Proc, m *sched.Mail) {
	a := m.Value.(*timeArm)
	if a.stopped {
		return
	}
	a.fired = true
	if !a.ch.closed {
		a.ch.trySend(timeValue(p.Scheduler().Now()))
	}
	if a.period > 0 {
		p.Scheduler().RepeatTimer(&a.tm, p, a.period)
	}
}

func (a *timeArm) stop(s *sched.Scheduler) bool {
	if a == nil || a.stopped || a.fired && a.period == 0 {
		return false
	}
	a.stopped = true
	s.StopTimer(&a.tm)
	return true
}

func timeAfter(t *vm.Thread) int {
	d := duration.Check(t, 1)
	pr := current(t)
	ch := pr.newChannel(1)
	pr.arm(ch, d, 0)
	t.Push(ch.value())
	return 1
}

// timerObj is a time.timer or time.ticker object.
type timerObj struct {
	ch     *channel
	a      *timeArm
	ticker bool
}

var timerMethods = map[string]*vm.GoFunction{
	"channel": fn("channel", timerChannel),
	// response is Wippy's name for the channel; channel its alias.
	"response": fn("response", timerChannel),
	"stop":     fn("stop", timerStop),
	"reset":    fn("reset", timerReset),
}

func (pr *proc) timerValue(o *timerObj) vm.Value {
	return vm.UserdataValue(vm.NewUserdata(o, metas.timer))
}

func checkTimer(t *vm.Thread, n int) *timerObj {
	if ud := t.Arg(n).AsUserdata(); ud != nil {
		if o, ok := ud.Data.(*timerObj); ok {
			return o
		}
	}
	t.TypeError(n, "timer")
	return nil
}

func timeTimer(t *vm.Thread) int {
	d := duration.Check(t, 1)
	pr := current(t)
	o := &timerObj{ch: pr.newChannel(1)}
	o.a = pr.arm(o.ch, d, 0)
	t.Push(pr.timerValue(o))
	return 1
}

func timeTicker(t *vm.Thread) int {
	d := duration.Check(t, 1)
	if d <= 0 {
		t.ArgError(1, "non-positive interval for ticker")
	}
	pr := current(t)
	o := &timerObj{ch: pr.newChannel(1), ticker: true}
	o.a = pr.arm(o.ch, d, d)
	t.Push(pr.timerValue(o))
	return 1
}

func timerChannel(t *vm.Thread) int {
	t.Push(checkTimer(t, 1).ch.value())
	return 1
}

// timerStop stops the timer; true when that prevented it from firing (or,
// for a ticker, stopped its ticks).
func timerStop(t *vm.Thread) int {
	o := checkTimer(t, 1)
	t.Push(vm.Bool(o.a.stop(current(t).p.Scheduler())))
	return 1
}

// timerReset rearms the timer (or changes a ticker's interval); true when
// it was still pending.
func timerReset(t *vm.Thread) int {
	o := checkTimer(t, 1)
	d := duration.Check(t, 2)
	pr := current(t)
	var period time.Duration
	if o.ticker {
		if d <= 0 {
			t.ArgError(2, "non-positive interval for ticker")
		}
		period = d
	}
	was := o.a.stop(pr.p.Scheduler())
	o.a = pr.arm(o.ch, d, period)
	t.Push(vm.Bool(was))
	return 1
}
