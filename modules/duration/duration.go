package duration

import (
	"errors"
	"math"
	"strconv"
	"time"

	"wippylua/vm"
)

// New returns a duration value holding d.
func New(d time.Duration) vm.Value {
	return vm.UserdataValue(vm.NewUserdata(d, meta))
}

// Get returns the time.Duration inside a duration value; ok is false for
// every other value (numbers and strings included: see From).
func Get(v vm.Value) (d time.Duration, ok bool) {
	if u := v.AsUserdata(); u != nil && u.Metatable() == meta {
		d, ok = u.Data.(time.Duration)
	}
	return d, ok
}

// ErrNotDuration is From's error for a value of a kind that is never a
// duration (nil, a table, a function...).
var ErrNotDuration = errors.New("duration expected")

var errRange = errors.New("duration out of range")

// From reads any form of duration: an integer number of nanoseconds, a
// float (truncated towards zero), a Go duration string or a duration
// value. A malformed string gives an error naming it, a float that does
// not fit in an int64 "duration out of range", and any other kind of
// value ErrNotDuration.
func From(v vm.Value) (time.Duration, error) {
	switch v.Kind() {
	case vm.KindInt:
		return time.Duration(v.AsInt()), nil
	case vm.KindFloat:
		f := v.AsFloat()
		// -2^63 converts exactly; 2^63 and beyond do not fit.
		if math.IsNaN(f) || f >= math.MaxInt64 || f < math.MinInt64 {
			return 0, errRange
		}
		return time.Duration(f), nil
	case vm.KindString:
		d, err := time.ParseDuration(v.AsString())
		if err != nil {
			return 0, errors.New("invalid duration " + strconv.Quote(v.AsString()))
		}
		return d, nil
	}
	if d, ok := Get(v); ok {
		return d, nil
	}
	return 0, ErrNotDuration
}

// Check returns argument n of the running Go function as a duration (see
// From), raising the usual "bad argument" error otherwise.
func Check(t *vm.Thread, n int) time.Duration {
	d, err := From(t.Arg(n))
	if err == ErrNotDuration {
		t.TypeError(n, "duration")
	} else if err != nil {
		t.ArgError(n, err.Error())
	}
	return d
}

// Opt is Check for an optional argument: nil or absent gives def.
func Opt(t *vm.Thread, n int, def time.Duration) time.Duration {
	if t.Arg(n).IsNil() {
		return def
	}
	return Check(t, n)
}
