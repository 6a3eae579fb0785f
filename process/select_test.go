package process

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"wippylua/sched"
)

func TestSelectDefault(t *testing.T) {
	expect(t, `
local a, b = channel.new(), channel.new(1)
local r = channel.select{a:case_receive(), b:case_receive(), default = true}
print(r.default, r.ok, r.channel, r.value)
r = channel.select{a:case_send(1), default = true}
print(r.default, r.ok)
r = channel.select{b:case_send("x"), default = true}
print(r.channel == b, r.ok, r.default)
`, `true	true	nil	nil
true	true
true	true	nil`)
}

func TestSelectReadyReceive(t *testing.T) {
	expect(t, `
local a, b = channel.new(1), channel.new(1)
b:send("hello")
local r = channel.select{a:case_receive(), b:case_receive()}
print(r.channel == b, r.value, r.ok)
`, `true	hello	true`)
}

func TestSelectClosedChannel(t *testing.T) {
	expect(t, `
local a, b = channel.new(), channel.new()
b:close()
local r = channel.select{a:case_receive(), b:case_receive()}
print(r.channel == b, r.value, r.ok)
-- A closed channel is ready even with default.
r = channel.select{b:case_receive(), default = true}
print(r.channel == b, r.ok, r.default)
-- Sending to a closed channel in select raises.
print(pcall(channel.select, {b:case_send(1)}))
`, `true	nil	false
true	false	nil
false	send on closed channel`)
}

func TestSelectBlocksThenUnlinksLosers(t *testing.T) {
	// The select waits on a and b; a sender on a wins. Afterwards the
	// select must no longer be waiting on b: a non-blocking send on b
	// finds no receiver.
	expect(t, `
local a, b = channel.new(), channel.new()
coroutine.spawn(function()
  a:send("via a")
  local r = channel.select{b:case_send("via b"), default = true}
  print("send on b:", r.default and "no receiver" or "delivered")
end)
local r = channel.select{a:case_receive(), b:case_receive()}
print(r.channel == a, r.value, r.ok)
coroutine.yield()
`, `send on b:	no receiver
true	via a	true`)
}

func TestSelectSendCase(t *testing.T) {
	expect(t, `
local a, b = channel.new(), channel.new()
coroutine.spawn(function() print("b got", b:receive()) end)
local r = channel.select{a:case_send(1), b:case_send(2)}
print(r.channel == b, r.ok, r.value)
coroutine.yield()
`, `b got	2	true
true	true	nil`)
}

func TestSelectWokenByClose(t *testing.T) {
	expect(t, `
local a, b = channel.new(), channel.new()
coroutine.spawn(function() b:close() end)
local r = channel.select{a:case_receive(), b:case_receive()}
print(r.channel == b, r.value, r.ok)
`, `true	nil	false`)
}

func TestSelectSameChannelTwice(t *testing.T) {
	expect(t, `
local a = channel.new()
coroutine.spawn(function() a:send(1) a:send(2) end)
local r1 = channel.select{a:case_receive(), a:case_receive()}
local r2 = channel.select{a:case_receive(), a:case_receive()}
print(r1.value, r2.value)
`, `1	2`)
}

func TestSelectBadCases(t *testing.T) {
	for _, src := range []string{
		`channel.select{}`,
		`channel.select{1}`,
		`channel.select("x")`,
	} {
		if err := runErr(t, src); err == nil {
			t.Errorf("%s: no error", src)
		}
	}
}

// TestSelectFairness checks that select picks among ready cases at random
// with equal probability: over many selects with every case always ready,
// each case must win close to its share. The bound is generous (a case
// winning under 27% or over 40% of 3000 picks is ~7 standard deviations
// away), and runs are seeded, so the test cannot flake.
func TestSelectFairness(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		e := newEnvSched(t, sched.NewWithOptions(sched.Options{Manual: true, Seed: seed}), Options{})
		p := e.spawn(t, `
local chans = {channel.new(1), channel.new(1), channel.new(1)}
local counts = {0, 0, 0}
for _, c in ipairs(chans) do c:send(true) end
for i = 1, 3000 do
  local r = channel.select{chans[1]:case_receive(), chans[2]:case_receive(), chans[3]:case_receive()}
  for k, c in ipairs(chans) do
    if r.channel == c then counts[k] = counts[k] + 1; c:send(true) end
  end
end
print(counts[1], counts[2], counts[3])
`)
		e.s.RunUntilIdle()
		if _, err := p.Result(); err != nil {
			t.Fatal(err)
		}
		fields := strings.Fields(e.out.String())
		if len(fields) != 3 {
			t.Fatalf("output %q", e.out)
		}
		for _, f := range fields {
			n, _ := strconv.Atoi(f)
			if n < 810 || n > 1200 {
				t.Fatalf("seed %d: unfair counts %v", seed, fields)
			}
		}
	}
}

// TestSelectFairnessClustered makes sure fairness does not depend on where
// the ready cases sit in the list (a random start with a linear scan would
// favour the case after a run of unready ones).
func TestSelectFairnessClustered(t *testing.T) {
	out := run(t, `
local idle = {}
for i = 1, 6 do idle[i] = channel.new() end
local x, y = channel.new(1), channel.new(1)
x:send(true) y:send(true)
local cx, cy = 0, 0
for i = 1, 4000 do
  local cases = {}
  for _, c in ipairs(idle) do cases[#cases + 1] = c:case_receive() end
  cases[#cases + 1] = x:case_receive()
  cases[#cases + 1] = y:case_receive()
  local r = channel.select(cases)
  if r.channel == x then cx = cx + 1; x:send(true) else cy = cy + 1; y:send(true) end
end
print(cx, cy)
`)
	var cx, cy int
	fmt.Sscan(out, &cx, &cy)
	if cx < 1700 || cy < 1700 {
		t.Fatalf("unfair: %d %d", cx, cy)
	}
}
