package gcpace

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

const (
	// smallPercent is GOGC while the live heap is small: the heap goal
	// floor becomes 4 MB * smallPercent / 100.
	smallPercent = 50
	// defaultPercent is Go's default GOGC, used once the live heap reaches
	// switchBytes.
	defaultPercent = 100
	// switchBytes is the live heap above which the lower setting would
	// only cost collection work: beyond it the goal is 2 x live either way
	// within a factor that no longer shows in the peak.
	switchBytes = 4 << 20
)

// Start applies the small-heap setting unless the user chose GOGC
// through the environment, and arranges to restore the default when the
// live heap grows past switchBytes. It returns at once.
func Start() {
	if os.Getenv("GOGC") != "" {
		return
	}
	debug.SetGCPercent(smallPercent)
	watch()
}

// sentinel is an object whose finalizer runs once after each collection
// cycle that finds it unreachable; it is larger than the tiny allocator's
// 16-byte blocks, whose finalizers may never run.
type sentinel struct{ _ [32]byte }

// watch allocates a sentinel whose finalizer checks the live heap after
// the next collection and either restores the default or watches again.
func watch() {
	runtime.SetFinalizer(new(sentinel), func(*sentinel) {
		if liveHeap() >= switchBytes {
			debug.SetGCPercent(defaultPercent)
			return
		}
		watch()
	})
}

var liveSample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}

// liveHeap is the heap marked live by the last completed collection. It
// is only called from finalizers, which run one at a time on one
// goroutine, so the shared sample slice needs no lock.
func liveHeap() uint64 {
	metrics.Read(liveSample)
	if liveSample[0].Value.Kind() != metrics.KindUint64 {
		return switchBytes // metric unavailable: behave like the default
	}
	return liveSample[0].Value.Uint64()
}
