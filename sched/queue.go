package sched

import (
	"sync"
	"sync/atomic"
)

// ring is a growable FIFO ring buffer. It is not synchronized.
type ring[T any] struct {
	buf  []T
	head int
	n    int
}

func (r *ring[T]) len() int { return r.n }

func (r *ring[T]) push(v T) {
	if r.n == len(r.buf) {
		r.grow()
	}
	r.buf[(r.head+r.n)&(len(r.buf)-1)] = v
	r.n++
}

func (r *ring[T]) pop() (v T, ok bool) {
	if r.n == 0 {
		return v, false
	}
	var zero T
	v = r.buf[r.head]
	r.buf[r.head] = zero // let the collector have it
	r.head = (r.head + 1) & (len(r.buf) - 1)
	r.n--
	return v, true
}

// grow doubles the buffer (sizes stay powers of two so that indices wrap
// with a mask).
func (r *ring[T]) grow() {
	size := 2 * len(r.buf)
	if size == 0 {
		size = 4
	}
	nb := make([]T, size)
	for i := 0; i < r.n; i++ {
		nb[i] = r.buf[(r.head+i)&(len(r.buf)-1)]
	}
	r.buf, r.head = nb, 0
}

// reset drops every element.
func (r *ring[T]) reset() { *r = ring[T]{} }

// procQueue is a run queue of processes shared between its owner and
// thieves. A mutex is enough here: the owner is the only frequent user and
// thieves come only when they are out of work. size mirrors the length
// so that idle workers can look for work without taking every lock.
type procQueue struct {
	mu   sync.Mutex
	r    ring[*Proc]
	size atomic.Int32
}

func (q *procQueue) push(p *Proc) {
	q.mu.Lock()
	q.r.push(p)
	q.size.Store(int32(q.r.n))
	q.mu.Unlock()
}

func (q *procQueue) pop() *Proc {
	if q.size.Load() == 0 {
		return nil
	}
	q.mu.Lock()
	p, _ := q.r.pop()
	q.size.Store(int32(q.r.n))
	q.mu.Unlock()
	return p
}

// stealHalf moves the older half (rounded up) of q into dst and returns it.
func (q *procQueue) stealHalf(dst []*Proc) []*Proc {
	if q.size.Load() == 0 {
		return dst
	}
	q.mu.Lock()
	n := (q.r.n + 1) / 2
	for i := 0; i < n; i++ {
		p, _ := q.r.pop()
		dst = append(dst, p)
	}
	q.size.Store(int32(q.r.n))
	q.mu.Unlock()
	return dst
}

func (q *procQueue) len() int { return int(q.size.Load()) }
