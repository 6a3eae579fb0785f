//go:build !unix

package stdlib

import "time"

// processStart approximates the start of the process where its CPU time
// is not available.
var processStart = time.Now()

// cpuTime approximates the processor time used by the process with the
// time elapsed since it started.
func cpuTime() time.Duration { return time.Since(processStart) }
