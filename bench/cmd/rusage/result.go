//go:build linux

package main

import (
	"strconv"
	"time"
)

// result is one measurement. Its JSON form, on one line:
//
//	{"wall_ns":N,"user_ns":N,"sys_ns":N,"maxrss_kb":N,"exit_code":N,"signal":N,
//	 "anon_peak_kb":N,"shmem_peak_kb":N,"hwm_kb":N,"samples":N}
//
// exit_code is the program's exit status, or -1 when a signal ended it;
// signal is that signal's number, 0 otherwise. maxrss_kb is ru_maxrss;
// anon_peak_kb, shmem_peak_kb and hwm_kb come from the samples of
// /proc/PID/status (samples of them; all 0 when none was taken).
type result struct {
	wall      time.Duration
	user, sys time.Duration
	maxRSSKB  int64
	exitCode  int
	signal    int
	sampled   peaks
}

// appendJSON appends the report line to b. It is written by hand: the
// encoding/json package would add to the helper's own memory, which is
// the floor of every figure it reports.
func (r *result) appendJSON(b []byte) []byte {
	sep := byte('{')
	field := func(name string, v int64) {
		b = append(b, sep, '"')
		sep = ','

		b = append(b, name...)
		b = append(b, '"', ':')
		b = strconv.AppendInt(b, v, 10)
	}
	field("wall_ns", int64(r.wall))
	field("user_ns", int64(r.user))
	field("sys_ns", int64(r.sys))
	field("maxrss_kb", r.maxRSSKB)
	field("exit_code", int64(r.exitCode))
	field("signal", int64(r.signal))
	field("anon_peak_kb", r.sampled.anonKB)
	field("shmem_peak_kb", r.sampled.shmemKB)
	field("hwm_kb", r.sampled.hwmKB)
	field("samples", int64(r.sampled.samples))
	return append(b, '}', '\n')
}
