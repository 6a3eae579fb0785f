// Package duration owns the duration values of the runtime and the one
// way every runtime call reads a duration argument.
//
// spec/runtime.md: "A duration is a number of nanoseconds, a Go-style
// string ("250ms", "1h30m"), or a duration value." Check (and From, Opt)
// accept all three, so time.sleep, time.after, timers, tickers, time:add
// and the timeouts of modules agree on what a duration is: an integer is
// nanoseconds, a float is truncated towards zero (NaN and values beyond
// the int64 range are out of range), a string is parsed with Go's
// time.ParseDuration, and a duration value is itself.
//
// A duration value is a full userdata whose Data is a time.Duration, made
// by New (time.parse_duration and time:sub make them). Its metatable is
// one table for the whole program, frozen at initialisation like the
// tables of a vm.Image (so any number of States and workers use it at the
// same time), and protected: getmetatable(d) is "duration". Lua API:
//
//	d:nanoseconds() d:microseconds() d:milliseconds()  -- integers
//	d:seconds() d:minutes() d:hours()                  -- floats
//	tostring(d)                                        -- Go syntax: "1h30m0.5s"
//
// Decisions the public API leaves open (it documents no operators):
//
//   - Comparison: ==, <, <= compare nanoseconds; == holds between two
//     duration values of the same length (Lua consults __eq only between
//     two userdata, so d == 1000 is false), and < and <= also accept a
//     number of nanoseconds on either side.
//   - Arithmetic (+ - * / // % ^ and unary minus) works on the number of
//     nanoseconds and gives a plain number, with Lua's rules for integers
//     and floats: a number is a duration too, so the result goes
//     anywhere a duration does, and code that treated time:sub's result
//     as nanoseconds (d // 1000000 for milliseconds) keeps working.
//   - Concatenation ("took " .. d) uses the Go syntax, like tostring.
//   - Duration values are immutable, so process.send passes them
//     between processes (the process runtime copies the userdata).
//
// It imports vm only; it must not import the scheduler or the process
// runtime, which import it.
package duration
