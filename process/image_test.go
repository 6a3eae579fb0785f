package process

import (
	"runtime"
	"strings"
	"testing"

	"wippylua/sched"
	"wippylua/stdlib"
)

// Processes share their libraries copy-on-write (image.go): what one
// process changes, no other sees.
func TestLibrariesArePrivatePerProcess(t *testing.T) {
	for _, profile := range []stdlib.Profile{stdlib.Standard, stdlib.Sandbox} {
		srcs := map[string]string{
			"reader": `
local parent = ...
process.send(parent, "seen", tostring(string.x), tostring(x), math.pi == 3.141592653589793,
  tostring(rawget(channel, "extra")), tostring(process.event.EXTRA), getmetatable("").__index == string,
  ("%d"):format(3), math.random(1000))`,
		}
		e := newEnv(t, Options{Profile: profile, Resolve: resolveFrom(srcs)})
		p := e.spawn(t, `
local first = math.random(1000)
string.x = "changed"
x = "global"
math.pi = 3
rawset(channel, "extra", true)
process.event.EXTRA = "extra"
getmetatable("").__index = {format = function() return "patched" end}
print(string.x, x, math.pi, channel.extra, process.event.EXTRA, ("%d"):format(3))
process.spawn("reader", "", process.pid())
local msg = process.inbox():receive()
print(msg:payload():data())
print(first)`)
		e.s.RunUntilIdle()
		if _, err := p.Result(); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(e.out.String()), "\n")
		if len(lines) != 3 {
			t.Fatalf("output:\n%s", e.out)
		}
		if lines[0] != "changed\tglobal\t3\ttrue\textra\tpatched" {
			t.Errorf("the changing process sees %q", lines[0])
		}
		// The reader sees pristine libraries, and its own generator starts
		// where the parent's did.
		if want := "nil\tnil\ttrue\tnil\tnil\ttrue\t3\t" + lines[2]; lines[1] != want {
			t.Errorf("another process sees %q, want %q", lines[1], want)
		}
	}
}

// A process of the standard profile has io with standard files of its
// own, made when it first uses io.
func TestStandardProfileIO(t *testing.T) {
	expect(t, `
io.write("a", 1, "\n")
io.stdout:write("b\n")
print(io.type(io.stdout), io.type(io.stderr), io.output() == io.stdout)`,
		"a1\nb\nfile\tfile\ttrue")
}

// SpawnSource compiles a source once per host; compile errors are not
// remembered.
func TestSpawnSourceCompilesOnce(t *testing.T) {
	e := newEnv(t, Options{})
	for i := 0; i < 3; i++ {
		e.spawn(t, `print("hi")`)
	}
	e.s.RunUntilIdle()
	if e.out.String() != "hi\nhi\nhi\n" {
		t.Fatalf("output %q", e.out)
	}
	if n := e.h.protos.n.Load(); n != 1 {
		t.Fatalf("%d prototypes cached, want 1", n)
	}
	for i := 0; i < 2; i++ {
		if _, err := e.h.SpawnSource(`print(`, "=bad"); err == nil || !strings.Contains(err.Error(), "bad:1:") {
			t.Fatalf("err = %v", err)
		}
	}
	if n := e.h.protos.n.Load(); n != 1 {
		t.Fatalf("%d prototypes cached after errors, want 1", n)
	}
}

// process.send remembers the last pid it resolved; a name is resolved
// every time, and a process that has exited still gets fire-and-forget.
func TestSendTargets(t *testing.T) {
	e := newEnv(t, Options{Resolve: resolveFrom(procs)})
	p := e.spawn(t, `
local inbox = process.inbox()
local a = process.spawn("echo")
local b = process.spawn("echo")
process.registry.register("peer", a)
for i = 1, 2 do
  process.send("peer", "ping", "a" .. i)
  process.send(b, "ping", "b" .. i)
end
local fromA = {}
for i = 1, 4 do
  local m = inbox:receive()
  fromA[m:payload():data()] = m:from() == a
end
print(fromA.a1, fromA.a2, fromA.b1, fromA.b2)
process.registry.unregister("peer")
process.registry.register("peer", b)
process.send("peer", "ping", "now b")
local m = inbox:receive()
print(m:payload():data(), m:from() == b)
process.send(a, "stop")
process.send(b, "stop")
print(process.send(a, "ping", "late"), process.send(b, "ping", "late"))`)
	e.s.RunUntilIdle()
	if _, err := p.Result(); err != nil {
		t.Fatal(err)
	}
	want := "true\ttrue\tfalse\tfalse\nnow b\ttrue\ntrue\ttrue\n"
	if e.out.String() != want {
		t.Fatalf("got\n%s\nwant\n%s", e.out, want)
	}
}

// A message object and its payload are the same values every time.
func TestMessageObjects(t *testing.T) {
	expect(t, `
process.send(process.pid(), "t", 1, 2)
local m = process.inbox():receive()
local p = m:payload()
print(m:payload() == p, p:data())
print(pcall(m.topic, p))
print(pcall(p.data, m))`, `true	1	2
false	bad argument #1 to '?' (message expected, got payload)
false	bad argument #1 to '?' (payload expected, got message)`)
}

// An idle process (blocked on its inbox, with every global available)
// stays well under the 13 KB the runtime promises; it is about 2.2 KB.
func TestIdleProcessMemory(t *testing.T) {
	const n = 2000
	s := sched.NewWithOptions(sched.Options{Manual: true})
	e := newEnvSched(t, s, Options{Profile: stdlib.Sandbox})
	e.spawn(t, `process.inbox():receive()`) // builds the image, compiles
	s.RunUntilIdle()
	before := heapAlloc()
	for i := 0; i < n; i++ {
		e.spawn(t, `process.inbox():receive()`)
	}
	if live := s.RunUntilIdle(); live != n+1 {
		t.Fatalf("%d processes alive", live)
	}
	per := float64(heapAlloc()-before) / n
	if per > 13000 {
		t.Fatalf("an idle process takes %.0f bytes", per)
	}
	t.Logf("%.0f bytes per idle process", per)
}

func heapAlloc() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// A library table sent to another process is copied as the sender sees
// it, changes included.
func TestSendChangedLibraryTable(t *testing.T) {
	expect(t, `
process.event.EXTRA = "mine"
process.send(process.pid(), "t", process.event)
local ev = process.inbox():receive():payload():data()
print(ev.EXTRA, ev.EXIT, ev ~= process.event)`, "mine\tpid.exit\ttrue")
}

// The thread of a finished process is recycled for later spawns, unless
// a value of it escaped (here as the process's result).
func TestFinishedThreadThatEscapedIsKept(t *testing.T) {
	e := newEnv(t, Options{})
	p := e.spawn(t, `return coroutine.running()`)
	e.s.RunUntilIdle()
	res, err := p.Result()
	if err != nil || len(res) == 0 || res[0].AsThread() == nil {
		t.Fatalf("%v %v", res, err)
	}
	th := res[0].AsThread()
	st := th.State()
	for i := 0; i < 50; i++ {
		e.spawn(t, `local x = 1 return x`)
	}
	e.s.RunUntilIdle()
	if th.State() != st || st == nil {
		t.Fatal("the escaped thread was reused")
	}
}
