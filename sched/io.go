package sched

import (
	"context"
	"sync"
	"sync/atomic"
)

// DefaultIOLimit is the number of I/O goroutines a scheduler runs at most
// at once when Options.IOLimit is 0. I/O work mostly waits (on a socket,
// a disk, a database lock), so the limit is about bounding memory and
// open connections, not cores: a million processes starting a request
// each make a million queued records of a few words, and this many
// goroutines.
const DefaultIOLimit = 256

// ioOp is one blocking operation started with Proc.StartIO.
type ioOp struct {
	p      *Proc
	work   func(ctx context.Context)
	done   func()
	ctx    context.Context
	cancel context.CancelFunc
	mail   Mail
	// i is the operation's index in p.ios plus one; 0 once it left.
	i int
}

// ioPool runs the I/O operations of one scheduler on at most limit
// goroutines. Goroutines are started on demand and end when the queue is
// empty, so an idle scheduler has none.
type ioPool struct {
	mu      sync.Mutex
	limit   int
	running int
	queue   ring[*ioOp]
	// pending counts the operations started and not yet delivered to
	// their process's mailbox: queued, running, or finishing.
	pending atomic.Int64
	// kick is the scheduler's Scheduler.kick, told of every completion.
	kick chan struct{}
}

func (io *ioPool) init(limit int, kick chan struct{}) {
	if limit <= 0 {
		limit = DefaultIOLimit
	}
	io.limit = limit
	io.kick = kick
}

// StartIO runs work(ctx) on one of the scheduler's I/O goroutines and,
// once it has returned, calls done during the process's next turn, where
// done may use the State and wake tasks (Task.Wake): this is how a Go
// function of a module waits for a socket or a database without holding
// a worker. work must not touch the process's State; it passes its
// results to done through variables they share (the mailbox hands them
// over with a happens-before edge).
//
// ctx is cancelled when the process exits (it was terminated, or its main
// function returned while a spawned coroutine waited) or the scheduler
// stops: work should then return soon, and done is never called. StartIO
// must be called during p's turn.
func (p *Proc) StartIO(work func(ctx context.Context), done func()) {
	op := &ioOp{p: p, work: work, done: done}
	op.ctx, op.cancel = context.WithCancel(context.Background())
	op.mail.Fn = ioDoneMail
	op.mail.Value = op
	p.ios = append(p.ios, op)
	op.i = len(p.ios)
	p.s.io.start(op)
}

// ioDoneMail runs in the process's turn once the work has returned.
func ioDoneMail(p *Proc, m *Mail) {
	op := m.Value.(*ioOp)
	p.dropIO(op)
	op.cancel() // releases the context's resources
	op.done()
}

// dropIO removes op from the process's operations in flight.
func (p *Proc) dropIO(op *ioOp) {
	if op.i == 0 {
		return
	}
	last := len(p.ios) - 1
	moved := p.ios[last]
	p.ios[op.i-1] = moved
	moved.i = op.i
	p.ios[last] = nil
	p.ios = p.ios[:last]
	op.i = 0
}

// cancelIO cancels every operation the process has in flight: it exits.
func (p *Proc) cancelIO() {
	for _, op := range p.ios {
		op.i = 0
		op.cancel()
	}
	p.ios = nil
}

// start queues op, starting a goroutine for it when fewer than limit run.
func (io *ioPool) start(op *ioOp) {
	io.pending.Add(1)
	io.mu.Lock()
	if io.running < io.limit {
		io.running++
		io.mu.Unlock()
		go io.loop(op)
		return
	}
	io.queue.push(op)
	io.mu.Unlock()
}

// loop is an I/O goroutine: it runs op, then queued operations until
// there are none.
func (io *ioPool) loop(op *ioOp) {
	for op != nil {
		io.run(op)
		io.mu.Lock()
		next, ok := io.queue.pop()
		if !ok {
			io.running--
		}
		io.mu.Unlock()
		op = next
	}
}

// run runs one operation and posts its completion. The Mail is posted
// before pending drops, so that whoever sees pending reach zero also sees
// the process queued (see waitIO); a process that has exited drops it.
func (io *ioPool) run(op *ioOp) {
	if op.ctx.Err() == nil {
		op.work(op.ctx)
	}
	op.p.Post(&op.mail)
	io.pending.Add(-1)
	kick(io.kick)
}

// PendingIO returns the number of I/O operations started on the
// scheduler whose completion has not reached its process yet.
func (s *Scheduler) PendingIO() int { return int(s.io.pending.Load()) }

// waitIO is what a manual run loop does when no process can run: when
// I/O is in flight on any of ss, it waits for an operation to complete or
// a process to be queued from outside (a Kill, a message from Go code)
// and reports true, so that the loop looks at its queues again; virtual
// time stands still meanwhile. It also reports true when a completion
// that raced with the loop's last look has queued a process.
func waitIO(ss []*Scheduler) bool {
	for _, s := range ss {
		if s.io.pending.Load() > 0 {
			<-s.kick
			return true
		}
	}
	for _, s := range ss {
		if !s.stopped.Load() && s.hasWork() {
			return true
		}
	}
	return false
}
