package vm

import (
	"sync/atomic"
	"unsafe"
)

// The index cache remembers where __index chains of tables lead. A method
// call on an object of a class two levels down (obj:move() on a Square
// whose move is Shape's) misses in the object, then looks up __index in
// each metatable and the key in each class table: six probes per call. The
// cache maps (metatable, string key) to the value found at the end of a
// chain made only of tables, so that after the object's own miss one probe
// of the cache suffices.
//
// Validity is kept with a process-wide epoch instead of per-table
// versions: every table a cached chain went through is marked (Table.
// cached), and any write to the hash part or the metatable of a marked
// table advances the epoch, which invalidates every entry at once. Class
// and metatables are written while a program sets them up and rarely
// after, so the epoch mostly stands still. Tables of an Image (shared
// between States) are never marked, so a chain through one is not cached.

// indexEpoch advances whenever a marked table changes.
var indexEpoch atomic.Uint64

// touchIndexed records a change of table t for the index cache.
func (t *Table) touchIndexed() {
	if t.cached != 0 {
		indexEpoch.Add(1)
	}
}

const indexCacheSize = 32 // entries per State; a power of 2

type indexEntry struct {
	mt    *Table
	key   Value
	val   Value
	epoch uint64
}

// indexCache is a State's direct-mapped cache, made on the State's first
// cacheable chain.
type indexCache [indexCacheSize]indexEntry

func indexSlot(mt *Table, kh uint64) int {
	return int((uint64(uintptr(unsafe.Pointer(mt)))>>5 ^ kh) & (indexCacheSize - 1))
}

// indexThroughTables looks string key (hash kh) up along the __index chain
// that starts at metatable mt, when that chain is made of tables only. ok
// is false when the chain reaches a function or a non-table, ends without
// the key, or goes through a table of an Image: the caller then follows
// the chain the general way.
func (s *State) indexThroughTables(mt *Table, key Value, kh uint64) (v Value, ok bool) {
	epoch := indexEpoch.Load()
	var c *indexCache
	if s.more != nil {
		c = s.more.index
	}
	slot := indexSlot(mt, kh)
	if c != nil {
		if e := &c[slot]; e.mt == mt && e.key == key && e.epoch == epoch {
			return e.val, true
		}
	}
	m := mt
	for range maxTagLoop {
		if m.shared != 0 {
			return Nil, false
		}
		m.cached = 1
		h := metaField(m, tmIndex)
		if h.Kind() != KindTable {
			return Nil, false
		}
		tb := h.table()
		if tb.shared != 0 {
			return Nil, false
		}
		tb.cached = 1
		if v = tb.getHashH(key, kh); !v.IsNil() {
			if c == nil {
				c = new(indexCache)
				s.extra().index = c
			}
			c[slot] = indexEntry{mt: mt, key: key, val: v, epoch: epoch}
			return v, true
		}
		if m = tb.meta; m == nil {
			return Nil, false
		}
	}
	return Nil, false
}
