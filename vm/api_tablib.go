package vm

// HasStackRoom reports whether the running Go function can push n more
// values without going past MaxStack, like lua_checkstack. Unlike
// CheckStack it does not raise an error, so that a library can report the
// failure in its own words (table.unpack: "too many results to unpack").
func (t *Thread) HasStackRoom(n int) bool {
	return n >= 0 && n <= MaxStack-t.top
}
