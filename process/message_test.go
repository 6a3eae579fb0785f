package process

import (
	"fmt"
	"strings"
	"testing"

	"wippylua/sched"
	"wippylua/vm"
)

// procs are the process sources the tests spawn with process.spawn.
var procs = map[string]string{
	// echo answers every "ping" with a "pong" carrying the same payload,
	// until "stop".
	"echo": `
local inbox = process.inbox()
while true do
  local msg = inbox:receive()
  if msg:topic() == "stop" then return "stopped" end
  process.send(msg:from(), "pong", msg:payload():data())
end`,
	// counter sends its numbers 1..n to the parent, then exits.
	"counter": `
local parent, n = ...
for i = 1, n do process.send(parent, "n", i) end`,
	// mutator receives a table, changes it and reports.
	"mutator": `
local msg = process.inbox():receive()
local t = msg:payload():data()
t.x = "changed by receiver"
process.send(msg:from(), "done", t.x)`,
	// crash fails.
	"crash": `error("boom")`,
}

func TestPidAndSpawn(t *testing.T) {
	e := newEnv(t, Options{Resolve: resolveFrom(procs)})
	p := e.spawn(t, `
local me = process.pid()
print(type(me), me:match("^{local|0x%x+}$") ~= nil)
local child = process.spawn("echo", "app:processes")
print(child ~= me, type(child))
process.send(child, "ping", "hello", 42)
local msg = process.inbox():receive()
print(msg:topic(), msg:from() == child, msg:payload():data())
process.send(child, "stop")
print(process.spawn("nope"))
`)
	e.s.RunUntilIdle()
	if _, err := p.Result(); err != nil {
		t.Fatal(err)
	}
	want := "string\ttrue\ntrue\tstring\npong\ttrue\thello\t42\nnil\tNOT_FOUND: entry not found: nope\n"
	if e.out.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", e.out, want)
	}
	if e.s.Live() != 0 {
		t.Fatalf("%d processes left", e.s.Live())
	}
}

func TestMessageOrderPerSender(t *testing.T) {
	// Three senders interleave 200 messages each; each sender's messages
	// arrive in order.
	e := newEnv(t, Options{Resolve: resolveFrom(procs)})
	p := e.spawn(t, `
local me = process.pid()
local kids = {}
for i = 1, 3 do kids[process.spawn("counter", "h", me, 200)] = 0 end
local inbox = process.inbox()
for i = 1, 600 do
  local msg = inbox:receive()
  local from, n = msg:from(), msg:payload():data()
  assert(n == kids[from] + 1, "out of order from " .. from .. ": " .. n .. " after " .. kids[from])
  kids[from] = n
end
print("ordered")
`)
	e.s.RunUntilIdle()
	if _, err := p.Result(); err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(e.out.String()) != "ordered" {
		t.Fatalf("got %q", e.out)
	}
}

func TestMessageOrderRealWorkers(t *testing.T) {
	// The same with real workers (and the race detector): 8 senders on 4
	// workers.
	e := newEnvSched(t, sched.New(4), Options{Resolve: resolveFrom(procs)})
	p := e.spawn(t, `
local me = process.pid()
local kids = {}
for i = 1, 8 do kids[process.spawn("counter", "h", me, 500)] = 0 end
local inbox = process.inbox()
for i = 1, 8 * 500 do
  local msg = inbox:receive()
  local from, n = msg:from(), msg:payload():data()
  assert(n == kids[from] + 1, "out of order")
  kids[from] = n
end
return "ordered"
`)
	res, err := p.Wait()
	if err != nil {
		t.Fatal(err)
	}
	if res[0].AsString() != "ordered" {
		t.Fatalf("got %v", res)
	}
}

func TestDeepCopy(t *testing.T) {
	e := newEnv(t, Options{Resolve: resolveFrom(procs)})
	p := e.spawn(t, `
local child = process.spawn("mutator", "h")
local t = {x = "original", list = {1, 2, 3}}
process.send(child, "t", t)
t.x = "changed by sender"
table.insert(t.list, 4)
local msg = process.inbox():receive()
print(msg:payload():data(), t.x, #t.list)
`)
	e.s.RunUntilIdle()
	if _, err := p.Result(); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(e.out.String()); got != "changed by receiver\tchanged by sender\t4" {
		t.Fatalf("got %q", got)
	}
}

func TestDeepCopyStructure(t *testing.T) {
	// Shared references and cycles survive the copy; metatables do not
	// travel; the receiver gets new tables.
	expect(t, `
local shared = {n = 1}
local t = {a = shared, b = shared, [shared] = "key", arr = {10, 20, 30}, mt = setmetatable({}, {__index = function() return "meta" end})}
t.self = t
process.send(process.pid(), "x", t, "second", 3.5, true)
local msg = process.inbox():receive()
local c, s, f, b = msg:payload():data()
print(c ~= t, c.a == c.b, c.a ~= shared, c.self == c, c[c.a], c.arr[3], #c.arr)
print(getmetatable(c.mt), c.mt.anything, s, f, b)
`, `true	true	true	true	key	30	3
nil	nil	second	3.5	true`)
}

func TestSendRejectsFunctions(t *testing.T) {
	for _, src := range []string{
		`process.send(process.pid(), "t", print)`,
		`process.send(process.pid(), "t", 1, {f = function() end})`,
		`process.send(process.pid(), "t", {[coroutine.create(print)] = 1})`,
		`process.send(process.pid(), "t", channel.new())`,
	} {
		err := runErr(t, src)
		if err == nil || !strings.Contains(err.Error(), "cannot send a") {
			t.Errorf("%s: got %v", src, err)
		}
	}
	err := runErr(t, `process.send(process.pid(), "@reserved")`)
	if err == nil || !strings.Contains(err.Error(), "reserved") {
		t.Errorf("@ topic: got %v", err)
	}
}

func TestSendToExitedAndUnknown(t *testing.T) {
	e := newEnv(t, Options{Resolve: resolveFrom(procs)})
	p := e.spawn(t, `
local child = process.spawn("counter", "h", process.pid(), 0)
coroutine.yield() -- the child runs and exits
print(process.send(child, "late", 1))
print(process.send("no-such-name", "x"))
`)
	e.s.RunUntilIdle()
	if _, err := p.Result(); err != nil {
		t.Fatal(err)
	}
	if got := e.out.String(); got != "true\nnil\tNOT_FOUND: process not found: no-such-name\n" {
		t.Fatalf("got %q", got)
	}
}

func TestMessagesBeforeInbox(t *testing.T) {
	expect(t, `
process.send(process.pid(), "a", 1)
process.send(process.pid(), "b")
coroutine.yield() -- the messages arrive before anyone asked for the inbox
local inbox = process.inbox()
local m1, m2 = inbox:receive(), inbox:receive()
print(m1:topic(), m1:payload():data(), m2:topic(), m2:payload():data())
print(process.inbox() == inbox)
`, `a	1	b	nil
true`)
}

func TestGoSend(t *testing.T) {
	e := newEnv(t, Options{})
	p := e.spawn(t, `
local msg = process.inbox():receive()
return msg:topic(), msg:from(), msg:payload():data()
`)
	ok, err := e.h.Send(p.PID(), "hello", vm.String("from go"), vm.Int(7))
	if !ok || err != nil {
		t.Fatal(ok, err)
	}
	e.s.RunUntilIdle()
	res, err := p.Result()
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprintf("%s|%s|%s|%d", res[0].AsString(), res[1].AsString(), res[2].AsString(), res[3].AsInt()); got != "hello||from go|7" {
		t.Fatalf("got %q", got)
	}
}

func TestCrashIsolation(t *testing.T) {
	e := newEnv(t, Options{Resolve: resolveFrom(procs)})
	bad := e.spawn(t, `
local ch = channel.new()
coroutine.spawn(function() ch:send(1) end)
ch:receive()
local t = nil
return t.field`)
	good := e.spawn(t, `
local child = process.spawn("crash", "h")
local time = require("time")
time.sleep("1ms")
print("still running, child", process.send(child, "x") and "gone")
return "fine"`)
	e.s.RunUntilIdle()
	_, err := bad.Result()
	if err == nil || !strings.Contains(err.Error(), "attempt to index a nil value") {
		t.Fatalf("bad: %v", err)
	}
	if e, ok := err.(*vm.Error); !ok || !strings.Contains(e.Traceback, "traceback") {
		t.Fatalf("no traceback in %#v", err)
	}
	res, err := good.Result()
	if err != nil || res[0].AsString() != "fine" {
		t.Fatalf("good: %v %v", res, err)
	}
	if e.s.Live() != 0 {
		t.Fatalf("%d processes left", e.s.Live())
	}
}

func TestSpawnedCoroutineErrorEndsProcess(t *testing.T) {
	err := runErr(t, `
coroutine.spawn(function() error("in spawned") end)
process.inbox():receive() -- would wait forever
`)
	if err == nil || !strings.Contains(err.Error(), "in spawned") {
		t.Fatalf("got %v", err)
	}
}

func TestSpawnedCoroutinesStopWithMain(t *testing.T) {
	e := newEnv(t, Options{})
	p := e.spawn(t, `
coroutine.spawn(function() while true do end end)
coroutine.spawn(function() process.inbox():receive() end)
coroutine.spawn(function() require("time").sleep("1h") print("never") end)
coroutine.yield()
return "main done"
`)
	if left := e.s.RunUntilIdle(); left != 0 {
		t.Fatalf("%d processes left", left)
	}
	res, err := p.Result()
	if err != nil || res[0].AsString() != "main done" {
		t.Fatal(res, err)
	}
	if e.out.Len() != 0 {
		t.Fatalf("output %q", e.out)
	}
}

func TestPingPongRealWorkers(t *testing.T) {
	e := newEnvSched(t, sched.New(4), Options{Resolve: resolveFrom(procs)})
	var ps []*sched.Proc
	for i := 0; i < 20; i++ {
		ps = append(ps, e.spawn(t, `
local echo = process.spawn("echo", "h")
local inbox = process.inbox()
for i = 1, 300 do
  process.send(echo, "ping", i, {i})
  local msg = inbox:receive()
  local n, t = msg:payload():data()
  assert(n == i and t[1] == i)
end
process.send(echo, "stop")
return "ok"
`))
	}
	for _, p := range ps {
		if res, err := p.Wait(); err != nil || res[0].AsString() != "ok" {
			t.Fatal(res, err)
		}
	}
}
