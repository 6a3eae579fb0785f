package machine

import (
	"syscall"
	"time"
)

// CPUTime is the user and system time the running process has used, all
// its threads together (the collector runs beside the code measured), or
// 0 when it cannot be read.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
