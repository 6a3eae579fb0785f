package process

import (
	"errors"
	"strings"
	"testing"

	"wippylua/sched"
)

// lifeProcs are the children of the lifecycle tests.
var lifeProcs = map[string]string{
	"ret":   `return {x = 1, msg = "ok"}`,
	"crash": `error("boom")`,
	// wait blocks until it gets a message, then returns its payload.
	"wait": `return process.inbox():receive():payload():data()`,
	// cancellable waits for a CANCEL event and returns what it saw.
	"cancellable": `
local parent = ...
local ev = process.events():receive()
return ev.kind .. "|" .. tostring(ev.reason) .. "|" .. tostring(ev.from == parent) .. "|" .. tostring(ev.kind == process.event.CANCEL)`,
	// registrar takes the name "svc" and returns the first message's data.
	"registrar": `
assert(process.registry.register("svc"))
process.send((...), "ready")
return process.inbox():receive():payload():data()`,
	// pair spawns a linked "wait" child (its partner) and waits too: the
	// crash isolation test kills the child.
	"pair": `
local parent = ...
local child = process.spawn_linked("wait", "h")
process.send(parent, "child", child)
process.inbox():receive()`,
}

// runLife runs src as the main process with lifeProcs available and
// returns its output and error.
func runLife(t *testing.T, src string) (string, error) {
	t.Helper()
	e := newEnv(t, Options{Resolve: resolveFrom(lifeProcs)})
	p := e.spawn(t, src)
	e.s.RunUntil(p.Exited)
	_, err := p.Result()
	return e.out.String(), err
}

func expectLife(t *testing.T, src, want string) {
	t.Helper()
	got, err := runLife(t, src)
	if err != nil {
		t.Fatalf("process failed: %v\noutput:\n%s", err, got)
	}
	if strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Fatalf("output:\n%s\nwant:\n%s", got, want)
	}
}

func TestEventConstants(t *testing.T) {
	expectLife(t, `
print(process.event.EXIT, process.event.LINK_DOWN, process.event.CANCEL)
local ch = process.events()
print(ch == process.events(), type(ch))
`, "pid.exit\tpid.link.down\tpid.cancel\ntrue\tuserdata")
}

func TestMonitorNormalAndErrorExit(t *testing.T) {
	expectLife(t, `
local events = process.events()
local ok = process.spawn_monitored("ret", "h")
local ev = events:receive()
print(ev.kind == process.event.EXIT, ev.from == ok, ev.result.value.x, ev.result.value.msg, ev.result.error)
local bad = process.spawn_monitored("crash", "h")
ev = events:receive()
print(ev.kind == process.event.EXIT, ev.from == bad, ev.result.value, ev.result.error)
print(process.spawn_monitored("nope", "h"))
`, `
true	true	1	ok	nil
true	true	nil	crash:1: boom
nil	NOT_FOUND: entry not found: nope`)
}

func TestMonitorAndUnmonitor(t *testing.T) {
	expectLife(t, `
local events = process.events()
local a = process.spawn("wait", "h")
local b = process.spawn("wait", "h")
print(process.monitor(a))
print(process.monitor(b))
print(process.unmonitor(b))
process.send(b, "go", "b done")
process.send(a, "go", "a done")
local ev = events:receive()
print(ev.from == a, ev.result.value)
-- b's exit was not reported: a timeout-free check, the next event is c's
local c = process.spawn_monitored("ret", "h")
ev = events:receive()
print(ev.from == c)
print(process.monitor(a))
print(process.monitor(process.pid()))
print(process.monitor("no-such-name"))
print(process.unmonitor(a))
`, `
true
true
true
true	a done
true
nil	NOT_FOUND: process not found: `+"{local|0x2}"+`
nil	INVALID: a process cannot link to or monitor itself
nil	NOT_FOUND: process not found: no-such-name
true`)
}

func TestLinkedErrorKillsParent(t *testing.T) {
	out, err := runLife(t, `
process.spawn_linked("crash", "h")
process.inbox():receive()
print("not reached")
`)
	var le *sched.LinkError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "crash:1: boom") {
		t.Fatalf("error %v", err)
	}
	if out != "" {
		t.Fatalf("output %q", out)
	}
}

func TestLinkedNormalExitDoesNotKill(t *testing.T) {
	expectLife(t, `
local events = process.events()
local child = process.spawn_linked_monitored("ret", "h")
local ev = events:receive()
print(ev.kind == process.event.EXIT, ev.result.value.x)
print("alive")
`, "true\t1\nalive")
}

func TestTrapLinks(t *testing.T) {
	expectLife(t, `
print(process.get_options().trap_links)
print(process.set_options{trap_links = true})
print(process.get_options().trap_links)
local events = process.events()
local child = process.spawn_linked_monitored("crash", "h")
local ev1, ev2 = events:receive(), events:receive()
local kinds = {[ev1.kind] = ev1, [ev2.kind] = ev2}
local down = kinds[process.event.LINK_DOWN]
print(down.from == child, down.result.error)
print(kinds[process.event.EXIT].result.error)
print(select(2, pcall(process.set_options, {trap_links = 1})):match("%((.*)%)"))
print(select(2, pcall(process.set_options, {bogus = true})):match("%((.*)%)"))
`, `
false
true
true
true	crash:1: boom
crash:1: boom
trap_links must be a boolean
unknown option 'bogus'`)
}

func TestLinkUnlinkTerminate(t *testing.T) {
	expectLife(t, `
process.set_options{trap_links = true}
local events = process.events()
local a = process.spawn("wait", "h")
local b = process.spawn("wait", "h")
print(process.link(a))
print(process.link(b))
print(process.unlink(b))
print(process.terminate(b))
print(process.terminate(a))
local ev = events:receive()
print(ev.kind == process.event.LINK_DOWN, ev.from == a, ev.result.error)
print(process.link(a))
print(process.link(process.pid()))
print(process.terminate("no-such-name"))
`, `
true
true
true
true
true
true	true	process terminated
nil	NOT_FOUND: process not found: {local|0x2}
nil	INVALID: a process cannot link to or monitor itself
nil	NOT_FOUND: process not found: no-such-name`)
}

func TestTerminateMonitored(t *testing.T) {
	expectLife(t, `
local events = process.events()
local child = process.spawn_monitored("wait", "h")
print(process.terminate(child))
local ev = events:receive()
print(ev.from == child, ev.result.value, ev.result.error)
`, "true\ntrue\tnil\tprocess terminated")
}

func TestTerminateSelf(t *testing.T) {
	out, err := runLife(t, `
print("before")
process.terminate(process.pid())
print("after")
`)
	if err == nil || err.Error() != "process terminated" || out != "before\n" {
		t.Fatalf("err %v, output %q", err, out)
	}
}

func TestCancelWithReason(t *testing.T) {
	expectLife(t, `
local events = process.events()
local child = process.spawn_monitored("cancellable", "h", process.pid())
print(process.cancel(child, "shutdown"))
local ev = events:receive()
print(ev.result.value)
child = process.spawn_monitored("cancellable", "h", process.pid())
process.cancel(child)
print(events:receive().result.value)
print(process.cancel("no-such-name"))
print(select(2, pcall(process.cancel, child, print)):match("%((.*)%)"))
`, `
true
pid.cancel|shutdown|true|true
pid.cancel|nil|true|true
nil	NOT_FOUND: process not found: no-such-name
cannot send a function value to another process`)
}

func TestCancelEventsBeforeEventsCall(t *testing.T) {
	// A CANCEL that comes before process.events() waits in the channel.
	expectLife(t, `
process.cancel(process.pid(), "early")
coroutine.yield()
local ev = process.events():receive()
print(ev.kind, ev.reason, ev.from == process.pid())
`, "pid.cancel\tearly\ttrue")
}

func TestRegistry(t *testing.T) {
	expectLife(t, `
local me = process.pid()
print(process.registry.register("main"))
local ok, err = process.registry.register("main")
print(ok, err)
print(process.registry.lookup("main") == me)
print(process.registry.lookup("nobody"))
print(process.registry.unregister("main"), process.registry.unregister("main"))
print(process.registry.register("again", me))
print(process.registry.register("x", "no-such-name"))
print(select(2, pcall(process.registry.register, "{local|0x99}")):match("%((.*)%)"))

-- send by name, and release on exit
local events = process.events()
local svc = process.spawn_monitored("registrar", "h", me)
process.inbox():receive() -- the registrar has registered
print(process.registry.lookup("svc") == svc)
print(process.send("svc", "job", "by name"))
local ev = events:receive()
print(ev.from == svc, ev.result.value)
print(process.registry.lookup("svc"))
print(process.send("svc", "job", "lost"))
print(process.registry.register("svc"))
`, `
true
nil	ALREADY_EXISTS: name 'main' is already registered
true
nil	NOT_FOUND: name 'nobody' is not registered
true	false
true
nil	NOT_FOUND: process not found: no-such-name
a name cannot have the form of a pid
true
true
true	by name
nil	NOT_FOUND: name 'svc' is not registered
nil	NOT_FOUND: process not found: svc
true`)
}

func TestExec(t *testing.T) {
	expectLife(t, `
local r, err = process.exec("ret", "h")
print(r.x, r.msg, err)
print(process.exec("crash", "h"))
print(process.exec("nope", "h"))
-- concurrent execs from coroutines of one process
local ch = channel.new()
for i = 1, 3 do
  coroutine.spawn(function()
    local pid = process.spawn("wait", "h")
    ch:send(i)
  end)
end
local results = channel.new(3)
coroutine.spawn(function() results:send(process.exec("ret", "h").x + 10) end)
coroutine.spawn(function() results:send(select(2, process.exec("crash", "h"))) end)
for i = 1, 3 do ch:receive() end
local a, b = results:receive(), results:receive()
print(a, b)
`, `
1	ok	nil
nil	crash:1: boom
nil	NOT_FOUND: entry not found: nope
11	crash:1: boom`)
}

// TestLinkedCrashIsolation: in a pair of linked processes, the crash of one takes
// the other down; a third, unrelated process and the monitoring parent
// live on.
func TestLinkedCrashIsolation(t *testing.T) {
	expectLife(t, `
local events = process.events()
local inbox = process.inbox()
local unrelated = process.spawn_monitored("wait", "h")
local pair = process.spawn_monitored("pair", "h", process.pid())
local child = inbox:receive():payload():data()
print(process.monitor(child))
process.terminate(child)
local got = {}
for i = 1, 2 do
  local ev = events:receive()
  got[ev.from] = ev.result.error
end
print(got[child])
print(got[pair] == "linked process " .. child .. " failed: process terminated")
print(process.send(unrelated, "go", "unrelated still alive"))
print(events:receive().result.value)
`, `
true
process terminated
true
true
unrelated still alive`)
}

// TestLifecycleRealWorkers runs links, monitors, exec, cancel and the
// registry on four real workers, where exits and signals race across
// threads; under -race it checks the synchronization. The outcome does
// not depend on the interleaving.
func TestLifecycleRealWorkers(t *testing.T) {
	e := newEnvSched(t, sched.New(4), Options{Resolve: resolveFrom(lifeProcs)})
	p := e.spawn(t, `
local events = process.events()
local n = 40
local crashed, ok = 0, 0
for i = 1, n do
  if i % 2 == 0 then process.spawn_monitored("crash", "h") else process.spawn_monitored("ret", "h") end
end
for i = 1, n do
  local ev = events:receive()
  if ev.result.error then crashed = crashed + 1 else ok = ok + ev.result.value.x end
end
print(crashed, ok)
local sum = 0
for i = 1, 20 do sum = sum + process.exec("ret", "h").x end
print(sum)
-- linked pairs: terminating the child takes down its partner
local inbox = process.inbox()
local pairs_ = {}
for i = 1, 10 do pairs_[process.spawn_monitored("pair", "h", process.pid())] = true end
for i = 1, 10 do process.terminate(inbox:receive():payload():data()) end
local down = 0
for i = 1, 10 do
  local ev = events:receive()
  if pairs_[ev.from] and ev.result.error:find("linked process", 1, true) then down = down + 1 end
end
print(down)
for i = 1, 10 do
  local c = process.spawn_monitored("cancellable", "h", process.pid())
  process.cancel(c, "r" .. i)
end
local got = 0
for i = 1, 10 do if events:receive().result.value:find("^pid.cancel|r%d+|true|true$") then got = got + 1 end end
print(got)
`)
	if _, err := p.Wait(); err != nil {
		t.Fatalf("%v\noutput:\n%s", err, e.out)
	}
	if got, want := e.out.String(), "20\t20\n20\n10\n10\n"; got != want {
		t.Fatalf("output %q, want %q", got, want)
	}
}

// TestLifecycleErrorValues: fallible calls return error values of the
// errors module (kind, errors.is), not strings.
func TestLifecycleErrorValues(t *testing.T) {
	expectLife(t, `
assert(process.registry.register("main"))
local ok, err = process.registry.register("main")
print(ok, type(err), err:kind(), errors.is(err, errors.ALREADY_EXISTS), err:message())
local pid, err2 = process.registry.lookup("nobody")
print(pid, err2:kind(), errors.is(err2, errors.NOT_FOUND), tostring(err2))
local ok3, err3 = process.monitor("no-such-name")
print(ok3, err3:kind(), errors.is(err3, "NOT_FOUND"))
`, `
nil	userdata	ALREADY_EXISTS	true	name 'main' is already registered
nil	NOT_FOUND	true	NOT_FOUND: name 'nobody' is not registered
nil	NOT_FOUND	true`)
}
