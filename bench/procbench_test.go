package bench

import (
	"testing"

	"wippylua/bench/procs"
	"wippylua/stdlib"
)

// Process benchmarks (see package procs; bench/cmd/procbench runs the
// same measurements against Erlang). The figures that matter are the
// custom metrics; ns/op is per process or per round trip:
//
//	go test -run '^$' -bench 'IdleProcess' -benchtime 100000x ./bench/
//	go test -run '^$' -bench 'Spawn|PingPong' ./bench/

// BenchmarkIdleProcess spawns b.N processes that block on their inbox
// and reports the heap growth per process.
func BenchmarkIdleProcess(b *testing.B) {
	for _, c := range []struct {
		name    string
		profile stdlib.Profile
	}{{"sandbox", stdlib.Sandbox}, {"standard", stdlib.Standard}} {
		b.Run(c.name, func(b *testing.B) {
			r, err := procs.IdleMemory(b.N, procs.Options{Profile: c.profile})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(r.BytesPerProcess, "bytes/process")
		})
	}
}

// BenchmarkSpawn spawns b.N processes that return at once, from Go and
// from a Lua process, and reports processes per second (spawn, run and
// exit).
func BenchmarkSpawn(b *testing.B) {
	for _, c := range []struct {
		name    string
		fromLua bool
	}{{"fromGo", false}, {"fromLua", true}} {
		b.Run(c.name, func(b *testing.B) {
			d, err := procs.Spawn(b.N, c.fromLua, procs.Options{Profile: stdlib.Sandbox})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(b.N)/d.Seconds(), "processes/s")
		})
	}
}

// BenchmarkPingPong sends b.N messages back and forth between two Lua
// processes and reports round trips per second.
func BenchmarkPingPong(b *testing.B) {
	d, err := procs.PingPong(b.N, procs.Options{Profile: stdlib.Sandbox})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(b.N)/d.Seconds(), "roundtrips/s")
}
