// Package host is what a runtime module may ask of the runtime that runs
// its Lua code, without importing it: to wait for blocking work without
// holding an OS thread (Await), to wait for another process (Park), to
// tie resources to the life of the process (Context), and to find the resources that an app declares,
// such as databases (Resource).
//
// The process runtime (package process) answers through the host value
// of the running State (vm.State.Host), which implements Runtime. A State
// without a runtime (one made by wippylua.New for embedding) gets the
// fallbacks: Await runs the work on the calling goroutine, Park raises,
// OnExit never runs, Context is never cancelled and Resource finds
// nothing.
//
// It imports vm only; the modules import it, and the runtime implements
// it.
package host

import (
	"context"

	"wippylua/vm"
)

// Work is blocking work: a network request, a database query. It runs on
// a goroutine of its own, so it must not touch any Lua value or State;
// ctx is cancelled when the process that waits for it exits.
type Work func(ctx context.Context) (any, error)

// Done continues the Go function that called Await, on its thread, with
// what the work returned: it pushes the function's results and returns
// their count, as a Go function does.
type Done func(t *vm.Thread, result any, err error) int

// Runtime is implemented by the host value of a State run by the process
// runtime.
type Runtime interface {
	// Await suspends the calling task until work has run, then continues
	// with done (see the package function Await).
	Await(t *vm.Thread, work Work, done Done) int
	// Park suspends the calling task until it is woken (see the package
	// function Park).
	Park(t *vm.Thread, setup func(wake func()), done func(t *vm.Thread) int) int
	// OnExit runs f when the process running t exits (see the package
	// function OnExit).
	OnExit(t *vm.Thread, f func()) (stop func() bool)
	// Context returns a context cancelled when the process running t
	// exits.
	Context(t *vm.Thread) context.Context
	// Resource returns the resource that the app declares as entry id:
	// nil and no error when there is none.
	Resource(id string) (any, error)
}

// Await runs work without blocking the OS thread that runs t: the calling
// task is suspended (the scheduler runs other processes meanwhile) and
// continues with done once work has returned. A Go function ends with
// `return host.Await(t, work, done)`. Where blocking is impossible (under
// a metamethod called from Go) it raises, like a channel receive would,
// and work never runs. Without a runtime, work runs right away on the
// calling goroutine.
func Await(t *vm.Thread, work Work, done Done) int {
	if rt, ok := t.State().Host().(Runtime); ok {
		return rt.Await(t, work, done)
	}
	v, err := work(context.Background())
	return done(t, v, err)
}

// Park suspends the calling task until something another process does
// wakes it, then continues with done: how a module makes a process wait
// for a resource that another process holds (a database connection kept
// by a transaction). setup is called once the task is suspended with the
// function that wakes it, which may be called from any goroutine, at
// once, or more than once (only the first call counts). A Go function
// ends with `return host.Park(t, setup, done)`.
//
// Unlike Await's, this wait is not I/O in flight: the scheduler counts a
// parked process as idle, as one blocked on a channel, so a run where
// every process waits is reported as a deadlock and, in deterministic
// mode, virtual time moves on while it waits. Without a runtime it raises:
// nothing could wake the caller.
func Park(t *vm.Thread, setup func(wake func()), done func(t *vm.Thread) int) int {
	if rt, ok := t.State().Host().(Runtime); ok {
		return rt.Park(t, setup, done)
	}
	t.Errorf("cannot wait for another process outside a process")
	return 0
}

// OnExit arranges for f to run when the process running t exits, however
// it exits, on the worker that ends it: before any other process runs, so
// that what f releases (and the processes it wakes) is seen at once. stop
// cancels that and reports whether it did (false: f ran or was stopped
// already); it must be called from the process's own Lua thread. Without
// a runtime f never runs.
func OnExit(t *vm.Thread, f func()) (stop func() bool) {
	if rt, ok := t.State().Host().(Runtime); ok {
		return rt.OnExit(t, f)
	}
	return func() bool { return true }
}

// Context returns a context that is cancelled when the process running t
// exits, however it exits: what a module opens for a process and must
// not outlive it (a database transaction, a prepared statement) is tied
// to it, with context.AfterFunc or database/sql's own watching. Without a
// runtime it is never cancelled.
func Context(t *vm.Thread) context.Context {
	if rt, ok := t.State().Host().(Runtime); ok {
		return rt.Context(t)
	}
	return context.Background()
}

// Resource returns the resource named id of the app running t: nil and
// no error when there is no such resource or no app.
func Resource(t *vm.Thread, id string) (any, error) {
	if rt, ok := t.State().Host().(Runtime); ok {
		return rt.Resource(id)
	}
	return nil, nil
}
