package process

import (
	"testing"

	"wippylua/sched"
	"wippylua/vm"
)

const pingPong = `
local n, peer = ...
local inbox = process.inbox()
if peer then
  for i = 1, n do
    process.send(peer, "ping", i)
    inbox:receive()
  end
  process.send(peer, "stop")
else
  while true do
    local msg = inbox:receive()
    if msg:topic() == "stop" then return end
    process.send(msg:from(), "pong")
  end
end`

func benchPingPong(b *testing.B, s *sched.Scheduler) {
	e := newEnvSched(b, s, Options{})
	b.ResetTimer()
	echo := e.spawn(b, pingPong, vm.Int(0))
	p := e.spawn(b, pingPong, vm.Int(int64(b.N)), vm.String(echo.PID()))
	waitAll(b, s, p, echo)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "roundtrips/s")
}

func waitAll(b *testing.B, s *sched.Scheduler, ps ...*sched.Proc) {
	if s.Manual() {
		s.RunUntilIdle()
	}
	for _, p := range ps {
		if _, err := p.Wait(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPingPongManual(b *testing.B) {
	benchPingPong(b, sched.NewWithOptions(sched.Options{Manual: true}))
}

func BenchmarkPingPongWorkers(b *testing.B) { benchPingPong(b, sched.New(0)) }

func BenchmarkChannelPingPong(b *testing.B) {
	e := newEnv(b, Options{})
	b.ResetTimer()
	p := e.spawn(b, `
local n = ...
local a, c = channel.new(), channel.new()
coroutine.spawn(function() while true do local v = a:receive() c:send(v) end end)
for i = 1, n do a:send(i) c:receive() end`, vm.Int(int64(b.N)))
	e.s.RunUntilIdle()
	if _, err := p.Result(); err != nil {
		b.Fatal(err)
	}
}

func BenchmarkSpawn(b *testing.B) {
	e := newEnvSched(b, sched.New(0), Options{})
	b.ResetTimer()
	ps := make([]*sched.Proc, b.N)
	for i := range ps {
		ps[i] = e.spawn(b, `return 1`)
	}
	for _, p := range ps {
		p.Wait()
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "spawns/s")
}
