package process

import (
	"bytes"
	"strings"
	"testing"

	"wippylua/sched"
)

// twoHosts makes hosts "h1" and "h2" on manual schedulers of one group,
// each the other's peer, printing to one buffer, with lifeProcs as the
// entries of both.
func twoHosts(t *testing.T) (h1, h2 *Host, g *sched.Group, out *bytes.Buffer) {
	t.Helper()
	g = sched.NewGroup()
	out = new(bytes.Buffer)
	w := SyncWriter(out)
	hosts := map[string]*Host{}
	peer := func(name string) *Host { return hosts[name] }
	for _, name := range []string{"h1", "h2"} {
		s := sched.NewWithOptions(sched.Options{Manual: true, Name: name, Group: g})
		hosts[name] = NewHost(s, Options{Stdout: w, Resolve: resolveFrom(lifeProcs), Peer: peer})
	}
	t.Cleanup(g.Stop)
	return hosts["h1"], hosts["h2"], g, out
}

// Spawning on another host of the group, and then messages, monitors,
// links, exec, cancel and names across the two hosts.
func TestCrossHost(t *testing.T) {
	h1, _, g, out := twoHosts(t)
	p, err := h1.SpawnSource(`
local function host(pid) return (pid:match("^{(.-)|")) end
print("me", host(process.pid()))
local events = process.events()

-- spawn_monitored on h2; the child echoes a message back as its result
local w = process.spawn_monitored("wait", "h2")
print("child", host(w))
process.send(w, "job", {n = 42})
local ev = events:receive()
print(ev.kind, host(ev.from), ev.result.value.n)

-- exec on h2, error exit
print(process.exec("crash", "h2"))

-- a name registered on h2 is found from h1
local r = process.spawn_monitored("registrar", "h2", process.pid())
process.inbox():receive()
print("lookup", process.registry.lookup("svc") == r)
process.send("svc", "job", "by name")
ev = events:receive()
print(ev.result.value, process.registry.lookup("svc"))

-- a linked child on h2 that fails takes a trapping parent's LINK_DOWN
process.set_options{trap_links = true}
local c = process.spawn_linked("wait", "h2")
print(process.terminate(c))
ev = events:receive()
print(ev.kind, ev.from == c, ev.result.error)

-- cancel across hosts
local k = process.spawn_monitored("cancellable", "h2", process.pid())
process.cancel(k, "stop")
ev = events:receive()
print(ev.result.value)

-- unknown host
print(process.spawn("wait", "h3"))
`, "=main")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := g.Await(p); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	want := `me	h1
child	h2
pid.exit	h2	42
nil	crash:1: boom
lookup	true
by name	nil	NOT_FOUND: name 'svc' is not registered
true
pid.link.down	true	process terminated
pid.cancel|stop|true|true
nil	NOT_FOUND: unknown host 'h3'
`
	if got := out.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// Host.Send from Go reaches a process of a peer host by pid.
func TestCrossHostSendFromGo(t *testing.T) {
	h1, h2, g, out := twoHosts(t)
	p, err := h2.SpawnSource(`print(process.inbox():receive():payload():data())`, "=main")
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := h1.Send(p.PID(), "t", vmString("hello")); !ok || err != nil {
		t.Fatal(ok, err)
	}
	if _, err := g.Await(p); err != nil || strings.TrimSpace(out.String()) != "hello" {
		t.Fatalf("%v %q", err, out)
	}
}
