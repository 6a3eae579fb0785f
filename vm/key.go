package vm

// Key is a string table key with its hash computed once, for Go code
// that reads the same field of many tables (a record checker reading each
// field of every value it checks). It is immutable and valid in every
// State of the program.
type Key struct {
	v Value
	h uint64
}

// NewKey returns the key for s.
func NewKey(s string) Key {
	v := String(internString(s))
	return Key{v, hashValue(v)}
}

// String returns the key's text.
func (k Key) String() string { return k.v.AsString() }

// GetKey returns t[k] without metamethods, as GetStr does.
func (t *Table) GetKey(k Key) Value { return t.getHashH(k.v, k.h) }
