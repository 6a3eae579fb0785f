package gcpace

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// gcPercent reads the current setting (SetGCPercent returns the previous
// value) and puts it back.
func gcPercent() int {
	p := debug.SetGCPercent(defaultPercent)
	debug.SetGCPercent(p)
	return p
}

func TestSmallHeapThenDefault(t *testing.T) {
	t.Setenv("GOGC", "")
	defer debug.SetGCPercent(gcPercent())
	Start()
	if got := gcPercent(); got != smallPercent {
		t.Fatalf("after Start: GOGC %d, want %d", got, smallPercent)
	}
	runtime.GC()
	runtime.GC()
	if got := gcPercent(); got != smallPercent {
		t.Fatalf("small live heap: GOGC %d, want %d", got, smallPercent)
	}
	// Keep more than switchBytes live and collect until the finalizer has
	// seen it; finalizers run asynchronously, so poll (without any bound
	// on speed other than the test timeout).
	live := make([][]byte, 0, 64)
	for i := 0; i < 64; i++ {
		live = append(live, make([]byte, switchBytes/32))
	}
	for gcPercent() != defaultPercent {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	runtime.KeepAlive(live)
}

func TestRespectsEnvironment(t *testing.T) {
	t.Setenv("GOGC", "200")
	before := gcPercent()
	Start()
	if got := gcPercent(); got != before {
		t.Fatalf("GOGC set by the user: Start changed the setting from %d to %d", before, got)
	}
}
