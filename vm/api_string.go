package vm

// CheckStack reports whether the running Go function can push n more
// values without taking the thread's stack past MaxStack, and makes room
// for them when it can, like lua_checkstack. Library functions that push a
// data-dependent number of results (string.byte, string.unpack) call it
// first so that they can fail with lua5.3's message instead of in the
// middle of a series of pushes.
func (t *Thread) CheckStack(n int) bool {
	if n < 0 || t.top+n > MaxStack {
		return false
	}
	t.ensure(n)
	return true
}
