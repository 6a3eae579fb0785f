//go:build unix

package stdlib

import (
	"syscall"
	"time"
)

// cpuTime is the processor time used by the process (user plus system),
// what C's clock measures.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
