//go:build linux

package main

import (
	"strconv"
	"syscall"
	"time"
)

// samplePeriod is how often the child's /proc/PID/status is read.
const samplePeriod = 10 * time.Millisecond

// peaks is what the sampler keeps, in KiB.
type peaks struct {
	anonKB  int64 // largest RssAnon: the private peak
	shmemKB int64 // largest RssShmem
	hwmKB   int64 // VmHWM of the last sample that had one
	samples int   // samples that found the memory fields
}

// sampler reads the status of one process every samplePeriod from its own
// goroutine until stop.
type sampler struct {
	peaks peaks
	quit  chan struct{}
	done  chan struct{}
}

// startSampler takes a first sample at once, then one per period. The
// file is opened once and read at offset 0 each time, which makes the
// kernel generate it afresh: one system call per sample. The open file
// stays bound to this process, not to its number, so a reused PID is never
// read; once the process has exited, reads fail or find no memory fields
// and change nothing.
func startSampler(pid int) *sampler {
	s := &sampler{quit: make(chan struct{}), done: make(chan struct{})}
	fd, err := syscall.Open("/proc/"+strconv.Itoa(pid)+"/status", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		close(s.done)
		return s
	}
	go func() {
		defer close(s.done)
		defer syscall.Close(fd)
		buf := make([]byte, 4096) // the status file is about 1.5 KB
		tick := time.NewTicker(samplePeriod)
		defer tick.Stop()
		for {
			if n, err := syscall.Pread(fd, buf, 0); err == nil {
				s.peaks.add(buf[:n])
			}
			select {
			case <-s.quit:
				return
			case <-tick.C:
			}
		}
	}()
	return s
}

// stop ends the sampling; s.peaks is final when it returns.
func (s *sampler) stop() {
	select {
	case <-s.done:
	default:
		close(s.quit)
		<-s.done
	}
}

// add takes the fields of one reading of /proc/PID/status. A process that
// has exited but is not yet waited for has no memory fields; such a
// reading is not counted.
func (p *peaks) add(status []byte) {
	anon, okAnon := statusField(status, "RssAnon:")
	shmem, _ := statusField(status, "RssShmem:")
	hwm, okHWM := statusField(status, "VmHWM:")
	if !okAnon {
		return
	}
	p.samples++
	p.anonKB = max(p.anonKB, anon)
	p.shmemKB = max(p.shmemKB, shmem)
	if okHWM {
		p.hwmKB = hwm
	}
}

// statusField finds the line "name   123 kB" in status and returns the
// number (KiB).
func statusField(status []byte, name string) (int64, bool) {
	for line := 0; line < len(status); {
		end := line
		for end < len(status) && status[end] != '\n' {
			end++
		}
		if end-line > len(name) && string(status[line:line+len(name)]) == name {
			var n int64
			digits := false
			for _, c := range status[line+len(name) : end] {
				switch {
				case c >= '0' && c <= '9':
					n = n*10 + int64(c-'0')
					digits = true
				case digits:
					return n, true
				}
			}
			return n, digits
		}
		line = end + 1
	}
	return 0, false
}
