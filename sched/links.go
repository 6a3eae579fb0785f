package sched

import (
	"errors"
	"sync"
)

// Watch flags: why a process is told that another one exited. One
// process can watch another for several reasons at once (a child spawned
// linked and monitored); it then gets one Signal with all of them.
const (
	// WatchMonitor: the watcher monitors the target (EXIT events).
	WatchMonitor uint8 = 1 << iota
	// WatchLink: the two are linked; links are symmetric, so each side
	// watches the other with this flag.
	WatchLink
	// WatchExec: the watcher waits for the target's result (process.exec).
	WatchExec
)

// Errors of the link, monitor and registry operations.
var (
	// ErrExited: the target process has exited (or never existed).
	ErrExited = errors.New("process has exited")
	// ErrSelf: a process cannot link to or monitor itself.
	ErrSelf = errors.New("a process cannot link to or monitor itself")
	// ErrNameTaken: the name is registered to a process already.
	ErrNameTaken = errors.New("name already registered")
)

// Signal tells a watcher that a process it links to, monitors or execs has
// exited. It is delivered in the watcher's turn, to its
// ProcOptions.OnSignal.
type Signal struct {
	mail Mail
	// From is the process that exited: its Result is final, and the
	// values in it belong to nobody any more, so the watcher may read
	// (copy) them during its turn.
	From *Proc
	// Flags are the Watch flags the watcher had on From.
	Flags uint8
}

// LinkError is the error exit of a process killed because a process it
// was linked to failed.
type LinkError struct {
	PID string // the failed process
	Err error  // its error
}

func (e *LinkError) Error() string { return "linked process " + e.PID + " failed: " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// links is a process's side of the link and monitor graph, guarded by
// Proc.mu. Both maps are nil until used: most processes never link.
type links struct {
	// watchedBy: who is told, and why (Watch flags), when this process
	// exits.
	watchedBy map[*Proc]uint8
	// watching: processes this one monitors or execs, so that its exit
	// can remove it from their watchedBy (a long-lived server monitored by
	// many short-lived clients must not accumulate dead ones).
	watching map[*Proc]struct{}
	// names registered to this process, released when it exits.
	names []string
}

// lock2 locks the mutexes of two different processes in a fixed (id)
// order, so that two processes linking to each other at the same time on
// two workers cannot deadlock. Ids are unique within a group of
// schedulers, and processes of different groups never meet.
func lock2(a, b *Proc) {
	if a.id > b.id {
		a, b = b, a
	}
	a.mu.Lock()
	b.mu.Lock()
}

func unlock2(a, b *Proc) {
	a.mu.Unlock()
	b.mu.Unlock()
}

// Watch makes p (the watcher, during its turn or before it starts) be told
// with a Signal carrying flags when target exits. It fails with ErrExited
// when target has exited already: the caller decides what that means
// (process.monitor reports an error). Flags accumulate with earlier
// watches. WatchLink must go through Link.
func (p *Proc) Watch(target *Proc, flags uint8) error {
	if p == target {
		return ErrSelf
	}
	lock2(p, target)
	defer unlock2(p, target)
	if target.exited || p.exited {
		return ErrExited
	}
	if target.links.watchedBy == nil {
		target.links.watchedBy = make(map[*Proc]uint8)
	}
	target.links.watchedBy[p] |= flags &^ WatchLink
	if p.links.watching == nil {
		p.links.watching = make(map[*Proc]struct{})
	}
	p.links.watching[target] = struct{}{}
	return nil
}

// Unwatch removes flags from p's watch of target and reports whether p
// had any of them.
func (p *Proc) Unwatch(target *Proc, flags uint8) bool {
	flags &^= WatchLink
	if p == target || flags == 0 {
		return false
	}
	lock2(p, target)
	defer unlock2(p, target)
	f, ok := target.links.watchedBy[p]
	if !ok || f&flags == 0 {
		return false
	}
	if f &^= flags; f == 0 {
		delete(target.links.watchedBy, p)
	} else {
		target.links.watchedBy[p] = f
	}
	if f&(WatchMonitor|WatchExec) == 0 {
		delete(p.links.watching, target)
	}
	return true
}

// Link links p and target: when either exits with an error, the other
// gets a Signal with WatchLink. It fails with ErrExited when target has
// exited.
func (p *Proc) Link(target *Proc) error {
	if p == target {
		return ErrSelf
	}
	lock2(p, target)
	defer unlock2(p, target)
	if target.exited || p.exited {
		return ErrExited
	}
	for _, x := range [2][2]*Proc{{p, target}, {target, p}} {
		if x[0].links.watchedBy == nil {
			x[0].links.watchedBy = make(map[*Proc]uint8)
		}
		x[0].links.watchedBy[x[1]] |= WatchLink
	}
	return nil
}

// Unlink removes the link between p and target and reports whether there
// was one.
func (p *Proc) Unlink(target *Proc) bool {
	if p == target {
		return false
	}
	lock2(p, target)
	defer unlock2(p, target)
	had := p.links.watchedBy[target]&WatchLink != 0
	for _, x := range [2][2]*Proc{{p, target}, {target, p}} {
		if f, ok := x[0].links.watchedBy[x[1]]; ok {
			if f &^= WatchLink; f == 0 {
				delete(x[0].links.watchedBy, x[1])
			} else {
				x[0].links.watchedBy[x[1]] = f
			}
		}
	}
	return had
}

// signalExit tells p's watchers that p has exited and unhooks p from the
// graph and the registry. It runs once, from finish, after p.exited is
// set, so no new watch, link or name can attach to p any more.
func (p *Proc) signalExit() {
	p.mu.Lock()
	l := p.links
	p.links = links{}
	p.mu.Unlock()
	// Names first: a watcher told of the exit must find them free.
	if len(l.names) > 0 {
		p.s.reg.release(p, l.names)
	}
	for w, flags := range l.watchedBy {
		w.mu.Lock()
		// Nothing about p stays in w: the other half of a link (p watched
		// by w) and w's record that it monitors p.
		delete(w.links.watchedBy, p)
		delete(w.links.watching, p)
		exited := w.exited
		w.mu.Unlock()
		if exited {
			continue
		}
		sig := &Signal{From: p, Flags: flags}
		sig.mail.Fn, sig.mail.Value = signalMail, sig
		// From p, so that the signal arrives after every message p sent
		// to w before it exited.
		w.PostFrom(p, &sig.mail)
	}
	for t := range l.watching {
		t.mu.Lock()
		delete(t.links.watchedBy, p)
		t.mu.Unlock()
	}
}

func signalMail(p *Proc, m *Mail) {
	sig := m.Value.(*Signal)
	m.Value = nil
	if p.onSignal != nil {
		p.onSignal(p, sig)
		return
	}
	DefaultSignal(p, sig)
}

// DefaultSignal is what a process without ProcOptions.OnSignal does with
// a Signal, and what a runtime's handler can fall back on: the error exit
// of a linked process kills p; everything else is ignored.
func DefaultSignal(p *Proc, sig *Signal) {
	if sig.Flags&WatchLink == 0 {
		return
	}
	if _, err := sig.From.Result(); err != nil {
		p.finish(nil, &LinkError{PID: sig.From.PID(), Err: err})
	}
}

// registry maps names to processes, per scheduler or per group.
type registry struct {
	mu    sync.Mutex
	names map[string]*Proc
}

// Register gives p the name. It fails with ErrNameTaken when the name is
// registered already (even to p) and with ErrExited when p has exited.
// The name is released when p exits. The names are the scheduler's, or
// its group's: p may run on any scheduler of the group.
func (s *Scheduler) Register(name string, p *Proc) error {
	r := s.reg
	// Lock order: registry, then the process (signalExit takes them one
	// at a time).
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.names[name]; ok {
		return ErrNameTaken
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.exited {
		return ErrExited
	}
	if r.names == nil {
		r.names = make(map[string]*Proc)
	}
	r.names[name] = p
	p.links.names = append(p.links.names, name)
	return nil
}

// Whereis returns the live process registered as name, or nil.
func (s *Scheduler) Whereis(name string) *Proc {
	r := s.reg
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.names[name]
}

// Unregister releases name and reports whether it was registered.
func (s *Scheduler) Unregister(name string) bool {
	r := s.reg
	r.mu.Lock()
	defer r.mu.Unlock()
	p, ok := r.names[name]
	if !ok {
		return false
	}
	delete(r.names, name)
	p.mu.Lock()
	for i, n := range p.links.names {
		if n == name {
			p.links.names = append(p.links.names[:i], p.links.names[i+1:]...)
			break
		}
	}
	p.mu.Unlock()
	return true
}

// release drops the names of p, which has exited; a name that was
// unregistered and registered again to another process meanwhile stays.
func (r *registry) release(p *Proc, names []string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, n := range names {
		if r.names[n] == p {
			delete(r.names, n)
		}
	}
}
