package process

import (
	"strings"
	"testing"
)

func TestUnbufferedReceiverFirst(t *testing.T) {
	// The receiver blocks; the sender finds it waiting, hands the value
	// over and goes on without blocking.
	expect(t, `
local ch = channel.new()
coroutine.spawn(function()
  print("send start")
  ch:send(1)
  print("send done")
end)
print("main receives")
local v, ok = ch:receive()
print("received", v, ok)
`, `main receives
send start
send done
received	1	true`)
}

func TestUnbufferedSenderFirst(t *testing.T) {
	// The sender blocks until a receiver takes the value: rendezvous.
	expect(t, `
local ch = channel.new()
coroutine.spawn(function()
  print("receiver starts")
  print("got", ch:receive())
end)
print("sending")
ch:send("x")
print("sent")
`, `sending
receiver starts
got	x	true
sent`)
}

func TestBuffered(t *testing.T) {
	expect(t, `
local ch = channel.new(2)
ch:send(1) ch:send(2)
print("two sent without blocking")
coroutine.spawn(function()
  print("receiver takes", ch:receive())
end)
ch:send(3) -- blocks until the receiver frees a slot
print("third sent")
print(ch:receive())
print(ch:receive())
`, `two sent without blocking
receiver takes	1	true
third sent
2	true
3	true`)
}

func TestBufferedFIFOWithBlockedSenders(t *testing.T) {
	expect(t, `
local ch = channel.new(1)
for i = 1, 4 do
  coroutine.spawn(function() ch:send(i) end)
end
coroutine.yield() -- let every sender run: one fills the buffer, three block
local got = {}
for i = 1, 4 do got[#got + 1] = ch:receive() end
print(table.concat(got, " "))
`, `1 2 3 4`)
}

func TestCloseDrainsBuffer(t *testing.T) {
	expect(t, `
local ch = channel.new(3)
ch:send("a") ch:send("b")
ch:close()
print(ch:receive())
print(ch:receive())
print(ch:receive())
print(ch:receive())
`, `a	true
b	true
nil	false
nil	false`)
}

func TestCloseWakesReceivers(t *testing.T) {
	expect(t, `
local ch = channel.new()
for i = 1, 2 do
  coroutine.spawn(function()
    local v, ok = ch:receive()
    print("receiver", i, v, ok)
  end)
end
coroutine.yield() -- both receivers block
ch:close()
coroutine.yield()
print("done")
`, `receiver	1	nil	false
receiver	2	nil	false
done`)
}

func TestCloseFailsPendingSenders(t *testing.T) {
	expect(t, `
local ch = channel.new()
coroutine.spawn(function()
  local ok, err = pcall(ch.send, ch, 1)
  print("sender:", ok, err)
end)
coroutine.yield() -- the sender blocks
ch:close()
ch:close() -- closing twice does nothing
coroutine.yield()
local ok, err = pcall(ch.send, ch, 2)
print("send after close:", ok, err)
`, `sender:	false	send on closed channel
send after close:	false	send on closed channel`)
}

func TestChannelArgErrors(t *testing.T) {
	err := runErr(t, `channel.new(-1)`)
	if err == nil || !strings.Contains(err.Error(), "capacity must not be negative") {
		t.Fatalf("got %v", err)
	}
	err = runErr(t, `local ch = channel.new() ch.send({}, 1)`)
	if err == nil || !strings.Contains(err.Error(), "channel expected") {
		t.Fatalf("got %v", err)
	}
}

func TestProducerConsumer(t *testing.T) {
	expect(t, `
local jobs = channel.new(4)
local results = channel.new()
for w = 1, 3 do
  coroutine.spawn(function()
    while true do
      local j, ok = jobs:receive()
      if not ok then break end
      results:send(j * j)
    end
  end)
end
coroutine.spawn(function()
  for i = 1, 100 do jobs:send(i) end
  jobs:close()
end)
local sum = 0
for i = 1, 100 do sum = sum + results:receive() end
print(sum)
`, `338350`)
}

func TestBlockInsideCoroutinesAndPcall(t *testing.T) {
	// A channel operation blocks the whole task even inside
	// coroutine.wrap, coroutine.resume and pcall.
	expect(t, `
local ch = channel.new()
coroutine.spawn(function()
  for i = 1, 3 do ch:send(i) end
end)
local gen = coroutine.wrap(function()
  while true do coroutine.yield((ch:receive())) end
end)
local co = coroutine.create(function() return select(2, pcall(ch.receive, ch)) end)
print(gen(), gen(), select(2, coroutine.resume(co)))
`, "1\t2\t3\ttrue")
}

func TestBlockRefusedUnderMetamethod(t *testing.T) {
	// tostring calls __tostring from Go: blocking there is refused, and
	// the refused wait must not linger in the channel's queue.
	expect(t, `
local ch = channel.new()
local obj = setmetatable({}, {__tostring = function() return ch:receive() end})
print(pcall(tostring, obj))
coroutine.spawn(function() ch:send("later") end)
print(ch:receive())
`, `false	attempt to block across a C-call boundary
later	true`)
}

// TestResumeOfCoroutineBlockedInAnotherTask: a coroutine that stopped
// because a channel operation inside it blocked belongs to the task that
// resumed it; another task of the process must not be able to resume it
// meanwhile (its status must not be "suspended").
func TestResumeOfCoroutineBlockedInAnotherTask(t *testing.T) {
	expect(t, `
local ch = channel.new()
local co = coroutine.create(function() local v = ch:receive() return "co got " .. tostring(v) end)
coroutine.spawn(function() print("A", coroutine.resume(co)) end)
coroutine.yield() -- A blocks inside co
print("status", coroutine.status(co))
print("resume", coroutine.resume(co))
ch:send(1)
coroutine.yield()
`, `status	normal
resume	false	cannot resume non-suspended coroutine
A	true	co got 1`)
}
