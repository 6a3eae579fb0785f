package vm

// CheckStack makes room for n more values in the running Go function's
// frame, like luaL_checkstack: when that would take the thread's stack past
// MaxStack it raises lua5.3's "stack overflow (msg)" error (with the
// caller's position) instead of failing in the middle of a series of
// pushes. Library functions that push a data-dependent number of results
// (string.byte, string.unpack) call it first.
func (t *Thread) CheckStack(n int, msg string) {
	if n < 0 || t.top+n > MaxStack {
		t.Errorf("stack overflow (%s)", msg)
	}
	t.ensure(n)
}
