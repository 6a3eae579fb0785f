package stdlib

import (
	"math"
	"strconv"
	"strings"
	"time"

	"wippylua/vm"
)

// os.time, os.date and os.difftime, reproducing lua5.3 on glibc: mktime's
// normalisation of out-of-range fields, localtime's limits (the year must
// fit a C int), and strftime's C-locale output for every conversion that
// lua5.3 accepts in C99 mode.

// tmFields is C's struct tm with the year in full (not minus 1900).
// Where glibc computes tm_year + 1900 in a C int, the result wraps around
// for the last 1900 years a tm_year can hold; cYear gives that value.
type tmFields struct {
	year                int64
	month               int // 1-12
	day, hour, min, sec int
	wday                int // 0-6, Sunday = 0
	yday                int // 0-365
	isdst               bool
	gmtoff              int // seconds east of UTC
	zone                string
}

// localZone is the time zone of local time; tests replace it.
var localZone = time.Local

// maxTimeMagnitude bounds the time values handed to Go's time package
// (whose arithmetic overflows near the ends of int64). Such times are
// billions of years beyond the years a C int holds, where localtime fails
// anyway.
const maxTimeMagnitude = 1 << 61

// breakDown converts a time value to broken-down time, in UTC or local
// time, failing like glibc's gmtime/localtime when the year does not fit
// a C int.
func breakDown(ts int64, utc bool, loc *time.Location) (tmFields, bool) {
	if ts > maxTimeMagnitude || ts < -maxTimeMagnitude {
		return tmFields{}, false
	}
	tt := time.Unix(ts, 0)
	if utc {
		tt = tt.UTC()
	} else {
		tt = tt.In(loc)
	}
	tm := fieldsOf(tt)
	if utc {
		tm.zone = "GMT" // glibc's gmtime names UTC so
	}
	if tm.year-1900 > math.MaxInt32 || tm.year-1900 < math.MinInt32 {
		return tmFields{}, false
	}
	return tm, true
}

// cYear is the year as glibc's int arithmetic sees it (see tmFields).
func (tm *tmFields) cYear() int64 { return int64(int32(tm.year)) }

func fieldsOf(tt time.Time) tmFields {
	name, off := tt.Zone()
	return tmFields{
		year:   int64(tt.Year()),
		month:  int(tt.Month()),
		day:    tt.Day(),
		hour:   tt.Hour(),
		min:    tt.Minute(),
		sec:    tt.Second(),
		wday:   int(tt.Weekday()),
		yday:   tt.YearDay() - 1,
		isdst:  tt.IsDST(),
		gmtoff: off,
		zone:   name,
	}
}

// mktime converts local broken-down time to a time value the way glibc's
// mktime does, so that os.time gives lua5.3's answers even for the times
// that a daylight-saving change skips or repeats.
//
// Fields may be out of their ranges: month 13 is January of the next year,
// day 0 the last day of the previous month, negative seconds borrow, and
// so on. isdst < 0 lets the zone decide. glibc finds the time by probing:
// it guesses with the UTC offset of its previous call (*offset, a static
// variable in C, kept per State here), corrects the guess with the offset
// found, and in a skipped hour settles on one of the two times the
// probes oscillate between. When the zone disagrees with a requested
// isdst it uses the offset of a nearby time that agrees, or failing that
// assumes daylight time is one hour ahead.
//
// It returns the time and its normalised fields, or false when there is
// no such time whose year a C int can hold.
func mktime(year, month, day, hour, min, sec int64, isdst int, loc *time.Location, offset *int32) (int64, tmFields, bool) {
	convert := func(t int64) (tmFields, bool) { return breakDown(t, false, loc) }
	// Work with C's fields: tm_year counts from 1900, tm_mon from 0.
	tmYear := year - 1900
	mon := month - 1
	monRem := mon % 12
	negRem := int64(0)
	if monRem < 0 {
		negRem = 1
	}
	y := tmYear + mon/12 - negRem
	leap := 0
	if glibcLeap(y) {
		leap = 1
	}
	yday := int64(monthYday[leap][monRem+12*negRem]) - 1 + day

	// Seconds outside 0..59 are added back at the end (glibc allows for
	// leap seconds this way).
	secRequested := sec
	if sec < 0 {
		sec = 0
	} else if sec > 59 {
		sec = 59
	}

	negGuess := int64(-*offset)
	t0 := ydhmsDiff(y, yday, hour, min, sec, 70, 0, 0, 0, negGuess)
	t, t1, t2 := t0, t0, t0
	dst2 := false
	var tm tmFields
	matched := false
	for probes := 6; ; {
		var ok bool
		if t, tm, ok = rangedConvert(t, convert); !ok {
			return 0, tmFields{}, false
		}
		dt := tmDiff(y, yday, hour, min, sec, &tm)
		if dt == 0 {
			matched = true
			break
		}
		if t == t1 && t != t2 {
			var stop bool
			if isdst < 0 {
				stop = !dst2 || tm.isdst
			} else {
				stop = (isdst != 0) != tm.isdst
			}
			if stop {
				// Oscillating across a skipped hour: keep this time.
				break
			}
		}
		probes--
		if probes == 0 {
			return 0, tmFields{}, false
		}
		t1, t2, t, dst2 = t2, t, t+dt, tm.isdst
	}
	if matched && isdst >= 0 && tm.isdst != (isdst != 0) {
		t, tm, matched = dstAdjust(t, y, yday, hour, min, sec, isdst != 0, tm.isdst, convert)
		if !matched {
			return 0, tmFields{}, false
		}
	}
	*offset = int32(t - t0 - negGuess)
	if secRequested != int64(tm.sec) {
		adj := secRequested - sec
		if sec == 0 && tm.sec == 60 {
			adj++
		}
		t += adj
		var ok bool
		if tm, ok = convert(t); !ok {
			return 0, tmFields{}, false
		}
	}
	return t, tm, true
}

// monthYday is glibc's __mon_yday: days before each month.
var monthYday = [2][13]int{
	{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
	{0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366},
}

// glibcLeap is glibc's leapyear for a tm_year (years since 1900).
func glibcLeap(y int64) bool {
	return y&3 == 0 && (y%100 != 0 || (y/100)&3 == (-(1900/100))&3)
}

// ydhmsDiff is glibc's ydhms_diff: the seconds from (year0, yday0,
// hour0:min0:sec0) to (year1, ...), years counted from 1900, fields not
// necessarily in range, leap days counted in the proleptic Gregorian
// calendar.
func ydhmsDiff(year1, yday1, hour1, min1, sec1, year0, yday0, hour0, min0, sec0 int64) int64 {
	a4 := year1>>2 + 1900>>2
	if year1&3 == 0 {
		a4--
	}
	b4 := year0>>2 + 1900>>2
	if year0&3 == 0 {
		b4--
	}
	a100 := a4 / 25
	if a4%25 < 0 {
		a100--
	}
	b100 := b4 / 25
	if b4%25 < 0 {
		b100--
	}
	a400, b400 := a100>>2, b100>>2
	leapDays := (a4 - b4) - (a100 - b100) + (a400 - b400)
	days := 365*(year1-year0) + yday1 - yday0 + leapDays
	return 60*(60*(24*days+hour1-hour0)+min1-min0) + sec1 - sec0
}

// tmDiff is the seconds from broken-down time tm to the requested fields.
func tmDiff(year, yday, hour, min, sec int64, tm *tmFields) int64 {
	return ydhmsDiff(year, yday, hour, min, sec, tm.year-1900, int64(tm.yday), int64(tm.hour), int64(tm.min), int64(tm.sec))
}

// rangedConvert is glibc's ranged_convert: convert t, or else the time
// nearest to it (between 0 and t) that converts, found by bisection.
func rangedConvert(t int64, convert func(int64) (tmFields, bool)) (int64, tmFields, bool) {
	if tm, ok := convert(t); ok {
		return t, tm, true
	}
	bad, good := t, int64(0)
	var goodTm tmFields
	found := false
	for {
		mid := bad>>1 + good>>1 + ((bad | good) & 1)
		if mid == good || mid == bad {
			break
		}
		if tm, ok := convert(mid); ok {
			good, goodTm, found = mid, tm, true
		} else {
			bad = mid
		}
	}
	return good, goodTm, found
}

// dstAdjust handles a requested isdst that the zone's rule for time t
// contradicts: probe times around t, week by week in both directions up
// to about seven years, for one with the requested state, and use its UTC
// offset; if there is none, assume daylight time is one hour ahead.
func dstAdjust(t, year, yday, hour, min, sec int64, wantDST, gotDST bool, convert func(int64) (tmFields, bool)) (int64, tmFields, bool) {
	const stride = 601200
	const durationMax = 457243200
	const deltaBound = durationMax/2 + stride
	for delta := int64(stride); delta < deltaBound; delta += stride {
		for _, dir := range []int64{-1, 1} {
			ot, otm, ok := rangedConvert(t+delta*dir, convert)
			if !ok {
				return 0, tmFields{}, false
			}
			if otm.isdst == wantDST {
				gt := ot + tmDiff(year, yday, hour, min, sec, &otm)
				if tm, ok := convert(gt); ok {
					return gt, tm, true
				}
			}
		}
	}
	diff := int64(0)
	if !wantDST {
		diff++
	}
	if !gotDST {
		diff--
	}
	t += 3600 * diff
	tm, ok := convert(t)
	return t, tm, ok
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }

// maxDateField is lua5.3's L_MAXDATEFIELD (INT_MAX / 2): larger date
// fields are refused so that C's int arithmetic cannot overflow.
const maxDateField = math.MaxInt32 / 2

// dateField reads a field of an os.time table like lua5.3's getfield: an
// integer (or a string or float convertible to one), def when absent
// (def < 0: the field is required), minus delta.
func dateField(t *vm.Thread, tb vm.Value, key string, def, delta int64) int64 {
	v := t.Index(tb, vm.String(key))
	n, ok := v.ToInteger()
	if !ok {
		if !v.IsNil() {
			t.Errorf("field '%s' is not an integer", key)
		}
		if def < 0 {
			t.Errorf("field '%s' missing in date table", key)
		}
		return def
	}
	if n < -maxDateField || n > maxDateField {
		t.Errorf("field '%s' is out-of-bound", key)
	}
	return n - delta
}

// setDateFields stores broken-down time into tb like lua5.3's setallfields
// (through metamethods, as lua_setfield does).
func setDateFields(t *vm.Thread, tb vm.Value, tm tmFields) {
	set := func(k string, v int64) { t.SetIndex(tb, vm.String(k), vm.Int(v)) }
	set("sec", int64(tm.sec))
	set("min", int64(tm.min))
	set("hour", int64(tm.hour))
	set("day", int64(tm.day))
	set("month", int64(tm.month))
	set("year", tm.cYear())
	set("wday", int64(tm.wday+1))
	set("yday", int64(tm.yday+1))
	t.SetIndex(tb, vm.String("isdst"), vm.Bool(tm.isdst))
}

const errTimeRange = "time result cannot be represented in this installation"

func osTime(t *vm.Thread) int {
	if t.Arg(1).IsNil() {
		t.Push(vm.Int(time.Now().Unix()))
		return 1
	}
	t.CheckTable(1)
	tb := t.Arg(1)
	sec := dateField(t, tb, "sec", 0, 0)
	min := dateField(t, tb, "min", 0, 0)
	hour := dateField(t, tb, "hour", 12, 0)
	day := dateField(t, tb, "day", -1, 0)
	month := dateField(t, tb, "month", -1, 0)
	year := dateField(t, tb, "year", -1, 0)
	isdst := -1
	if v := t.Index(tb, vm.String("isdst")); !v.IsNil() {
		isdst = 0
		if v.Truthy() {
			isdst = 1
		}
	}
	ts, tm, ok := mktime(year, month, day, hour, min, sec, isdst, localZone, &getEnv(t.State()).mktimeOffset)
	if !ok {
		t.Errorf(errTimeRange)
	}
	setDateFields(t, tb, tm)
	// glibc's mktime returns -1 for errors, so lua5.3 refuses a genuine
	// 1969-12-31 23:59:59 UTC too.
	if ts == -1 {
		t.Errorf(errTimeRange)
	}
	t.Push(vm.Int(ts))
	return 1
}

func osDifftime(t *vm.Thread) int {
	t1 := t.CheckInt(1)
	t2 := t.CheckInt(2)
	d := t1 - t2
	if (t2 < 0 && d < t1) || (t2 > 0 && d > t1) {
		// The exact difference overflows; glibc then subtracts doubles.
		t.Push(vm.Float(float64(t1) - float64(t2)))
		return 1
	}
	t.Push(vm.Float(float64(d)))
	return 1
}

func osDate(t *vm.Thread) int {
	format := t.OptString(1, "%c")
	var ts int64
	if t.Arg(2).IsNil() {
		ts = time.Now().Unix()
	} else {
		ts = t.CheckInt(2)
	}
	utc := strings.HasPrefix(format, "!")
	if utc {
		format = format[1:]
	}
	tm, ok := breakDown(ts, utc, localZone)
	if !ok {
		t.Errorf(errTimeRange)
	}
	// lua5.3 compares with strcmp, which stops at a zero byte.
	if cString(format) == "*t" {
		tb := vm.NewTable(0, 9)
		setDateFields(t, vm.TableValue(tb), tm)
		t.Push(vm.TableValue(tb))
		return 1
	}
	var b []byte
	for i := 0; i < len(format); {
		if format[i] != '%' {
			b = append(b, format[i])
			i++
			continue
		}
		conv := format[i+1:]
		n := convLength(conv)
		if n == 0 {
			t.ArgError(1, "invalid conversion specifier '%"+cString(conv)+"'")
		}
		b = strftime(b, conv[:n], &tm)
		i += 1 + n
	}
	t.Push(vm.String(string(b)))
	return 1
}

// cString returns s up to its first zero byte, as C sees it.
func cString(s string) string {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return s[:i]
	}
	return s
}

// Conversions lua5.3 accepts (LUA_STRFTIMEOPTIONS for C99): single
// letters, and the E and O modified forms.
const (
	strftimeSingle = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%"
	strftimeDouble = "EcECExEXEyEYOdOeOHOIOmOMOSOuOUOVOwOWOy"
)

// convLength returns the length of the valid conversion at the start of
// conv, or 0 when there is none.
func convLength(conv string) int {
	if len(conv) >= 1 && strings.IndexByte(strftimeSingle, conv[0]) >= 0 {
		return 1
	}
	if len(conv) >= 2 {
		for i := 0; i+1 < len(strftimeDouble); i += 2 {
			if conv[:2] == strftimeDouble[i:i+2] {
				return 2
			}
		}
	}
	return 0
}

var (
	dayNames   = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// strftime appends one conversion (without its '%', modifiers allowed)
// formatted as glibc does in the C locale. Year-like numbers (%Y, %C, %G)
// are written in full with their sign and no padding, as glibc does; %y
// is the only one computed from the year before the int wrap-around.
func strftime(b []byte, conv string, tm *tmFields) []byte {
	c := conv[len(conv)-1] // E and O change nothing in the C locale
	num := func(v int64, width int, pad byte) {
		s := strconv.FormatInt(v, 10)
		for i := len(s); i < width; i++ {
			b = append(b, pad)
		}
		b = append(b, s...)
	}
	hour12 := tm.hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	switch c {
	case 'a':
		b = append(b, dayNames[tm.wday][:3]...)
	case 'A':
		b = append(b, dayNames[tm.wday]...)
	case 'b', 'h':
		b = append(b, monthNames[tm.month-1][:3]...)
	case 'B':
		b = append(b, monthNames[tm.month-1]...)
	case 'c':
		for _, s := range []string{"a", " ", "b", " ", "e", " ", "H", ":", "M", ":", "S", " ", "Y"} {
			if len(s) == 1 && s[0] >= 'A' {
				b = strftime(b, s, tm)
			} else {
				b = append(b, s...)
			}
		}
	case 'C':
		num(floorDiv(tm.cYear(), 100), 0, '0')
	case 'd':
		num(int64(tm.day), 2, '0')
	case 'D', 'x':
		b = strftime(b, "m", tm)
		b = append(b, '/')
		b = strftime(b, "d", tm)
		b = append(b, '/')
		b = strftime(b, "y", tm)
	case 'e':
		num(int64(tm.day), 2, ' ')
	case 'F':
		num(tm.cYear(), 0, '0')
		b = append(b, '-')
		b = strftime(b, "m", tm)
		b = append(b, '-')
		b = strftime(b, "d", tm)
	case 'g', 'G', 'V':
		year, days := isoWeek(tm)
		switch c {
		case 'g':
			num(floorMod(year, 100), 2, '0')
		case 'G':
			num(year, 0, '0')
		default:
			num(int64(days/7+1), 2, '0')
		}
	case 'H':
		num(int64(tm.hour), 2, '0')
	case 'I':
		num(int64(hour12), 2, '0')
	case 'j':
		num(int64(tm.yday+1), 3, '0')
	case 'm':
		num(int64(tm.month), 2, '0')
	case 'M':
		num(int64(tm.min), 2, '0')
	case 'n':
		b = append(b, '\n')
	case 'p':
		if tm.hour < 12 {
			b = append(b, "AM"...)
		} else {
			b = append(b, "PM"...)
		}
	case 'r':
		num(int64(hour12), 2, '0')
		b = append(b, ':')
		b = strftime(b, "M", tm)
		b = append(b, ':')
		b = strftime(b, "S", tm)
		b = append(b, ' ')
		b = strftime(b, "p", tm)
	case 'R':
		b = strftime(b, "H", tm)
		b = append(b, ':')
		b = strftime(b, "M", tm)
	case 'S':
		num(int64(tm.sec), 2, '0')
	case 't':
		b = append(b, '\t')
	case 'T', 'X':
		b = strftime(b, "H", tm)
		b = append(b, ':')
		b = strftime(b, "M", tm)
		b = append(b, ':')
		b = strftime(b, "S", tm)
	case 'u':
		num(int64((tm.wday+6)%7+1), 1, '0')
	case 'U':
		num(int64((tm.yday-tm.wday+7)/7), 2, '0')
	case 'w':
		num(int64(tm.wday), 1, '0')
	case 'W':
		num(int64((tm.yday-(tm.wday+6)%7+7)/7), 2, '0')
	case 'y':
		num(floorMod(tm.year, 100), 2, '0')
	case 'Y':
		num(tm.cYear(), 0, '0')
	case 'z':
		// glibc truncates the offset to minutes, keeping its sign.
		off := tm.gmtoff
		if off < 0 {
			b = append(b, '-')
			off = -off
		} else {
			b = append(b, '+')
		}
		off /= 60
		num(int64(off/60*100+off%60), 4, '0')
	case 'Z':
		b = append(b, tm.zone...)
	case '%':
		b = append(b, '%')
	}
	return b
}

// isoWeek returns the ISO 8601 week-based year of tm and the number of
// days since the start of its first week (glibc's iso_week_days).
func isoWeek(tm *tmFields) (year int64, days int) {
	weekDays := func(yday, wday int) int {
		// Days since the Monday on or before the Thursday of week 1.
		const bigMultipleOf7 = (366/7 + 2) * 7
		return yday - (yday-wday+4+bigMultipleOf7)%7 + 3
	}
	year = tm.cYear()
	days = weekDays(tm.yday, tm.wday)
	if days < 0 {
		year--
		days = weekDays(tm.yday+yearDays(year), tm.wday)
	} else if d := weekDays(tm.yday-yearDays(year), tm.wday); d >= 0 {
		year++
		days = d
	}
	return int64(int32(year)), days
}

func yearDays(y int64) int {
	if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		return 366
	}
	return 365
}
