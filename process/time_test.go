package process

import (
	"strings"
	"testing"
	"time"

	"wippylua/sched"
	"wippylua/stdlib"
)

func TestSleepOrdering(t *testing.T) {
	// Virtual time: the sleeps take no real time and end in deadline
	// order; time.now() moves by exactly the time slept.
	expect(t, `
local time = require("time")
local done = channel.new()
local start = time.now()
for _, d in ipairs({"30ms", "10ms", "20ms", 15000000}) do
  coroutine.spawn(function()
    time.sleep(d)
    print(d, time.now():sub(start))
    done:send(true)
  end)
end
for i = 1, 4 do done:receive() end
print("total", time.now():sub(start))
`, `10ms	10ms
15000000	15ms
20ms	20ms
30ms	30ms
total	30ms`)
}

func TestAfterTimeoutInSelect(t *testing.T) {
	expect(t, `
local time = require("time")
local ch = channel.new()
local timeout = time.after("50ms")
local r = channel.select{ch:case_receive(), timeout:case_receive()}
print(r.channel == timeout, r.ok, type(r.value))
-- The after channel delivers once.
print(channel.select{timeout:case_receive(), default = true}.default)

-- A value that comes before the deadline wins.
coroutine.spawn(function() time.sleep("10ms") ch:send("data") end)
r = channel.select{ch:case_receive(), time.after("50ms"):case_receive()}
print(r.channel == ch, r.value)
`, `true	true	userdata
true
true	data`)
}

func TestAfterDeliversTime(t *testing.T) {
	expect(t, `
local time = require("time")
local t0 = time.now()
local t1 = time.after("1s"):receive()
print(t1:sub(t0), t1 > t0, t0 < t1, t1 == t1:add(0), t0:before(t1), t1:after(t0), t0:equal(t0))
print(t0:unix(), t0:unix_milli(), t0:unix_nano(), tostring(t0), t0:format("2006-01-02"))
print(t0:add("1h"):sub(t0))
`, `1s	true	true	true	true	true	true
946684800	946684800000	946684800000000000	2000-01-01T00:00:00Z	2000-01-01
1h0m0s`)
}

func TestTimerAndTicker(t *testing.T) {
	expect(t, `
local time = require("time")
local t0 = time.now()
local tm = time.timer("100ms")
print("stop pending", tm:stop())
print("stop again", tm:stop())
print(channel.select{tm:channel():case_receive(), time.after("200ms"):case_receive()}.channel == tm:channel())
tm:reset("10ms")
tm:channel():receive()
print("timer fired after", time.now():sub(t0))

local tk = time.ticker("10ms")
for i = 1, 3 do
  local at = tk:channel():receive()
  print("tick", at:sub(t0))
end
print("stop ticker", tk:stop())
local r = channel.select{tk:channel():case_receive(), time.after("100ms"):case_receive()}
print("no tick after stop", r.channel ~= tk:channel())
`, `stop pending	true
stop again	false
false
timer fired after	210ms
tick	220ms
tick	230ms
tick	240ms
stop ticker	true
no tick after stop	true`)
}

func TestTickerDropsTicksWhenBehind(t *testing.T) {
	// A slow consumer does not get a burst of stale ticks: the channel
	// holds one, the others are dropped.
	expect(t, `
local time = require("time")
local t0 = time.now()
local tk = time.ticker("10ms")
time.sleep("55ms")
print(tk:channel():receive():sub(t0))
print(tk:channel():receive():sub(t0))
tk:stop()
`, `10ms
60ms`)
}

func TestDurations(t *testing.T) {
	expect(t, `
local time = require("time")
local t0 = time.now()
time.sleep(1500)        -- nanoseconds
time.sleep(2.5e3)       -- a float number of nanoseconds
time.sleep("1us")
time.sleep(0)           -- returns at once
time.sleep(-5)
print(time.now():sub(t0):nanoseconds())
print(pcall(time.sleep, "soon"))
print(pcall(time.sleep, {}))
`, `5000
false	bad argument #1 to 'time.sleep' (invalid duration "soon")
false	bad argument #1 to 'time.sleep' (duration expected, got table)`)
}

func TestSleepInRealTime(t *testing.T) {
	// Real clock: a sleep lasts at least what was asked (no upper bound
	// is checked: that would depend on the machine's load).
	e := newEnvSched(t, sched.New(2), Options{})
	start := time.Now()
	p := e.spawn(t, `local time = require("time") time.sleep("20ms") return "woke"`)
	res, err := p.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if el := time.Since(start); el < 20*time.Millisecond {
		t.Fatalf("woke after %v", el)
	}
	if res[0].AsString() != "woke" {
		t.Fatalf("results %v", res)
	}
}

func TestTimeInSandbox(t *testing.T) {
	// The sandbox has no require of its own; the runtime's require only
	// knows its modules.
	e := newEnv(t, Options{Profile: stdlib.Sandbox})
	p := e.spawn(t, `
local time = require("time")
print(type(time.sleep), type(channel.new), type(process.pid), type(coroutine.spawn))
print(pcall(require, "io"))
`)
	e.s.RunUntilIdle()
	if _, err := p.Result(); err != nil {
		t.Fatal(err)
	}
	want := "function\tfunction\tfunction\tfunction\nfalse\tmodule 'io' not found"
	if got := strings.TrimSpace(e.out.String()); got != want {
		t.Fatalf("got %q", got)
	}
}

func TestDurationValues(t *testing.T) {
	// time.parse_duration takes every form of duration and gives a
	// duration value; a malformed string or a number out of range gives
	// nil and an INVALID error; the constants are numbers of nanoseconds.
	expect(t, `
local time = require("time")
local d = time.parse_duration("1h30m45s500ms")
print(tostring(d), d:hours(), d:minutes(), d:seconds(), d:milliseconds(), d:microseconds(), d:nanoseconds())
print(time.parse_duration(5 * time.MINUTE), time.parse_duration(d) == d, time.parse_duration(2.5e3))
print(time.NANOSECOND, time.MICROSECOND, time.MILLISECOND, time.SECOND, time.MINUTE, time.HOUR)
local v, err = time.parse_duration("soon")
print(v, err, err:kind())
print(time.parse_duration(2^63))
print(pcall(time.parse_duration, {}))
`, `1h30m45.5s	1.5126388888889	90.758333333333	5445.5	5445500	5445500000	5445500000000
5m0s	true	2.5µs
1	1000	1000000	1000000000	60000000000	3600000000000
nil	INVALID: invalid duration "soon"	INVALID
nil	INVALID: duration out of range
false	bad argument #1 to 'time.parse_duration' (duration expected, got table)`)
}

func TestDurationValuesEverywhere(t *testing.T) {
	// Every call that takes a duration takes a duration value; time:sub
	// gives one; time values round and truncate to a duration.
	expect(t, `
local time = require("time")
local ms = time.parse_duration("1ms")
local t0 = time.now()
time.sleep(ms)
print("sleep", time.now():sub(t0))
time.after(ms * 2):receive()
print("after", time.now():sub(t0))
local tm = time.timer(ms)
tm:reset(time.parse_duration("5ms"))
tm:response():receive()
print("timer", time.now():sub(t0), tm:response() == tm:channel())
local tk = time.ticker(time.parse_duration("10ms"))
print("tick", tk:channel():receive():sub(t0))
tk:stop()
local t1 = t0:add(time.parse_duration("90m")):add(time.parse_duration("1234ms"))
print(t1:format("15:04:05.000"), t1:round(time.parse_duration("1s")):format("15:04:05.000"))
print(t1:truncate(time.parse_duration("1h")):format("15:04:05"), t1:round(time.HOUR * 2):format("15:04"))
local d = t1:sub(t0)
print(d, d > ms, d // time.SECOND, d:seconds())
`, `sleep	1ms
after	3ms
timer	8ms	true
tick	18ms
01:30:01.234	01:30:01.000
01:00:00	02:00
1h30m1.234s	true	5401	5401.234`)
}
