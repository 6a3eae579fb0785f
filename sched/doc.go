// Package sched is the process scheduler: it runs many Lua processes on a
// few OS threads (M:N), BEAM-style.
//
// # What it owns
//
// A process (Proc) is an isolated vm.State plus the threads (Tasks) that
// run in it: the main function and the coroutines started with
// coroutine.spawn. A task is a vm.Thread that the scheduler steps with
// Thread.Run under a budget of reductions. There is no goroutine per
// process or per task: a process that waits costs only its memory.
//
// The package owns
//
//   - the workers: one goroutine per core, each with its own run queue of
//     processes, a global injection queue for wake-ups coming from outside
//     the workers, and work stealing between workers;
//   - the per-process state machine that makes a process runnable exactly
//     once however many wake-ups race for it;
//   - the mailbox of each process: a lock-free queue of Mail through which
//     everything that happens outside the process (a message, a timer, a
//     Go caller) reaches it, to be handled on the worker that runs it;
//   - the timers: one heap per scheduler, driven by one goroutine (or, in
//     manual mode, by virtual time);
//   - blocking I/O (io.go): a bounded set of goroutines per scheduler
//     that run the Go work a process waits for (Proc.StartIO) and post
//     its completion back as Mail;
//   - process identifiers (pids) and the table that finds a process by pid;
//   - the link and monitor graph and the name registry (links.go): who is
//     told, with a Signal Mail, when a process exits, and the names that
//     its exit releases.
//
// It must not know Lua syntax or the Lua-facing API: it imports vm only.
// Channels, select, messages, the time module and coroutine.spawn are the
// process package's, built on Task.Wake, Mail and Timer.
//
// # Scheduling a process
//
// A process is in one of five states (see Proc): idle (parked, in no
// queue), queued, running, running-and-notified, done. A wake-up moves idle
// to queued (and pushes the process on a run queue), running to notified,
// and does nothing otherwise; these are compare-and-swap steps, so a
// wake-up that races with the end of a turn is never lost and never queues
// the process twice. A worker that dequeues a process runs one turn: it
// delivers the mailbox, then runs ready tasks, each with the full budget,
// until one is preempted, none is ready, or maxRunsPerTurn tasks have run.
// At the end of the turn it delivers the mailbox again and either requeues
// the process (ready tasks left, or notified meanwhile) or parks it (CAS
// running to idle; failure means a wake-up came in: requeue).
//
// Inside a process everything is single-threaded: only the worker running
// the turn touches the State, its tasks and its channels, so task wake-ups
// (Task.Wake) are plain operations. A task that waits for something outside
// the process (a timer, a Go event) is woken by Mail whose callback runs in
// the process's next turn. Every wait has a sequence number (Task.Seq), so
// a late wake-up for a wait that already ended (a select whose other case
// won) is ignored.
//
// # Queues and stealing
//
// Each worker's run queue is a ring buffer guarded by a mutex: the owner
// pushes at the back and pops from the front, and a thief takes the older
// half from the front. Contention is low (a thief only comes when it has
// nothing to do) and the code is obviously correct; a lock-free Chase-Lev
// deque can replace it behind the same three methods if profiles say so.
// A process woken by a process running on a worker goes to that worker's
// queue (the data it needs is in that core's cache); one woken from
// outside goes to the global queue. Workers look at the global queue first
// every 61 turns so that it cannot starve. A worker with nothing to do
// parks on a condition variable after announcing itself idle and checking
// every queue once more, so a push racing with the parking is always seen.
//
// # Timers
//
// All timers of a scheduler live in one binary min-heap ordered by
// deadline (then by creation order), guarded by a mutex and driven by one
// goroutine that sleeps until the earliest deadline. A fired timer posts
// its Mail to its process. In manual mode there is no timer goroutine:
// time is virtual and only moves, straight to the next deadline, when no
// process can run, which makes sleeps instantaneous and repeatable.
//
// # I/O
//
// A Go function that has to wait for the outside world (a socket, a
// database) must not hold its worker. Proc.StartIO runs the work on an
// I/O goroutine and calls its done callback in the process's next turn,
// through the mailbox, where it wakes the task that blocked
// (vm.Thread.Block) as a timer's Mail does. At most Options.IOLimit
// (DefaultIOLimit, 256) goroutines run a scheduler's I/O at once; more
// operations wait in a FIFO queue, so a million processes that each start
// a request cost a million small records and 256 goroutines, not a
// million goroutines. The goroutines are started on demand and end when
// the queue is empty. The work gets a context that is cancelled when its
// process exits (killed, or its main function returned while a coroutine
// waited) or the scheduler stops; its completion is then dropped.
//
// I/O in flight counts as something that can happen: a scheduler with
// pending I/O is not Quiescent, so Group.Await waits for it rather than
// report a deadlock. In manual mode, when no process can run and I/O is
// in flight, the run loop blocks (in real time) until an operation
// completes or a process is queued from outside, before it looks at
// timers: I/O takes no virtual time, so a request that completes is
// always seen before any timer that is not yet due, and virtual time
// stands still while the loop waits. Runs stay repeatable as long as the
// outside world answers the same; when several operations are in flight
// at once, their completions come in the order the outside world gives,
// which a program that races them will see.
//
// # Links, monitors and names
//
// Proc.Watch (monitor, exec) and Proc.Link record, under the mutexes of
// both processes taken in pid order, who must be told when a process
// exits; both fail with ErrExited once the target has exited, because
// finish sets exited under the same mutex before it reads the watchers.
// So a watch either precedes the exit and gets its Signal, or fails: none
// is lost. The Signal is posted from the exiting process (after every
// message it sent) and handled in the watcher's turn by
// ProcOptions.OnSignal (DefaultSignal: a linked failure kills). The exited
// process's Result is final then, so the watcher may copy values out of
// it. Names live in one map per scheduler; its lock is taken before a
// process's, never after, and an exit releases the process's names.
//
// # The main thread
//
// A process's main function normally runs on a new coroutine of its
// State, made by the task's first run on a worker rather than by Start,
// so that a process spawning many others spends less on each. A task
// that returns gives its thread back for reuse (vm.Thread.Release, which
// keeps any thread a Lua value may still refer to). Proc.StartMain runs it on the State's main thread instead: how a
// plain script runs, so that its main chunk sees what lua5.3's sees
// (coroutine.running() is the main coroutine, a top-level yield fails)
// and can still block.
//
// # Groups
//
// Several schedulers whose processes talk to each other (the process
// hosts of one app) form a Group (Options.Group). Its schedulers share
// pid numbers (a number is never given twice, so link locks are ordered
// across schedulers) and the name registry; Mail to a process always goes
// to its own scheduler's queues, so messages, links and monitors need
// nothing else to cross schedulers. Group.Await waits for a process and
// detects a deadlock: the whole group quiescent (real time: at two looks
// some time apart) with the process still alive. A scheduler alone is a
// group of one as far as its own processes are concerned.
//
// # Manual mode
//
// Options.Manual gives a scheduler with no goroutines of its own (only
// the I/O goroutines, which never run Lua): the caller drives it with
// RunUntilIdle or RunUntil on its own goroutine, with one run queue,
// virtual time and a seeded random source. Runs are
// deterministic, which is what tests and conformance programs use. The
// manual schedulers of a group run as one (Group.RunUntil, Group.Await):
// a turn of each in turn, and one virtual clock that moves, for all of
// them, to the earliest deadline of any when none has work.
package sched
