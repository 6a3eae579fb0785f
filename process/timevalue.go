package process

import (
	"time"

	"wippylua/modules/duration"
	"wippylua/vm"
)

// Time values: what time.now() returns and timer channels deliver. A time
// value is a userdata holding a time.Time (immutable) with the runtime's
// time metatable; process.send copies one as a new userdata holding the
// same time.

var timeMethods map[string]*vm.GoFunction

// init builds timeMethods here: time:add makes time values, whose
// metatable holds timeMethods (an initialization cycle otherwise).
func init() { timeMethods = makeTimeMethods() }

func makeTimeMethods() map[string]*vm.GoFunction {
	return map[string]*vm.GoFunction{
		"unix":       fn("unix", func(t *vm.Thread) int { t.Push(vm.Int(checkTime(t, 1).Unix())); return 1 }),
		"unix_nano":  fn("unix_nano", func(t *vm.Thread) int { t.Push(vm.Int(checkTime(t, 1).UnixNano())); return 1 }),
		"unix_milli": fn("unix_milli", func(t *vm.Thread) int { t.Push(vm.Int(checkTime(t, 1).UnixMilli())); return 1 }),
		// sub returns a duration value, as in Wippy; its arithmetic
		// still works on nanoseconds (see package duration).
		"sub": fn("sub", func(t *vm.Thread) int {
			t.Push(duration.New(checkTime(t, 1).Sub(checkTime(t, 2))))
			return 1
		}),
		"add":      timeMethod("add", time.Time.Add),
		"round":    timeMethod("round", time.Time.Round),
		"truncate": timeMethod("truncate", time.Time.Truncate),
		"before":   fn("before", func(t *vm.Thread) int { t.Push(vm.Bool(checkTime(t, 1).Before(checkTime(t, 2)))); return 1 }),
		"after":    fn("after", func(t *vm.Thread) int { t.Push(vm.Bool(checkTime(t, 1).After(checkTime(t, 2)))); return 1 }),
		"equal":    fn("equal", func(t *vm.Thread) int { t.Push(vm.Bool(checkTime(t, 1).Equal(checkTime(t, 2)))); return 1 }),
		"format": fn("format", func(t *vm.Thread) int {
			tv := checkTime(t, 1)
			t.Push(vm.String(tv.Format(t.OptString(2, time.RFC3339Nano))))
			return 1
		}),
	}
}

// timeMethod makes a method taking a duration and returning a new time:
// add, round, truncate.
func timeMethod(name string, op func(time.Time, time.Duration) time.Time) *vm.GoFunction {
	return fn(name, func(t *vm.Thread) int {
		t.Push(timeValue(op(checkTime(t, 1), duration.Check(t, 2))))
		return 1
	})
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

func timeValue(tv time.Time) vm.Value {
	return vm.UserdataValue(vm.NewUserdata(tv, metas.time))
}

// isTimeValue reports whether u is a time value.
func isTimeValue(u *vm.Userdata) bool { return metas != nil && u.Metatable() == metas.time }

func checkTime(t *vm.Thread, n int) time.Time {
	if ud := t.Arg(n).AsUserdata(); ud != nil {
		if tv, ok := ud.Data.(time.Time); ok {
			return tv
		}
	}
	t.TypeError(n, "time")
	return time.Time{}
}
