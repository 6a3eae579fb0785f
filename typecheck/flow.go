package typecheck

import "wippylua/types"

// pathKey names what a narrowing applies to: a local (path "") or a field
// path below it (".a.b").
type pathKey struct {
	sym  *symbol
	path string
}

// flowState is what the checker knows at one point of a function beyond
// the declared types: the narrowed type of locals and field paths. A dead
// state is one no execution reaches (after return, break, error()...).
//
// States are small (only what conditions and assignments refined, and only
// in the current function) and copied at branches, lazily: a copy shares
// the map until one of them writes.
type flowState struct {
	dead   bool
	m      map[pathKey]*types.Type
	shared bool // m is shared with another state: copy before writing
	// paths counts the entries for field paths, so that forgetting a
	// local needs no scan when there are none.
	paths int
}

func newFlow() *flowState { return &flowState{} }

func deadFlow() *flowState { return &flowState{dead: true} }

func (f *flowState) clone() *flowState {
	if len(f.m) == 0 {
		return &flowState{dead: f.dead}
	}
	f.shared = true
	return &flowState{dead: f.dead, m: f.m, shared: true, paths: f.paths}
}

// own makes the state's map its own before a write.
func (f *flowState) own() {
	if !f.shared {
		return
	}
	m := make(map[pathKey]*types.Type, len(f.m)+2)
	for k, v := range f.m {
		m[k] = v
	}
	f.m, f.shared = m, false
}

func (f *flowState) get(k pathKey) *types.Type { return f.m[k] }

// maxPathFacts bounds the field paths one state knows about. Locals are
// bounded by Lua's limit of 200 per function, but field paths are not
// (`registry.a = f` for a thousand names at the top level), and every
// copy, join and function entry costs the size of the state. Past the
// bound the state forgets every field path before learning the new one:
// the newest facts are the ones code nearby relies on.
const maxPathFacts = 64

func (f *flowState) set(k pathKey, t *types.Type) {
	if f.m == nil {
		f.m = make(map[pathKey]*types.Type, 4)
	}
	f.own()
	if _, had := f.m[k]; !had && k.path != "" {
		if f.paths >= maxPathFacts {
			f.deleteIf(func(k pathKey) bool { return k.path != "" })
		}
		f.paths++
	}
	f.m[k] = t
}

func (f *flowState) del(k pathKey) {
	if _, ok := f.m[k]; ok {
		f.own()
		delete(f.m, k)
		if k.path != "" {
			f.paths--
		}
	}
}

// deleteIf drops the entries for which drop holds.
func (f *flowState) deleteIf(drop func(pathKey) bool) {
	for k := range f.m {
		if drop(k) {
			f.own()
			delete(f.m, k)
			if k.path != "" {
				f.paths--
			}
		}
	}
}

// forget drops what is known about sym and its fields, as after an
// assignment to it.
func (f *flowState) forget(sym *symbol) {
	f.del(pathKey{sym, ""})
	if f.paths > 0 {
		f.forgetPaths(sym)
	}
}

// forgetBelow drops what is known about the fields under path of sym.
func (f *flowState) forgetBelow(sym *symbol, path string) {
	if f.paths == 0 {
		return
	}
	f.deleteIf(func(k pathKey) bool {
		return k.sym == sym && len(k.path) > len(path) && k.path[:len(path)] == path && k.path[len(path)] == '.'
	})
}

// forgetPaths drops what is known about the fields of sym.
func (f *flowState) forgetPaths(sym *symbol) {
	if f.paths == 0 {
		return
	}
	f.deleteIf(func(k pathKey) bool { return k.sym == sym && k.path != "" })
}

// maxJoinedUnion bounds the unions that joining branches builds; a larger
// one falls back to the declared type, which keeps long if/elseif chains
// assigning many different types linear.
const maxJoinedUnion = 24

// join merges the states at the end of two branches: a fact survives only
// if both know it, as the union of the two.
func join(a, b *flowState) *flowState {
	if a.dead {
		return b
	}
	if b.dead {
		return a
	}
	out := &flowState{}
	for k, ta := range a.m {
		tb, ok := b.m[k]
		if !ok {
			continue
		}
		t := ta
		if ta != tb {
			t = types.NewUnion(ta, tb)
			if t.Kind == types.KindUnion && len(t.Variants) > maxJoinedUnion {
				continue
			}
		}
		out.set(k, t)
	}
	return out
}

// joinAll joins a list of states; all dead gives a dead state.
func joinAll(fs []*flowState) *flowState {
	out := deadFlow()
	for _, f := range fs {
		out = join(out, f)
	}
	return out
}
