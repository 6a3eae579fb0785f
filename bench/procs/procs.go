// Package procs measures what Lua processes cost: the memory of an idle
// process, the rate at which processes are spawned, and the rate of
// message round trips between two processes. The Go benchmarks in
// package bench and the runner in bench/cmd/procbench (which also runs
// the same measurements in Erlang, bench/erlang) share these functions.
//
// Every measurement runs on its own scheduler with one worker per core
// (GOMAXPROCS) and a host with the sandbox profile, the one app entries
// get; Options chooses otherwise.
package procs

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"time"

	"wippylua"
	"wippylua/process"
	"wippylua/sched"
	"wippylua/stdlib"
	"wippylua/vm"
)

// Options configures a measurement.
type Options struct {
	// Profile of the processes' libraries (the zero value is Standard).
	Profile stdlib.Profile
	// Workers of the scheduler; 0 means GOMAXPROCS.
	Workers int
}

// env is a running scheduler with a host whose process.spawn knows the
// entries in protos.
type env struct {
	s *sched.Scheduler
	h *process.Host
}

func newEnv(o Options, entries map[string]string) (*env, error) {
	protos := map[string]*vm.Proto{}
	for id, src := range entries {
		bp, err := wippylua.Compile([]byte(src), "="+id)
		if err != nil {
			return nil, err
		}
		protos[id] = vm.NewProto(bp)
	}
	s := sched.New(o.Workers)
	h := process.NewHost(s, process.Options{
		Profile: o.Profile,
		Stdout:  io.Discard,
		Resolve: func(st *vm.State, id, host string) (vm.Value, error) {
			p := protos[id]
			if p == nil {
				return vm.Nil, fmt.Errorf("unknown entry %q", id)
			}
			return st.NewMainClosure(p), nil
		},
	})
	return &env{s: s, h: h}, nil
}

// spawn starts src (compiled once per host) with args.
func (e *env) spawn(src string, args ...vm.Value) (*sched.Proc, error) {
	return e.h.SpawnSource(src, "=bench", args...)
}

// waitExited waits until no process of e is alive.
func (e *env) waitExited(timeout time.Duration) error {
	return waitFor(timeout, func() bool { return e.s.Live() == 0 })
}

// waitBlocked waits until every process of e waits for something from
// outside (the scheduler is quiescent, twice in a row).
func (e *env) waitBlocked(timeout time.Duration) error {
	n := 0
	return waitFor(timeout, func() bool {
		if e.s.Quiescent() {
			n++
		} else {
			n = 0
		}
		return n >= 2
	})
}

func waitFor(timeout time.Duration, done func() bool) error {
	deadline := time.Now().Add(timeout)
	for !done() {
		if time.Now().After(deadline) {
			return errors.New("timed out")
		}
		time.Sleep(time.Millisecond)
	}
	return nil
}

// idleSrc is an idle process: it has the standard globals and waits for a
// message that never comes.
const idleSrc = `process.inbox():receive()`

// Idle is the result of IdleMemory.
type Idle struct {
	N int
	// BytesPerProcess is the growth of the Go heap in use (after a
	// collection) divided by N.
	BytesPerProcess float64
	// Spawn is the time from the first spawn until every process waits.
	Spawn time.Duration
	// RSS is the resident set size of the Go process with the n
	// processes alive (0 where /proc is not available).
	RSS int64
}

// IdleMemory spawns n processes that block on their inbox and measures
// the memory they take.
func IdleMemory(n int, o Options) (Idle, error) {
	e, err := newEnv(o, nil)
	if err != nil {
		return Idle{}, err
	}
	defer e.s.Stop()
	// The first spawn builds the profile's libraries and compiles the
	// chunk: do it before measuring.
	if _, err := e.spawn(idleSrc); err != nil {
		return Idle{}, err
	}
	if err := e.waitBlocked(time.Minute); err != nil {
		return Idle{}, err
	}
	before := heapInUse()
	start := time.Now()
	for i := 0; i < n; i++ {
		if _, err := e.spawn(idleSrc); err != nil {
			return Idle{}, err
		}
	}
	if err := e.waitBlocked(10 * time.Minute); err != nil {
		return Idle{}, err
	}
	r := Idle{N: n, Spawn: time.Since(start)}
	r.BytesPerProcess = float64(heapInUse()-before) / float64(n)
	r.RSS = rss()
	if live := e.s.Live(); live != n+1 {
		return r, fmt.Errorf("%d processes alive, want %d", live, n+1)
	}
	return r, nil
}

// heapInUse returns the bytes of live heap objects after a collection.
func heapInUse() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}

// noopSrc is a process that returns at once.
const noopSrc = `return`

// spawnerSrc spawns n processes of the entry "noop" and returns.
const spawnerSrc = `
local n = ...
local spawn = process.spawn
for i = 1, n do spawn("noop") end`

// Spawn spawns n processes that return at once and reports the time from
// the first spawn until all have exited. fromLua spawns them from one Lua
// process with process.spawn, as a supervisor would; otherwise Go code
// spawns them (Host.SpawnSource).
func Spawn(n int, fromLua bool, o Options) (time.Duration, error) {
	e, err := newEnv(o, map[string]string{"noop": noopSrc})
	if err != nil {
		return 0, err
	}
	defer e.s.Stop()
	// Warm up: build the libraries, compile the chunks.
	if _, err := e.spawn(noopSrc); err != nil {
		return 0, err
	}
	if _, err := e.spawn(spawnerSrc, vm.Int(1)); err != nil {
		return 0, err
	}
	if err := e.waitExited(time.Minute); err != nil {
		return 0, err
	}
	runtime.GC()
	start := time.Now()
	if fromLua {
		if _, err := e.spawn(spawnerSrc, vm.Int(int64(n))); err != nil {
			return 0, err
		}
	} else {
		for i := 0; i < n; i++ {
			if _, err := e.spawn(noopSrc); err != nil {
				return 0, err
			}
		}
	}
	if err := e.waitExited(10 * time.Minute); err != nil {
		return 0, err
	}
	return time.Since(start), nil
}

// pingPongSrc is both ends of the ping-pong: with a peer it sends n pings
// and waits for each pong, without one it answers until "stop".
const pingPongSrc = `
local n, peer = ...
local inbox = process.inbox()
local send = process.send
if peer then
  for i = 1, n do
    send(peer, "ping", i)
    inbox:receive()
  end
  send(peer, "stop")
else
  while true do
    local msg = inbox:receive()
    if msg:topic() == "stop" then return end
    send(msg:from(), "pong")
  end
end`

// PingPong runs n round trips of a message between two Lua processes and
// reports the time they took.
func PingPong(n int, o Options) (time.Duration, error) {
	e, err := newEnv(o, nil)
	if err != nil {
		return 0, err
	}
	defer e.s.Stop()
	run := func(n int) (time.Duration, error) {
		start := time.Now()
		echo, err := e.spawn(pingPongSrc, vm.Int(0))
		if err != nil {
			return 0, err
		}
		p, err := e.spawn(pingPongSrc, vm.Int(int64(n)), vm.String(echo.PID()))
		if err != nil {
			return 0, err
		}
		for _, q := range []*sched.Proc{p, echo} {
			if _, err := q.Wait(); err != nil {
				return 0, err
			}
		}
		return time.Since(start), nil
	}
	if _, err := run(1000); err != nil { // warm up
		return 0, err
	}
	runtime.GC()
	return run(n)
}
