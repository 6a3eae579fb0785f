// Package process is the Lua-facing process runtime: what a Lua program
// running as a process sees of the scheduler.
//
// A Host creates processes on a sched.Scheduler. Each process gets its own
// vm.State with the standard libraries of the host's profile and, as
// globals, channel, process and coroutine.spawn; the time module is in
// package.loaded (require("time")), and in the sandbox profile, which has
// no require, a require that only knows the runtime's modules is added.
//
// App entries run as processes of the hosts of their app (package app);
// a plain script (wippy-lua run file.lua) runs as the only process of a
// host of its own, with the standard profile, on its State's main thread
// (Host.SpawnMain), so that its main chunk behaves as lua5.3's does
// (coroutine.running, top-level yields, tracebacks) while it has the
// whole runtime. A script has no entries: process.spawn returns an error.
//
// # Channels
//
// channel.new([n]) makes an unbuffered (rendezvous) or buffered channel;
// ch:send(v), ch:receive() (v, true, or nil, false once closed and
// drained), ch:close() (pending receivers get nil, false; pending senders
// raise "send on closed channel"; closing twice does nothing),
// ch:case_send(v) and ch:case_receive() make cases for
// channel.select{cases..., default=true}, which returns
// {channel=ch, value=v, ok=bool} or {default=true, ok=true}. When several
// cases are ready, select polls them in a random order, so each is chosen
// with equal probability. A select with a send case on a closed channel
// raises when that case is chosen, like Go.
//
// A channel belongs to the process that made it and connects that
// process's coroutines. Nothing ever shares a channel between processes:
// values cross processes only through process.send, which refuses
// channels. All channel operations therefore run on the one worker that
// runs the process, with no locks: a blocked operation is a waiter linked
// into the channel's queue, and the operation that completes it unlinks
// it (and the other cases of a select) and wakes its task (sched.Task.Wake).
// Blocking uses vm.Thread.Block: the task's thread stops, with no Go stack
// held, and continues in the same Go frame when woken.
//
// # Coroutines
//
// coroutine.spawn(fn, ...) starts fn(...) as a new task of the process and
// returns nothing; the caller goes on at once. Spawned coroutines share the
// process's globals and channels and are scheduled like processes, one at
// a time within their process. When the process's main function returns,
// the process ends and its spawned coroutines are stopped where they are
// (they never run again), as a Go program ends with its main function: a
// plain script ends when its main chunk returns. An error in a spawned coroutine is an error exit
// of the whole process, exactly as if the main function had raised it:
// errors are never lost. coroutine.yield() at the top level of a spawned
// coroutine or of the main function lets the other tasks run and returns
// nothing. The standard coroutine functions work as usual inside tasks.
//
// # Messages
//
// process.pid() is this process's pid, a string "{host|0x1f}" (the
// scheduler's name and the process number in hexadecimal; see
// sched.Proc.PID). process.send(pid, topic, ...)
// deep-copies the values (tables structurally, keeping shared references
// and cycles, within one message too; metatables are not copied;
// functions, coroutines, channels and other userdata raise an error) and
// posts them to the receiver's mailbox. Some userdata are values: type
// values are shared (immutable, see package typevalue); time and
// duration values are copied (immutable Go values in new userdata);
// error values of the errors module are copied, at any depth: the
// receiver gets a new error value with the same kind, message, retryable
// flag and stack, deep-copied details and a copied cause (wrap chain). An
// error value is not shared although it never changes, because its
// details hand out shallow copies whose nested tables are the error's
// own (its holder may change them) and its metatable belongs to the
// sender's State; the copies take the receiver's on delivery (adopt).
// Spawn arguments and cancel reasons are copied the same way. Messages
// from one sender arrive in the order sent. Sending to a pid that
// has exited succeeds and does nothing; dest may also be a name from
// process.registry; an unknown name returns nil and a NOT_FOUND error. process.inbox() is a channel of
// message objects: msg:topic(), msg:from(), msg:payload():data() (the value,
// or the values as several results). Messages that arrive before the
// first process.inbox() call wait for it. process.listen(topic[,
// {message=true}]) gives a channel of that topic's messages instead (see
// listen.go); process.unlisten(ch) gives the topic back to the inbox.
//
// process.spawn(id, host, ...) spawns on the host named host (its
// scheduler's name, which is the host part of the pids of its processes;
// omitted or "" means the caller's own host): the caller's host itself,
// or another host found through Options.Peer. Hosts that are each
// other's peers must share a sched.Group; then pids, registered names,
// messages, links, monitors, exec, cancel and terminate work across them
// exactly as within one host (the scheduler does the work: a process's
// mail always goes to its own scheduler). The target host's Resolve
// returns the function to run for id, created in the new process's State
// (package app resolves entry ids); an unknown host or entry and other
// failures return nil and an error value (kinds from KindError, INVALID
// otherwise). Go code spawns with Host.Spawn, SpawnMain and SpawnSource.
//
// # Time
//
// time.now() returns a time value (:unix(), :unix_nano(), :unix_milli(),
// :sub(t), a duration value, :add(d), :round(d), :truncate(d),
// :before(t), :after(t), :equal(t), :format([layout]), comparison
// operators and tostring; timevalue.go). time.sleep(d) blocks the calling
// coroutine; time.after(d) returns a channel that receives the time once;
// time.timer(d) returns an object with :response() (Wippy's name) or
// :channel(), :stop() and :reset(d); time.ticker(d) one with :response(),
// :channel() and :stop() (ticks that find the channel full are dropped,
// as in Go). A duration is a number of nanoseconds, a Go duration string
// ("250ms", "1h30m") or a duration value (package duration, which says
// what their methods and operators do); time.parse_duration(v) makes a
// duration value from any of them (nil and an INVALID error for a
// malformed string), and time.NANOSECOND, MICROSECOND, MILLISECOND,
// SECOND, MINUTE and HOUR are numbers of nanoseconds, as in Wippy.
//
// # Lifecycle
//
// process.events() is a channel of event tables (events that come before
// the first call wait in it). process.event holds the kinds, with Wippy's
// values: EXIT = "pid.exit", LINK_DOWN = "pid.link.down", CANCEL =
// "pid.cancel". EXIT and LINK_DOWN events are {kind, from=pid,
// result={value=v, error=e}}: value is the first result of a normal exit
// (deep-copied; a value that cannot cross processes arrives as its type
// name), error the value raised by an error exit (copied likewise; an
// error value of the errors module arrives as an equal error value of the
// receiving process, without its details if they cannot cross), or the runtime's message ("process terminated",
// "linked process {..} failed: ...").
// CANCEL events are {kind, from=pid of the canceller, reason=copied value}.
//
// spawn_monitored, spawn_linked and spawn_linked_monitored set up the
// monitor or link before the child starts, so no exit is missed.
// monitor/link of a process that has exited (or oneself) return nil, err;
// unmonitor/unlink succeed for any pid or known name. Links are symmetric.
// An error exit of a linked process kills the other, with a
// sched.LinkError, unless it set trap_links (set_options{trap_links=true}),
// in which case it gets a LINK_DOWN event; a normal exit just ends the
// link. A process killed through a link fails in turn, so failure spreads
// along chains of links and nowhere else. An exit signal already in flight
// when unmonitor or unlink is called may still arrive.
//
// process.terminate(dest) kills dest (error exit "process terminated",
// which trap_links does not stop; terminating oneself exits at once).
// process.cancel(dest[, reason]) only posts a CANCEL event: what to do is
// the target's business. process.exec(id, host, ...) spawns, blocks the
// calling coroutine until the child exits and returns its first result,
// or nil and the error value.
//
// process.registry names processes per scheduler (per group of
// schedulers: the hosts of an app share their names): register(name[, pid])
// (true, or nil and an ALREADY_EXISTS error; a name with the form of a pid
// is refused), lookup(name) (pid, or nil and NOT_FOUND), unregister(name)
// (whether it was registered; any process may unregister any name). Names
// are released when their process exits.
//
// Fallible calls return nil and an error value of the errors module
// (NOT_FOUND, ALREADY_EXISTS, INVALID; see kindError); misuse (a bad
// argument, a reserved topic) raises.
//
// # I/O and the modules
//
// The process's host value (vm.State.Host) implements modules/host's
// Runtime, the contract through which modules that do I/O (http_client,
// sql) wait without holding a worker and reach the app (io.go): Await
// blocks the calling task while the work runs on the scheduler's I/O
// goroutines (sched.Proc.StartIO) and continues it with the result; Park
// blocks it until another process wakes it (a database connection
// coming free), posting the wake-up as Mail; OnExit and Context tie what
// a module opens to the process's life; Resource asks
// Options.Resource (package app: the app's databases).
//
// # What a process costs
//
// The libraries and the runtime's globals of each profile are built once
// and shared copy-on-write by every process (image.go, vm.Image): a
// process that changes string, math, its globals or process.event changes
// its own copy, and no other process sees it. The runtime's functions and
// metatables are shared too; they find their process through the running
// State (current), never through a closure. SpawnSource compiles a source
// once per host (protocache.go); a process's main thread is made by its
// first run, on the worker, and recycled when the process returns (see
// vm.Thread.Release). An idle process (blocked on its inbox) then costs
// about 2.2 KB of heap, and spawning one five small allocations;
// bench/procs measures both, and message round trips, against Erlang.
package process
