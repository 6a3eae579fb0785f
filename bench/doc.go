// Package bench holds wippy-lua's benchmarks: whole programs compared with
// other Lua implementations, the type checker's speed, and Go
// micro-benchmarks of the interpreter's hot paths. It has no code of its
// own besides the benchmarks; the runners are in cmd/ (with cmd/rusage,
// which starts and measures each process for luabench) and their helpers
// in subpackages (typedgen generates typed code, machine describes the
// machine for the reports and finds the repository, internal/xorshift is
// the random source of both code generators).
//
// # Whole programs against lua5.3 and gopher-lua
//
// programs/*.lua are benchmark programs written for this project: fib
// (recursive calls), loops (numeric for, arithmetic, %), binary_trees
// (allocation of small tables), nbody (float arithmetic on fields),
// spectral_norm (nested loops calling a function), fannkuch (array
// permutations), strings (.., table.concat, string.format, string.rep,
// gsub/gmatch/find), hash (string keys, table.sort with a comparator), oop
// (methods through __index, closures as objects) and coroutines
// (resume/yield, wrap, many short-lived coroutines). Each prints integer
// checksums, so a wrong result is caught, and each runs unchanged on Lua
// 5.1 (gopher-lua): no //, no bitwise operators, no 5.3-only functions,
// and no float is printed with %s or tostring, whose formatting differs
// between 5.1 and 5.3. Each takes 0.3 to 1 second on lua5.3 on an idle
// machine. programs/NAME.out is lua5.3's output, used to check the
// others when lua5.3 is not installed.
//
// The runner, from the repository root:
//
//	apt-get install -y lua5.3                    # the reference (and luac5.3)
//	go run ./bench/cmd/luabench                  # 5 interleaved runs of each program on each engine
//	go run ./bench/cmd/luabench -runs 3 -note "machine shared with other jobs"
//	go run ./bench/cmd/luabench -quick           # 1 run each: a smoke test
//	go run ./bench/cmd/luabench -filter 'fib|nbody|compile' -out /tmp/r.md
//	go run ./bench/cmd/luabench -update-expected # after changing a program: rewrite programs/*.out
//
// It builds wippy-lua (CGO_ENABLED=0 go build ./cmd/wippy-lua: the static
// release build; with cgo, net/http makes the binary load libc
// dynamically, about 1.2 MB more RSS per process), gopher-lua (the small
// driver in bench/gopher, a separate module so that the main module keeps
// no dependency; its first build downloads gopher-lua from the Go module
// proxy) and the rusage helper, runs every program as a separate process
// on each engine, interleaving engines and programs so that a change in
// the machine's load spreads over all of them, and checks that every
// engine's output equals lua5.3's. The helper (bench/cmd/rusage) starts
// each process and measures its wall-clock time, CPU time, peak RSS
// (ru_maxrss) and private peak (the largest RssAnon in /proc/PID/status,
// sampled every 10 ms: the program's own memory without the file-backed
// pages of its executable and libraries). It exists because a child that
// Go's os/exec starts with vfork inherits its parent's peak RSS at execve
// on Linux: started by luabench itself, every program reported at least
// luabench's own peak. luabench writes RESULTS.md (medians, ratios,
// geometric means, the machine) and results.svg (a bar chart of the
// ratios, log scale, one panel per metric). It also times the compilation of a 5 MB
// Lua file that it generates deterministically (gen.go), with
// "wippy-lua compile -p" against "luac5.3 -p". A missing lua5.3 or an
// unbuildable gopher-lua leaves its column out, with a note; a program
// that fails or prints a wrong result on some engine is marked in the
// report and left out of the means.
//
// The machine's load matters: on a shared machine wall-clock times are
// inflated and noisy, and ratios of CPU time are the steadier figure. The
// report gives the load average before and after the run.
//
// # The type checker
//
// The target for `wippy-lua check` is that checking 100,000 lines of
// typed code takes under one second on this machine, and that cost grows
// linearly: a generated 200,000-line input takes at most 2.2 times as
// long. The runner measures both and writes the "Type checker speed"
// section of RESULTS.md (and only that section):
//
//	go run ./bench/cmd/checkbench                        # 100k and 200k lines, 7 runs
//	go run ./bench/cmd/checkbench -runs 11 -note "..."   # more runs, a remark in the report
//	go run ./bench/cmd/checkbench -lines 20000 -out ""   # smaller inputs, print only
//	go run ./bench/cmd/checkbench -cpuprofile cpu.out -memprofile mem.out
//	go tool pprof -top cpu.out
//
// The inputs come from package typedgen: a prelude of generic helpers,
// then modules with records of random fields, tagged unions, optionals,
// narrowing, generic calls with callbacks, closures, loops and calls
// between functions, different in every module, all checking clean. Each
// measurement is a fresh process (checkbench -measure N), as each
// `wippy-lua check` is, timing parse and check apart; the report gives
// medians, best times, CPU time, allocation, and the ratios of the two
// sizes measured within each run, the steadiest figure on a shared
// machine. typecheck's own Go benchmarks (go test -bench Check
// ./typecheck/) use the same generator, for profiling and benchstat.
//
// # Go micro-benchmarks
//
// vmbench_test.go times single operations inside the VM, each looped in
// Lua so that ns/op is the operation plus one iteration of a numeric for
// (BenchmarkEmptyLoop gives that iteration alone): calls, table reads and
// writes by integer, constant and run-time string keys, __index through
// tables and functions, method calls, concatenation, closure creation,
// coroutine switches and pcall, plus a call from Go through the embedding
// API. Use them with benchstat:
//
//	go test -run '^$' -bench . -count 10 ./bench/ > old.txt
//	# ... change the VM ...
//	go test -run '^$' -bench . -count 10 ./bench/ > new.txt
//	benchstat old.txt new.txt
//
// go test ./bench/ (without -bench) runs each snippet briefly and checks
// its result.
//
// programs_test.go's BenchmarkProgram runs each program of bench/programs
// in-process, for profiling (-cpuprofile) without the process start-up;
// its profile is also cmd/wippy-lua/default.pgo, the input of the
// command's profile-guided optimisation (see cmd/wippy-lua/doc.go).
//
// # Processes against Erlang
//
// procbench_test.go measures what processes cost, with the functions of
// package bench/procs: the heap of an idle process (one blocked on its
// inbox, with every global available), the spawn rate (processes that
// return at once, spawned from a Lua process or from Go) and message
// round trips between two Lua processes:
//
//	go test -run '^$' -bench IdleProcess -benchtime 100000x ./bench/
//	go test -run '^$' -bench 'Spawn|PingPong' -benchtime 1000000x ./bench/
//
// bench/erlang/procbench.erl is the same three measurements in Erlang,
// and bench/cmd/procbench runs both (each measurement in a fresh OS
// process, the engines interleaved), spawns a million idle processes on
// each, and prints the Markdown section of RESULTS.md that compares them:
//
//	apt-get install -y erlang-base   # erl and erlc
//	go run ./bench/cmd/procbench -runs 5
//
// luabench regenerates RESULTS.md up to a marker comment and keeps what
// follows it (the procbench section and the hand-written analysis).
package bench
