package process

import (
	"math"
	"time"

	"wippylua/sched"
	"wippylua/vm"
)

var coSpawnFn = fn("spawn", func(t *vm.Thread) int {
	f := t.CheckFunction(1)
	current(t).p.StartTask(f, t.Args()[1:]...)
	return 0
})

var timeLib = map[string]*vm.GoFunction{
	"sleep":  fn("sleep", timeSleep),
	"after":  fn("after", timeAfter),
	"now":    fn("now", timeNow),
	"timer":  fn("timer", timeTimer),
	"ticker": fn("ticker", timeTicker),
}

// checkDuration reads a duration argument: nanoseconds as a number, or a
// Go duration string.
func checkDuration(t *vm.Thread, n int) time.Duration {
	v := t.Arg(n)
	switch {
	case v.IsInt():
		return time.Duration(v.AsInt())
	case v.IsFloat():
		f := v.AsFloat()
		if math.IsNaN(f) || f >= math.MaxInt64 || f <= math.MinInt64 {
			t.ArgError(n, "duration out of range")
		}
		return time.Duration(f)
	case v.IsString():
		d, err := time.ParseDuration(v.AsString())
		if err != nil {
			t.ArgError(n, "invalid duration \""+v.AsString()+"\"")
		}
		return d
	}
	t.TypeError(n, "duration")
	return 0
}

func timeSleep(t *vm.Thread) int {
	d := checkDuration(t, 1)
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
	pr := current(t)
	t.Push(pr.timeValue(pr.p.Scheduler().Now()))
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
	pr := p.Local.(*proc)
	if !a.ch.closed {
		a.ch.trySend(pr.timeValue(p.Scheduler().Now()))
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
	d := checkDuration(t, 1)
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
	"stop":    fn("stop", timerStop),
	"reset":   fn("reset", timerReset),
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
	d := checkDuration(t, 1)
	pr := current(t)
	o := &timerObj{ch: pr.newChannel(1)}
	o.a = pr.arm(o.ch, d, 0)
	t.Push(pr.timerValue(o))
	return 1
}

func timeTicker(t *vm.Thread) int {
	d := checkDuration(t, 1)
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
	d := checkDuration(t, 2)
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

// --- time values -------------------------------------------------------------

var timeMethods map[string]*vm.GoFunction

// init builds timeMethods here: time:add makes time values, whose
// metatable holds timeMethods (an initialization cycle otherwise).
func init() { timeMethods = makeTimeMethods() }

func makeTimeMethods() map[string]*vm.GoFunction {
	return map[string]*vm.GoFunction{
		"unix":       fn("unix", func(t *vm.Thread) int { t.Push(vm.Int(checkTime(t, 1).Unix())); return 1 }),
		"unix_nano":  fn("unix_nano", func(t *vm.Thread) int { t.Push(vm.Int(checkTime(t, 1).UnixNano())); return 1 }),
		"unix_milli": fn("unix_milli", func(t *vm.Thread) int { t.Push(vm.Int(checkTime(t, 1).UnixMilli())); return 1 }),
		"sub": fn("sub", func(t *vm.Thread) int {
			t.Push(vm.Int(int64(checkTime(t, 1).Sub(checkTime(t, 2)))))
			return 1
		}),
		"add": fn("add", func(t *vm.Thread) int {
			tv := checkTime(t, 1).Add(checkDuration(t, 2))
			t.Push(current(t).timeValue(tv))
			return 1
		}),
		"before": fn("before", func(t *vm.Thread) int { t.Push(vm.Bool(checkTime(t, 1).Before(checkTime(t, 2)))); return 1 }),
		"after":  fn("after", func(t *vm.Thread) int { t.Push(vm.Bool(checkTime(t, 1).After(checkTime(t, 2)))); return 1 }),
		"equal":  fn("equal", func(t *vm.Thread) int { t.Push(vm.Bool(checkTime(t, 1).Equal(checkTime(t, 2)))); return 1 }),
		"format": fn("format", func(t *vm.Thread) int {
			tv := checkTime(t, 1)
			t.Push(vm.String(tv.Format(t.OptString(2, time.RFC3339Nano))))
			return 1
		}),
	}
}

var timeMetamethods = map[string]*vm.GoFunction{
	"__tostring": fn("tostring", func(t *vm.Thread) int {
		t.Push(vm.String(checkTime(t, 1).Format(time.RFC3339Nano)))
		return 1
	}),
	"__eq": fn("eq", func(t *vm.Thread) int { t.Push(vm.Bool(checkTime(t, 1).Equal(checkTime(t, 2)))); return 1 }),
	"__lt": fn("lt", func(t *vm.Thread) int { t.Push(vm.Bool(checkTime(t, 1).Before(checkTime(t, 2)))); return 1 }),
	"__le": fn("le", func(t *vm.Thread) int { t.Push(vm.Bool(!checkTime(t, 1).After(checkTime(t, 2)))); return 1 }),
}

func (pr *proc) timeValue(tv time.Time) vm.Value {
	return vm.UserdataValue(vm.NewUserdata(tv, metas.time))
}

func checkTime(t *vm.Thread, n int) time.Time {
	if ud := t.Arg(n).AsUserdata(); ud != nil {
		if tv, ok := ud.Data.(time.Time); ok {
			return tv
		}
	}
	t.TypeError(n, "time")
	return time.Time{}
}
