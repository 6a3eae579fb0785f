package vm

import (
	"hash/maphash"
	"math"
	"math/bits"
	"unique"
	"unsafe"
)

// Table is a Lua table: an array part for the keys 1..len(arr) and a hash
// part for everything else.
//
// The hash part is open addressing with linear probing over parallel
// arrays. Assigning nil to an existing key leaves the key in place with a
// nil value (a dead entry) instead of deleting it; this is what lets
// next() continue a traversal while the loop clears fields, as the Lua
// manual allows. Dead entries are dropped when the hash part is rebuilt.
type Table struct {
	// The array part and the hash part are kept as a pointer and a length
	// each, not as slices: with no capacities (neither part grows in
	// place) the record fits Go's 48-byte size class instead of the
	// 80-byte one, which matters for programs made of many small tables.
	arr   *Value // first slot of the array part; narr slots
	node  *node  // first slot of the hash part; nnode slots, a power of 2
	meta  *Table
	narr  uint32
	nnode uint32
	// used counts occupied slots in node (live and dead).
	used uint32
	// absent caches, for this table used as a metatable, which of the
	// frequently looked-up events (bit 1<<event, event < 8) it lacks. Any
	// write to the hash part clears it, as in Lua's ltm.c.
	absent uint8
	// shared marks a table of an Image (shared.go): its contents belong
	// to every State made from the image and never change; each State
	// reads and writes it through State.view and State.mutable.
	shared uint8
	// cached marks a table that a cached __index chain went through: its
	// changes invalidate the index cache (indexcache.go).
	cached uint8
}

// array returns the array part.
func (t *Table) array() []Value { return unsafe.Slice(t.arr, t.narr) }

// nodes returns the hash part.
func (t *Table) nodes() []node { return unsafe.Slice(t.node, t.nnode) }

func (t *Table) setArray(a []Value) { t.arr, t.narr = unsafe.SliceData(a), uint32(len(a)) }

func (t *Table) setNodes(n []node) { t.node, t.nnode = unsafe.SliceData(n), uint32(len(n)) }

// arrayAt returns the slot of array index i (0-based), which must be
// below narr; it spares the hot paths building a slice.
func (t *Table) arrayAt(i uint64) *Value {
	return (*Value)(unsafe.Add(unsafe.Pointer(t.arr), uintptr(i)*unsafe.Sizeof(Value{})))
}

type node struct {
	key Value
	val Value
}

// NewTable returns an empty table with room for narr array items and nhash
// other keys.
func NewTable(narr, nhash int) *Table {
	t := &Table{}
	if narr > 0 {
		// Like Lua, the array part gets narr slots at once (nil for now):
		// a constructor such as {nil, nil, 3} stores into it, and # then
		// finds the same border as lua5.3.
		t.setArray(make([]Value, narr))
	}
	if nhash > 0 {
		t.setNodes(make([]node, roundPow2(nhash+nhash/3+1)))
	}
	return t
}

func roundPow2(n int) int {
	if n < 4 {
		return 4
	}
	return 1 << bits.Len(uint(n-1))
}

var hashSeed = maphash.MakeSeed()

// hashValue hashes a key. Integer-valued float keys never reach here
// (normalizeKey turns them into integers).
func hashValue(k Value) uint64 {
	switch k.p {
	case tagIntPtr, tagFloatPtr, tagBoolPtr:
		return mix64(k.n ^ uint64(uintptr(k.p)))
	}
	if k.n>>kindShift == uint64(KindString) {
		return maphash.String(hashSeed, k.AsString())
	}
	return mix64(uint64(uintptr(k.p)))
}

func mix64(x uint64) uint64 {
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	return x
}

// keyEquals compares two normalised keys (raw equality, no float/int mix).
// It is small enough to inline: the probe loops call it for every slot.
func keyEquals(a, b Value) bool {
	if a.n != b.n {
		return false
	}
	return a.p == b.p || sameStringBytes(a, b)
}

// sameStringBytes reports whether a and b, with equal n words, are equal
// strings with distinct data pointers. Kept out of line so that keyEquals
// inlines.
//
//go:noinline
func sameStringBytes(a, b Value) bool {
	return a.n>>kindShift == uint64(KindString) && !a.isScalar() && !b.isScalar() &&
		a.AsString() == b.AsString()
}

// normalizeKey turns floats with an integer value into integers so that
// t[2.0] and t[2] are the same slot.
func normalizeKey(k Value) Value {
	if k.p == tagFloatPtr {
		if i, ok := floatToInt(k.AsFloat()); ok {
			return Int(i)
		}
	}
	return k
}

// Get returns t[k] without metamethods.
func (t *Table) Get(k Value) Value {
	switch k.p {
	case tagIntPtr:
		return t.GetInt(k.AsInt())
	case nil:
		return Nil
	case tagFloatPtr:
		if i, ok := floatToInt(k.AsFloat()); ok {
			return t.GetInt(i)
		}
	}
	return t.getHash(k)
}

// GetInt returns t[i] without metamethods.
func (t *Table) GetInt(i int64) Value {
	if uint64(i-1) < uint64(t.narr) {
		return *t.arrayAt(uint64(i - 1))
	}
	if t.used == 0 {
		return Nil
	}
	return t.getHash(Int(i))
}

// GetStr returns t[s] without metamethods.
func (t *Table) GetStr(s string) Value {
	if t.used == 0 {
		return Nil
	}
	return t.getHash(String(s))
}

func (t *Table) getHash(k Value) Value {
	if t.used == 0 {
		return Nil
	}
	return t.getHashH(k, hashValue(k))
}

// getHashH looks k up in the hash part given its hash (constant keys carry
// a precomputed one, see Proto.kh).
func (t *Table) getHashH(k Value, h uint64) Value {
	if t.used == 0 {
		return Nil
	}
	nodes := t.nodes()
	mask := len(nodes) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		n := &nodes[i]
		if n.key.p == nil {
			return Nil
		}
		if keyEquals(n.key, k) {
			return n.val
		}
	}
}

// homeSlot returns the node holding k when k sits in its home slot (the
// first one probed for hash h) under the very same representation, as a
// constant key of the code usually does: the interpreter's field accesses
// try it inline before the full lookup, which also handles collisions and
// equal strings stored elsewhere.
func (t *Table) homeSlot(k Value, h uint64) *node {
	if t.nnode == 0 {
		return nil
	}
	n := (*node)(unsafe.Add(unsafe.Pointer(t.node), uintptr(h&uint64(t.nnode-1))*unsafe.Sizeof(node{})))
	if n.key.p == k.p && n.key.n == k.n {
		return n
	}
	return nil
}

// findSlot returns the index of k in node, or -1.
func (t *Table) findSlot(k Value) int {
	if t.nnode == 0 {
		return -1
	}
	return t.findSlotH(k, hashValue(k))
}

func (t *Table) findSlotH(k Value, h uint64) int {
	if t.nnode == 0 {
		return -1
	}
	nodes := t.nodes()
	mask := len(nodes) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		n := &nodes[i]
		if n.key.p == nil {
			return -1
		}
		if keyEquals(n.key, k) {
			return i
		}
	}
}

// KeyError describes why a value cannot be a table key.
type KeyError string

func (e KeyError) Error() string { return string(e) }

const (
	errNilKey = KeyError("table index is nil")
	errNaNKey = KeyError("table index is NaN")
)

// Set assigns t[k] = v without metamethods. It fails for nil and NaN keys.
func (t *Table) Set(k, v Value) error {
	switch k.p {
	case tagIntPtr:
		t.SetInt(k.AsInt(), v)
		return nil
	case nil:
		return errNilKey
	case tagFloatPtr:
		f := k.AsFloat()
		if i, ok := floatToInt(f); ok {
			t.SetInt(i, v)
			return nil
		}
		if math.IsNaN(f) {
			return errNaNKey
		}
	}
	t.setHash(k, v)
	return nil
}

// SetStr assigns t[s] = v without metamethods. The key is interned, so
// that constant keys in code find it by pointer comparison.
func (t *Table) SetStr(s string, v Value) { t.setHash(String(internString(s)), v) }

// internString returns the canonical copy of a short string: equal
// interned strings share their bytes, so key comparison in the hash part
// succeeds on the pointer check. Constants and names registered from Go
// are interned; strings built at run time are not (unique is weak: unused
// strings are collected).
func internString(s string) string {
	if len(s) > 40 {
		return s
	}
	return unique.Make(s).Value()
}

// SetInt assigns t[i] = v without metamethods.
func (t *Table) SetInt(i int64, v Value) {
	if uint64(i-1) < uint64(t.narr) {
		*t.arrayAt(uint64(i - 1)) = v
		return
	}
	t.setHash(Int(i), v)
}

// EnsureArray makes the array part hold at least n slots (as SETLIST
// does for a constructor whose size was unknown), moving keys 1..n out of
// the hash part.
func (t *Table) EnsureArray(n int) {
	if n > int(t.narr) {
		t.resize(n)
	}
}

func (t *Table) setHash(k, v Value) { t.setHashH(k, hashValue(k), v) }

func (t *Table) setHashH(k Value, h uint64, v Value) {
	if t.shared != 0 {
		panicShared()
	}
	t.absent = 0
	t.touchIndexed()
	if slot := t.findSlotH(k, h); slot >= 0 {
		t.nodes()[slot].val = v
		return
	}
	if v.IsNil() {
		return
	}
	if (int(t.used)+1)*4 > int(t.nnode)*3 {
		t.rehash(k)
		if k.p == tagIntPtr && uint64(k.AsInt()-1) < uint64(t.narr) {
			t.array()[k.AsInt()-1] = v // the new key now belongs to the array part
			return
		}
	}
	t.insertNew(k, h, v)
}

// insertNew puts a key known to be absent, with hash h, into the hash
// part, which has a free slot.
func (t *Table) insertNew(k Value, h uint64, v Value) {
	nodes := t.nodes()
	mask := len(nodes) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		if nodes[i].key.p == nil {
			nodes[i] = node{k, v}
			t.used++
			return
		}
	}
}

// maxArrayBits bounds the integer keys considered for the array part
// (keys up to 2^31, as in lua5.3).
const maxArrayBits = 31

// rehash resizes the table when the hash part is full and key is about
// to be added. Like lua5.3, it counts the integer keys (including the new
// one) and gives the array part the largest power of two n such that more
// than n/2 of the slots 1..n would be in use; the other keys go to a hash
// part sized for them. Besides keeping sequences in the array part, this
// makes # on tables with holes find the same border as lua5.3.
//
// It is rare and large: kept out of line so that profile-guided inlining
// does not copy it into the interpreter loop through setHashH.
//
//go:noinline
func (t *Table) rehash(key Value) {
	var nums [maxArrayBits + 1]int
	intKeys, total := 0, 0
	count := func(k int64) {
		if k >= 1 && k <= 1<<maxArrayBits {
			nums[bits.Len64(uint64(k-1))]++
			intKeys++
		}
	}
	for j, v := range t.array() {
		if !v.IsNil() {
			count(int64(j) + 1)
			total++
		}
	}
	nodes := t.nodes()
	for i := range nodes {
		if n := &nodes[i]; n.key.p != nil && !n.val.IsNil() {
			if n.key.p == tagIntPtr {
				count(n.key.AsInt())
			}
			total++
		}
	}
	if key.p == tagIntPtr {
		count(key.AsInt())
	}
	total++
	size, inArray := 0, 0
	a := 0
	for i, twoToI := 0, 1; twoToI/2 < intKeys && i <= maxArrayBits; i, twoToI = i+1, twoToI*2 {
		a += nums[i]
		if a > twoToI/2 {
			size, inArray = twoToI, a
		}
	}
	t.resizeTo(size, total-inArray)
}

// resize gives the array part exactly n slots, keeping the hash part's
// size adequate for the keys that remain there.
func (t *Table) resize(n int) { t.resizeTo(n, int(t.used)+int(t.narr)) }

// resizeTo rebuilds the table with an array part of na slots and a hash
// part with room for nh keys, moving every live key to its new place.
func (t *Table) resizeTo(na, nh int) {
	if t.shared != 0 {
		panicShared()
	}
	oldArr, oldNode := t.array(), t.nodes()
	if na != len(oldArr) {
		arr := make([]Value, na)
		copy(arr, oldArr)
		t.setArray(arr)
	}
	if nh < 0 {
		nh = 0
	}
	t.setNodes(nil)
	if nh > 0 {
		t.setNodes(make([]node, roundPow2(nh+nh/3+1)))
	}
	t.used = 0
	for j := na; j < len(oldArr); j++ {
		if v := oldArr[j]; !v.IsNil() {
			t.reinsert(Int(int64(j)+1), v)
		}
	}
	for i := range oldNode {
		if n := &oldNode[i]; n.key.p != nil && !n.val.IsNil() {
			t.reinsert(n.key, n.val)
		}
	}
}

// reinsert places a live key during a resize.
func (t *Table) reinsert(k, v Value) {
	if k.p == tagIntPtr && uint64(k.AsInt()-1) < uint64(t.narr) {
		t.array()[k.AsInt()-1] = v
		return
	}
	if t.nnode == 0 || (int(t.used)+1)*4 > int(t.nnode)*3 {
		// More keys than planned (SETLIST's resize keeps the old count):
		// grow the hash part, keeping what is already placed.
		old := t.nodes()
		t.setNodes(make([]node, roundPow2(int(t.used+1)*2)))
		t.used = 0
		for i := range old {
			if n := &old[i]; n.key.p != nil {
				t.insertNew(n.key, hashValue(n.key), n.val)
			}
		}
	}
	t.insertNew(k, hashValue(k), v)
}

// Len returns a border of t without __len: the length of the sequence
// when t is one.
func (t *Table) Len() int64 {
	arr := t.array()
	n := len(arr)
	if n > 0 && arr[n-1].IsNil() {
		// Binary search for a border inside the array part.
		lo, hi := 0, n // arr[lo-1] non-nil (or lo == 0), arr[hi-1] nil
		for hi-lo > 1 {
			m := (lo + hi) / 2
			if arr[m-1].IsNil() {
				hi = m
			} else {
				lo = m
			}
		}
		return int64(lo)
	}
	if t.used == 0 {
		return int64(n)
	}
	// Continue into the hash part.
	j := int64(n) + 1
	if t.GetInt(j).IsNil() {
		return int64(n)
	}
	i := j
	for !t.GetInt(j).IsNil() {
		i = j
		if j > math.MaxInt64/2 {
			// Pathological: linear search like Lua does.
			k := int64(1)
			for !t.GetInt(k).IsNil() {
				k++
			}
			return k - 1
		}
		j *= 2
	}
	for j-i > 1 {
		m := (i + j) / 2
		if t.GetInt(m).IsNil() {
			j = m
		} else {
			i = m
		}
	}
	return i
}

// Next returns the key and value following k in traversal order (nil k
// starts), with ok=false when k is not a key of t. A nil returned key
// ends the traversal.
func (t *Table) Next(k Value) (key, val Value, ok bool) {
	i := 0 // position to start scanning: array index, then len(arr)+slot
	if !k.IsNil() {
		k = normalizeKey(k)
		if k.IsInt() && uint64(k.AsInt()-1) < uint64(t.narr) {
			i = int(k.AsInt())
		} else {
			slot := t.findSlot(k)
			if slot < 0 {
				return Nil, Nil, false
			}
			i = int(t.narr) + slot + 1
		}
	}
	arr, nodes := t.array(), t.nodes()
	for ; i < len(arr); i++ {
		if !arr[i].IsNil() {
			return Int(int64(i) + 1), arr[i], true
		}
	}
	for s := i - len(arr); s < len(nodes); s++ {
		n := &nodes[s]
		if n.key.p != nil && !n.val.IsNil() {
			return n.key, n.val, true
		}
	}
	return Nil, Nil, true
}

// Metatable returns the metatable of t or nil.
func (t *Table) Metatable() *Table { return t.meta }

// SetMetatable sets the metatable of t (nil removes it).
func (t *Table) SetMetatable(m *Table) {
	if t.shared != 0 {
		panicShared()
	}
	t.meta = m
	t.touchIndexed()
}

// ArrayLen returns the size of the array part (for iteration helpers).
func (t *Table) ArrayLen() int { return int(t.narr) }

// memSize estimates the table's memory for collectgarbage("count").
func (t *Table) memSize() int {
	return int(unsafe.Sizeof(*t)) + int(t.narr)*16 + int(t.nnode)*32
}
