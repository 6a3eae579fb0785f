package stdlib

import (
	"fmt"
	"testing"
	"time"

	"wippylua/vm"
)

// mktimeCase is one os.time call and lua5.3's answer (glibc 2.36), in a
// fresh process: mktime's result depends on the offset its previous call
// left, so each table is replayed in order.
type mktimeCase struct {
	year, month, day, hour, min, sec int64
	isdst                            int
	want                             int64
	fields                           string // normalised table: date time isdst
}

func runMktime(t *testing.T, loc *time.Location, cases []mktimeCase) {
	t.Helper()
	var offset int32
	for _, c := range cases {
		got, tm, ok := mktime(c.year, c.month, c.day, c.hour, c.min, c.sec, c.isdst, loc, &offset)
		if !ok {
			t.Fatalf("%v: mktime failed", c)
		}
		fields := fmt.Sprintf("%d-%02d-%02d %02d:%02d:%02d %v", tm.year, tm.month, tm.day, tm.hour, tm.min, tm.sec, tm.isdst)
		if got != c.want || fields != c.fields {
			t.Errorf("%v: got %d %q, want %d %q", c, got, fields, c.want, c.fields)
		}
	}
}

func TestMktimeUTC(t *testing.T) {
	runMktime(t, time.UTC, []mktimeCase{
		{2024, 3, 10, 2, 30, 0, -1, 1710037800, "2024-03-10 02:30:00 false"},
		// isdst = true where the zone has no daylight time: one hour less.
		{2024, 3, 10, 2, 30, 0, 1, 1710034200, "2024-03-10 01:30:00 false"},
		{2024, 3, 10, 2, 30, 0, 0, 1710037800, "2024-03-10 02:30:00 false"},
		{2024, 11, 3, 1, 30, 0, -1, 1730597400, "2024-11-03 01:30:00 false"},
		{2024, 11, 3, 1, 30, 0, 1, 1730593800, "2024-11-03 00:30:00 false"},
		{2024, 7, 1, 12, 0, 0, 0, 1719835200, "2024-07-01 12:00:00 false"},
		{2024, 1, 1, 12, 0, 0, 1, 1704106800, "2024-01-01 11:00:00 false"},
		// Every field out of range at once.
		{2024, 13, 40, 25, 61, -5, -1, 1739152855, "2025-02-10 02:00:55 false"},
		{1969, 12, 31, 23, 59, 59, -1, -1, "1969-12-31 23:59:59 false"},
		{1, 1, 1, 0, 0, 0, -1, -62135596800, "1-01-01 00:00:00 false"},
		{-100, 3, 1, 12, 0, 0, -1, -65317752000, "-100-03-01 12:00:00 false"},
	})
}

func TestMktimeNewYork(t *testing.T) {
	loc, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Skip("no time zone data:", err)
	}
	runMktime(t, loc, []mktimeCase{
		// A time the spring change skips, then the repeated hour of the
		// autumn change, with each isdst request.
		{2024, 3, 10, 2, 30, 0, -1, 1710055800, "2024-03-10 03:30:00 true"},
		{2024, 3, 10, 2, 30, 0, 1, 1710052200, "2024-03-10 01:30:00 false"},
		{2024, 3, 10, 2, 30, 0, 0, 1710055800, "2024-03-10 03:30:00 true"},
		{2024, 11, 3, 1, 30, 0, -1, 1730615400, "2024-11-03 01:30:00 false"},
		{2024, 11, 3, 1, 30, 0, 1, 1730611800, "2024-11-03 01:30:00 true"},
		{2024, 11, 3, 1, 30, 0, 0, 1730615400, "2024-11-03 01:30:00 false"},
		{2024, 7, 1, 12, 0, 0, 0, 1719853200, "2024-07-01 13:00:00 true"},
		{2024, 1, 1, 12, 0, 0, 1, 1704124800, "2024-01-01 11:00:00 false"},
		{2024, 13, 40, 25, 61, -5, -1, 1739170855, "2025-02-10 02:00:55 false"},
	})
}

func TestMktimeYearLimits(t *testing.T) {
	var off int32
	// The largest tm_year a C int holds, and one more.
	if _, _, ok := mktime(2147483647+1900, 12, 31, 23, 59, 59, -1, time.UTC, &off); !ok {
		t.Error("year INT_MAX+1900 refused")
	}
	if _, _, ok := mktime(2147483647+1900, 13, 1, 0, 0, 0, -1, time.UTC, &off); ok {
		t.Error("year beyond INT_MAX+1900 accepted")
	}
	if _, _, ok := mktime(-2147483648+1900, 1, 1, 0, 0, 0, -1, time.UTC, &off); !ok {
		t.Error("year INT_MIN+1900 refused")
	}
	if _, _, ok := mktime(-2147483648+1900, 0, 31, 0, 0, 0, -1, time.UTC, &off); ok {
		t.Error("year below INT_MIN+1900 accepted")
	}
}

func TestBreakDownLimits(t *testing.T) {
	for _, c := range []struct {
		ts   int64
		ok   bool
		year int64 // as os.date prints it (C int arithmetic)
	}{
		{0, true, 1970},
		{67768036191676799, true, -2147481749}, // tm_year = INT_MAX: %Y wraps
		{67768036191676800, false, 0},
		{-67768040609740800, true, -2147481748},
		{-67768040609740801, false, 0},
		{1 << 62, false, 0},
		{-1 << 63, false, 0},
	} {
		tm, ok := breakDown(c.ts, true, time.UTC)
		if ok != c.ok || (ok && tm.cYear() != c.year) {
			t.Errorf("breakDown(%d) = %d, %v; want %d, %v", c.ts, tm.cYear(), ok, c.year, c.ok)
		}
	}
}

func TestStrftime(t *testing.T) {
	// 2009-02-13 23:31:30 UTC, a Friday.
	tm, _ := breakDown(1234567890, true, time.UTC)
	for conv, want := range map[string]string{
		"a": "Fri", "A": "Friday", "b": "Feb", "B": "February", "h": "Feb",
		"c": "Fri Feb 13 23:31:30 2009", "C": "20", "d": "13", "D": "02/13/09",
		"e": "13", "F": "2009-02-13", "g": "09", "G": "2009", "H": "23",
		"I": "11", "j": "044", "m": "02", "M": "31", "n": "\n", "p": "PM",
		"r": "11:31:30 PM", "R": "23:31", "S": "30", "t": "\t", "T": "23:31:30",
		"u": "5", "U": "06", "V": "07", "w": "5", "W": "06", "x": "02/13/09",
		"X": "23:31:30", "y": "09", "Y": "2009", "z": "+0000", "Z": "GMT", "%": "%",
		"Ec": "Fri Feb 13 23:31:30 2009", "EY": "2009", "Oy": "09", "OV": "07",
	} {
		if got := string(strftime(nil, conv, &tm)); got != want {
			t.Errorf("%%%s = %q, want %q", conv, got, want)
		}
	}
	// glibc's offsets keep their sign and drop seconds.
	tm.gmtoff = -(5*3600 + 30*60 + 59)
	if got := string(strftime(nil, "z", &tm)); got != "-0530" {
		t.Errorf("%%z = %q, want -0530", got)
	}
}

func TestConvLength(t *testing.T) {
	for conv, want := range map[string]int{
		"Y": 1, "Yx": 1, "Ec": 2, "Ecx": 2, "E": 0, "Ez": 0, "O": 0, "OY": 0,
		"Od": 2, "": 0, "q": 0, "%": 1, "k": 0, "s": 0,
	} {
		if got := convLength(conv); got != want {
			t.Errorf("convLength(%q) = %d, want %d", conv, got, want)
		}
	}
}

func TestISOWeek(t *testing.T) {
	for _, c := range []struct {
		date string
		year int64
		week int
	}{
		{"2004-12-31", 2004, 53}, {"2005-01-01", 2004, 53}, {"2005-01-03", 2005, 1},
		{"2008-12-29", 2009, 1}, {"2010-01-03", 2009, 53}, {"2021-01-03", 2020, 53},
		{"2024-12-30", 2025, 1}, {"2027-01-01", 2026, 53},
	} {
		d, _ := time.Parse("2006-01-02", c.date)
		tm, _ := breakDown(d.Unix(), true, time.UTC)
		y, days := isoWeek(&tm)
		if y != c.year || days/7+1 != c.week {
			t.Errorf("%s: ISO %d-W%02d, want %d-W%02d", c.date, y, days/7+1, c.year, c.week)
		}
	}
}

// TestTimeMinusOne checks lua5.3's refusal of the one second glibc's
// mktime cannot tell from an error: 1969-12-31 23:59:59 UTC. The table is
// normalised all the same.
func TestTimeMinusOne(t *testing.T) {
	saved := localZone
	localZone = time.UTC
	defer func() { localZone = saved }()
	s := vm.NewState()
	Open(s, Standard)
	osTime := s.Globals().GetStr("os").AsTable().GetStr("time")
	tb := vm.NewTable(0, 8)
	for k, v := range map[string]int64{"year": 1970, "month": 1, "day": 1, "hour": 0, "sec": -1} {
		tb.SetStr(k, vm.Int(v))
	}
	_, err := s.MainThread().Call(osTime, vm.TableValue(tb))
	if err == nil || err.Error() != "time result cannot be represented in this installation" {
		t.Errorf("err = %v", err)
	}
	if y, d := tb.GetStr("year"), tb.GetStr("day"); y.AsInt() != 1969 || d.AsInt() != 31 {
		t.Errorf("table not normalised: year %v day %v", y.AsInt(), d.AsInt())
	}
	// The table now holds 1969-12-31 23:59:59: one second earlier is fine.
	tb.SetStr("sec", vm.Int(58))
	res, err := s.MainThread().Call(osTime, vm.TableValue(tb))
	if err != nil || len(res) != 1 || res[0].AsInt() != -2 {
		t.Errorf("one second earlier: %v %v", res, err)
	}
}
