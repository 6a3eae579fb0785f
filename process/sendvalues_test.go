package process

import (
	"strings"
	"testing"

	lerrors "wippylua/modules/errors"
	"wippylua/sched"
	"wippylua/vm"
)

// Error, duration and time values cross processes (message.go, copier).

// valueProcs are the children of these tests.
var valueProcs = map[string]string{
	// inspect receives one message and reports what it got, from its own
	// State: the fields of an error value (top level or in t.err), whether
	// its stack is the sender's and whether it was copied once.
	"inspect": `
local msg = process.inbox():receive()
local v = msg:payload():data()
local e = type(v) == "table" and v.err or v
local d = e:details()
local report = table.concat({
  tostring(e), e:kind(), tostring(e:retryable()), e:message(),
  tostring(d and d.id), tostring(d and d.tags and d.tags[2]),
  tostring(errors.is(e, errors.NOT_FOUND)), getmetatable(e),
  tostring(e:stack():find("^stack traceback:.*main:3: in") ~= nil),
  tostring(type(v) == "table" and rawequal(v.err, v.again)),
}, "|")
process.send(msg:from(), "report", report)
`,
	// args reports the error value it was spawned with.
	"args": `
local parent, e = ...
process.send(parent, "report", tostring(e) .. "|" .. e:details().n .. "|" .. tostring(errors.is(e, "CONFLICT")))
`,
	// fail raises an error value holding another in its details.
	"fail": `
local inner = errors.new{message = "inner", kind = errors.TIMEOUT}
error(errors.new{message = "outer", kind = errors.INTERNAL, details = {cause = inner, f = print}})
`,
	// retnested returns a table holding an error value.
	"retnested": `return {status = "failed", err = errors.wrap(errors.new{message = "db", kind = "UNAVAILABLE"}, "query")}`,
}

func runValues(t *testing.T, src string) string {
	t.Helper()
	e := newEnv(t, Options{Resolve: resolveFrom(valueProcs)})
	p := e.spawn(t, src)
	e.s.RunUntil(p.Exited)
	if _, err := p.Result(); err != nil {
		t.Fatalf("process failed: %v\noutput:\n%s", err, e.out)
	}
	return e.out.String()
}

func TestSendErrorValue(t *testing.T) {
	got := runValues(t, `
local function make()
  return errors.new{message = "user not found", kind = errors.NOT_FOUND, retryable = true,
    details = {id = 7, tags = {"a", "b"}}}
end
local e = make()
local inbox = process.inbox()
-- at the top level of a message
local c = process.spawn("inspect", "h")
process.send(c, "err", e)
print(inbox:receive():payload():data())
-- inside a table, twice: one copy
local payload = {err = e, again = e}
c = process.spawn("inspect", "h")
process.send(c, "tbl", payload)
print(inbox:receive():payload():data())
`)
	want := "NOT_FOUND: user not found|NOT_FOUND|true|user not found|7|b|true|error|true|false\n" +
		"NOT_FOUND: user not found|NOT_FOUND|true|user not found|7|b|true|error|true|true\n"
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestSentErrorIsACopy(t *testing.T) {
	// To oneself: the copy is a new error value (equal only to itself,
	// like every error value) whose details are deep copies; changing the
	// original's nested details later does not reach the copy, and the
	// wrap chain is copied with it.
	expect(t, `
local tags = {"x"}
local inner = errors.new{message = "disk full", kind = errors.UNAVAILABLE, details = {tags = tags}}
local e = errors.wrap(inner, "saving")
local shared = {}
local d = {}
local cyclic = errors.new{message = "cyclic", details = {sub = d}}
d.self = cyclic -- details reach the error itself
process.send(process.pid(), "e", e, {e, e, shared, shared}, cyclic)
tags[1] = "changed"
local c, t, cy = process.inbox():receive():payload():data()
print(c ~= e, rawequal(c, e), c == c, tostring(c), c:kind(), c:retryable())
print(c:details().tags[1], e:details().tags[1], c:stack() == e:stack())
print(c:unwrap() ~= inner, c:unwrap():message(), errors.is(c, errors.UNAVAILABLE), errors.is(c, inner))
-- one message keeps shared references between its values
print(rawequal(t[1], t[2]), t[3] == t[4], rawequal(t[1], c))
print(cy:details().sub.self == cy, cy:message())
`, `true	false	true	UNAVAILABLE: saving: disk full	UNAVAILABLE	false
x	changed	true
true	disk full	true	false
true	true	true
true	cyclic`)
}

func TestErrorValueWithBadDetailsCannotBeSent(t *testing.T) {
	err := runErr(t, `process.send(process.pid(), "e", {errors.new{message = "m", details = {f = print}}})`)
	if err == nil || !strings.Contains(err.Error(), "bad argument #3 to 'send' (cannot send a function value to another process)") {
		t.Fatalf("got %v", err)
	}
}

func TestErrorValueInSpawnArgsAndCancel(t *testing.T) {
	got := runValues(t, `
local e = errors.new{message = "version", kind = errors.CONFLICT, details = {n = 3}}
process.spawn("args", "h", process.pid(), e)
print(process.inbox():receive():payload():data())
process.cancel(process.pid(), {why = e})
local ev = process.events():receive()
print(ev.kind, tostring(ev.reason.why), ev.reason.why ~= e, errors.is(ev.reason.why, "CONFLICT"))
`)
	want := "CONFLICT: version|3|true\npid.cancel\tCONFLICT: version\ttrue\ttrue\n"
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestErrorValueInExitResults(t *testing.T) {
	// An error value raised with details that cannot cross keeps its
	// kind and message (the details are dropped); an error value inside
	// a returned table arrives as an error value too.
	got := runValues(t, `
local events = process.events()
process.spawn_monitored("fail", "h")
local ev = events:receive()
local e = ev.result.error
print(tostring(e), e:details(), getmetatable(e))
process.spawn_monitored("retnested", "h")
ev = events:receive()
local v = ev.result.value
print(v.status, tostring(v.err), v.err:unwrap():message(), errors.is(v.err, "UNAVAILABLE"))
print(process.exec("retnested", "h").err:kind())
`)
	want := "INTERNAL: outer\tnil\terror\nfailed\tUNAVAILABLE: query: db\tdb\ttrue\nUNAVAILABLE\n"
	if got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

func TestGoSendErrorValue(t *testing.T) {
	// An error value made by Go code for another State arrives with the
	// receiver's metatable.
	e := newEnv(t, Options{})
	p := e.spawn(t, `
local e = process.inbox():receive():payload():data()
return tostring(e), e:kind(), getmetatable(e)
`)
	other := vm.NewState()
	if ok, err := e.h.Send(p.PID(), "err", lerrors.New(other, lerrors.Timeout, "late")); !ok || err != nil {
		t.Fatal(ok, err)
	}
	e.s.RunUntilIdle()
	res, err := p.Result()
	if err != nil {
		t.Fatal(err)
	}
	if got := res[0].AsString() + "|" + res[1].AsString() + "|" + res[2].AsString(); got != "TIMEOUT: late|TIMEOUT|error" {
		t.Fatalf("got %q", got)
	}
}

func TestSendDurationAndTimeValues(t *testing.T) {
	expect(t, `
local time = require("time")
local d = time.parse_duration("1h30m")
local t0 = time.now()
process.send(process.pid(), "v", d, {at = t0, list = {d, d}})
local rd, rt = process.inbox():receive():payload():data()
print(tostring(rd), rd == d, rawequal(rd, d), rd:minutes(), rt.list[1] == rt.list[2])
print(rt.at == t0, rawequal(rt.at, t0), tostring(rt.at), rt.at:add(rd) == t0:add("1h30m"))
`, `1h30m0s	true	false	90.0	true
true	false	2000-01-01T00:00:00Z	true`)
}

// TestSendErrorValuesRealWorkers sends error values back and forth on
// real workers: with the race detector, it checks that the copies share
// nothing with the sender's heap.
func TestSendErrorValuesRealWorkers(t *testing.T) {
	procs := map[string]string{
		"echo": `
local inbox = process.inbox()
while true do
  local msg = inbox:receive()
  local e = msg:payload():data()
  if e == "stop" then return end
  local d = e:details()
  d.list[1] = d.list[1] + 1 -- changes the receiver's copy only
  process.send(msg:from(), "back", errors.new{message = e:message(), kind = e:kind(), details = d})
end`,
	}
	e := newEnvSched(t, sched.New(4), Options{Resolve: resolveFrom(procs)})
	var ps []*sched.Proc
	for range 8 {
		ps = append(ps, e.spawn(t, `
local echo = process.spawn("echo", "h")
local inbox = process.inbox()
local list = {0}
local sent = errors.new{message = "m", kind = errors.INVALID, details = {list = list}}
for i = 1, 200 do
  process.send(echo, "e", sent)
  local got = inbox:receive():payload():data()
  assert(got:kind() == "INVALID" and got:details().list[1] == 1 and list[1] == 0)
end
process.send(echo, "e", "stop")
return "ok"
`))
	}
	for _, p := range ps {
		if res, err := p.Wait(); err != nil || res[0].AsString() != "ok" {
			t.Fatal(res, err)
		}
	}
}

func TestListenReceivesErrorValue(t *testing.T) {
	expect(t, `
local ch = process.listen("failures")
process.send(process.pid(), "failures", {err = errors.new{message = "late", kind = errors.TIMEOUT}})
local v = ch:receive()
print(tostring(v.err), v.err:kind(), getmetatable(v.err), errors.is(v.err, errors.TIMEOUT))
`, "TIMEOUT: late\tTIMEOUT\terror\ttrue")
}
