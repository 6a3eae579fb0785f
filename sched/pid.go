package sched

import (
	"strconv"
	"strings"
	"sync"
)

// pidTable finds live processes by number. It is sharded so that spawns
// and exits on different workers rarely meet on a lock.
type pidTable struct {
	shards [64]pidShard
}

type pidShard struct {
	mu sync.RWMutex
	m  map[uint64]*Proc
	_  [40]byte // keep shards on separate cache lines
}

func (t *pidTable) init() {
	for i := range t.shards {
		t.shards[i].m = make(map[uint64]*Proc)
	}
}

func (t *pidTable) shard(id uint64) *pidShard { return &t.shards[id%uint64(len(t.shards))] }

func (t *pidTable) put(p *Proc) {
	sh := t.shard(p.id)
	sh.mu.Lock()
	sh.m[p.id] = p
	sh.mu.Unlock()
}

func (t *pidTable) remove(id uint64) {
	sh := t.shard(id)
	sh.mu.Lock()
	delete(sh.m, id)
	sh.mu.Unlock()
}

func (t *pidTable) get(id uint64) *Proc {
	sh := t.shard(id)
	sh.mu.RLock()
	p := sh.m[id]
	sh.mu.RUnlock()
	return p
}

func (t *pidTable) all() []*Proc {
	var ps []*Proc
	for i := range t.shards {
		sh := &t.shards[i]
		sh.mu.RLock()
		for _, p := range sh.m {
			ps = append(ps, p)
		}
		sh.mu.RUnlock()
	}
	return ps
}

// parsePID returns the number in a pid of host ("{host|0x1f}").
func parsePID(host, pid string) (uint64, bool) {
	rest, ok := strings.CutPrefix(pid, "{")
	if !ok {
		return 0, false
	}
	rest, ok = strings.CutPrefix(rest, host)
	if !ok {
		return 0, false
	}
	rest, ok = strings.CutPrefix(rest, "|0x")
	if !ok {
		return 0, false
	}
	rest, ok = strings.CutSuffix(rest, "}")
	if !ok || rest == "" {
		return 0, false
	}
	id, err := strconv.ParseUint(rest, 16, 64)
	return id, err == nil
}

// PIDHost returns the host part of pid ("{host|0x1f}"): the name of the
// scheduler it belongs to; ok is false when pid does not have the form
// of a pid.
func PIDHost(pid string) (host string, ok bool) {
	rest, ok := strings.CutPrefix(pid, "{")
	if !ok {
		return "", false
	}
	i := strings.LastIndexByte(rest, '|')
	if i < 0 {
		return "", false
	}
	if _, ok := parsePID(rest[:i], pid); !ok {
		return "", false
	}
	return rest[:i], true
}

// IsPID reports whether s has the form of a pid of this scheduler.
func (s *Scheduler) IsPID(pid string) bool {
	_, ok := parsePID(s.name, pid)
	return ok
}
