package process

import (
	"errors"
	"strings"
	"testing"
	"time"

	"wippylua/sched"
)

const busy = `
local name = ...
for k = 1, 5 do
  local x = 0
  for i = 1, 50000 do x = x + i end
  print(name, k)
end`

// TestPreemptionFairness runs two busy processes on one worker: each must
// make progress before the other finishes.
func TestPreemptionFairness(t *testing.T) {
	e := newEnv(t, Options{})
	a := e.spawn(t, busy, vmString("A"))
	b := e.spawn(t, busy, vmString("B"))
	e.s.RunUntilIdle()
	for _, p := range []*sched.Proc{a, b} {
		if _, err := p.Result(); err != nil {
			t.Fatal(err)
		}
	}
	out := e.out.String()
	if strings.Index(out, "B\t1") > strings.Index(out, "A\t5") || strings.Index(out, "A\t1") > strings.Index(out, "B\t5") {
		t.Fatalf("one process ran to completion before the other started:\n%s", out)
	}
}

// TestEndlessLoopDoesNotStarve runs a process that never yields next to
// one that has work to do, on a single real worker.
func TestEndlessLoopDoesNotStarve(t *testing.T) {
	s := sched.New(1)
	e := newEnvSched(t, s, Options{})
	spin := e.spawn(t, `while true do end`)
	worker := e.spawn(t, `
local s = 0
for i = 1, 1e6 do s = s + i end
local ch = channel.new()
coroutine.spawn(function() ch:send(s) end)
return ch:receive()`)
	select {
	case <-worker.Done():
	case <-time.After(30 * time.Second): // a hang guard, not a timing assumption
		t.Fatal("the busy process starved the other")
	}
	if res, err := worker.Result(); err != nil || res[0].AsInt() != 500000500000 {
		t.Fatal(res, err)
	}
	if spin.Exited() {
		t.Fatal("the endless loop ended")
	}
	s.Stop()
	if _, err := spin.Wait(); !errors.Is(err, sched.ErrStopped) {
		t.Fatalf("spin: %v", err)
	}
}

// TestEndlessLoopManual is the deterministic version: the other process
// finishes while the endless one keeps being preempted.
func TestEndlessLoopManual(t *testing.T) {
	e := newEnv(t, Options{})
	spin := e.spawn(t, `while true do end`)
	other := e.spawn(t, `local s = 0 for i = 1, 1e5 do s = s + i end return s`)
	left := e.s.RunUntil(other.Exited)
	if res, err := other.Result(); err != nil || res[0].AsInt() != 5000050000 {
		t.Fatal(res, err)
	}
	if left != 1 || spin.Exited() {
		t.Fatalf("left %d", left)
	}
}

// TestCoroutinesPreempted: spawned coroutines of one process are
// preempted too, so a busy one does not starve its siblings.
func TestCoroutinesPreempted(t *testing.T) {
	expect(t, `
local done = false
coroutine.spawn(function() while not done do end print("spinner saw done") end)
coroutine.spawn(function()
  local s = 0
  for i = 1, 1e5 do s = s + i end
  print("sum", s)
  done = true
end)
while not done do coroutine.yield() end
coroutine.yield()
`, `sum	5000050000
spinner saw done`)
}
