package vm

// Per-State values of libraries.
//
// Library functions are shared by every State made from an Image, so they
// cannot keep per-State data in closures; they find it through the
// running thread's State instead: t.State().Local(key). A key is a
// package-level variable of the library; a State holds a handful of them
// at most, so a short list beats a map.

// LocalKey names a per-State value (see State.Local).
type LocalKey struct {
	name string
}

// NewLocalKey returns a new key; name is for debugging only.
func NewLocalKey(name string) *LocalKey { return &LocalKey{name: name} }

type localValue struct {
	key *LocalKey
	v   any
}

// Local returns the value stored under k in s, or nil.
func (s *State) Local(k *LocalKey) any {
	if s.more != nil {
		for _, l := range s.more.locals {
			if l.key == k {
				return l.v
			}
		}
	}
	return nil
}

// SetLocal stores v under k in s.
func (s *State) SetLocal(k *LocalKey, v any) {
	m := s.extra()
	for i := range m.locals {
		if m.locals[i].key == k {
			m.locals[i].v = v
			return
		}
	}
	m.locals = append(m.locals, localValue{k, v})
}
